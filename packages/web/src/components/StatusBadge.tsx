import { Badge } from '@mantine/core';

const COLORS: Record<string, string> = {
  member: 'green',
  completed: 'green',
  paid: 'green',
  approved: 'blue',
  payable: 'blue',
  applicant: 'yellow',
  pending: 'yellow',
  partial: 'orange',
  unpaid: 'gray',
  awaiting_accounts: 'gray',
  refused: 'red',
  resigned: 'gray',
  cancelled: 'gray',
};

export function StatusBadge({ value, label }: { value: string; label: string }) {
  return (
    <Badge color={COLORS[value] ?? 'gray'} variant="light" data-status={value}>
      {label}
    </Badge>
  );
}
