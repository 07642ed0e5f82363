import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const CONTRACT_COLORS: Record<string, string> = {
  declared: 'blue',
  on_hold: 'orange',
  paid: 'green',
  cancelled: 'gray',
};

const INVOICE_COLORS: Record<string, string> = {
  issued: 'blue',
  partially_paid: 'orange',
  paid: 'green',
  credited: 'gray',
  written_off: 'red',
};

/** The status of a contract in the reader's language, coloured by how much attention it needs. */
export function ContractStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={CONTRACT_COLORS[status] ?? 'gray'} variant="light" data-status={status}>
      {t(`contracts.status.${status}`)}
    </Badge>
  );
}

export function InvoiceStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={INVOICE_COLORS[status] ?? 'gray'} variant="light" data-status={status}>
      {t(`contracts.invoiceStatus.${status}`)}
    </Badge>
  );
}
