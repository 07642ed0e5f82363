import { nextInSequence, type Queryable } from '@partage/db';
import {
  DomainError,
  SEPA_REMITTANCE_MAX,
  endToEndId,
  isSepaAmount,
  nextTargetBusinessDay,
  sepaName,
  toSepaText,
  type FieldIssue,
  type PaymentOrderKind,
} from '@partage/domain';
import type { DataProtector } from '../security/crypto.ts';
import type { PaymentOrderRow } from './queries.ts';

export interface Settlement {
  /** The payable account the transfer clears (salaries payable, expenses payable, share capital...). */
  accountId: string;
  amountCents: number;
}

export interface CreatePaymentOrderInput {
  entityId: string;
  kind: PaymentOrderKind;
  sourceType: PaymentOrderRow['source_type'];
  sourceId: string;
  /**
   * Who is paid: a person of the platform (their name and their IBAN as they gave it, still sealed), or
   * a name and an account given here (a supplier; a person's corrected account).
   */
  beneficiary:
    { personId: string } | { name: string; iban: string; bic?: string | null; personId?: string | null };
  amountCents: number;
  /** Free text for the beneficiary's statement: converted into the SEPA character set, 140 characters. */
  remittance: string;
  /** The day the money should reach the bank; moved to the next TARGET business day when closed. */
  requestedExecutionDate: string;
  /** ISO purpose code, `SALA` for salaries. */
  purpose?: string | null;
  /** What the transfer clears, per payable account; the parts add up to `amountCents`. */
  settlements: Settlement[];
  createdBy: string | null;
}

interface PersonAccount {
  kind: 'natural' | 'legal';
  first_name: string | null;
  last_name: string | null;
  legal_name: string | null;
  iban_enc: string;
  iban_last4: string;
}

/**
 * Orders a transfer, inside the caller's transaction (a pay run, the approval of a year's accounts): the
 * money is due and waits in its payable account until the bank statement confirms the transfer
 * (`confirm-payment.ts`). The IBAN is kept sealed as the source keeps it and checked when the file is
 * built, so that one wrong account never stops a pay run: payroll corrects it before exporting.
 * A source (a payslip, a refund) has at most one live order.
 */
export async function createPaymentOrder(
  tx: Queryable,
  protector: DataProtector,
  input: CreatePaymentOrderInput,
): Promise<PaymentOrderRow> {
  const issues: FieldIssue[] = [];
  if (!isSepaAmount(input.amountCents))
    issues.push({ field: 'amountCents', code: 'payments.amount.invalid' });
  const settled = input.settlements.reduce((sum, s) => sum + s.amountCents, 0);
  if (
    input.settlements.length === 0 ||
    input.settlements.some((s) => !Number.isSafeInteger(s.amountCents) || s.amountCents <= 0) ||
    settled !== input.amountCents
  )
    issues.push({ field: 'settlements', code: 'payments.settlement.mismatch' });
  const remittance = toSepaText(input.remittance, SEPA_REMITTANCE_MAX);
  if (remittance === '') issues.push({ field: 'remittance', code: 'payments.remittance.invalid' });

  let name: string;
  let ibanEnc: string;
  let ibanLast4: string;
  let bic: string | null = null;
  let personId: string | null;
  if (!('iban' in input.beneficiary)) {
    personId = input.beneficiary.personId;
    const { rows } = await tx.query<PersonAccount>(
      'SELECT kind, first_name, last_name, legal_name, iban_enc, iban_last4 FROM people WHERE id = $1',
      [personId],
    );
    const person = rows[0];
    if (!person) throw DomainError.notFound();
    name = (person.kind === 'legal' ? person.legal_name : `${person.first_name} ${person.last_name}`) ?? '';
    ibanEnc = person.iban_enc;
    ibanLast4 = person.iban_last4;
  } else {
    personId = input.beneficiary.personId ?? null;
    name = input.beneficiary.name;
    const iban = input.beneficiary.iban.replace(/[\s.-]/g, '').toUpperCase();
    ibanEnc = protector.encrypt(iban);
    ibanLast4 = iban.slice(-4);
    bic = input.beneficiary.bic ? input.beneficiary.bic.replace(/\s/g, '').toUpperCase() : null;
  }
  name = name.trim().slice(0, 140);
  if (sepaName(name) === '')
    issues.push({ field: 'beneficiary.name', code: 'payments.beneficiary.name_unrepresentable' });
  if (issues.length > 0) throw new DomainError('validation', issues);

  const { rows: entities } = await tx.query<{ currency: string }>(
    'SELECT trim(currency) AS currency FROM entities WHERE id = $1',
    [input.entityId],
  );
  if (!entities[0]) throw DomainError.field('entityId', 'field.invalid_choice');
  if (entities[0].currency !== 'EUR')
    throw DomainError.conflict('payments.currency_not_eur', {
      entity: input.entityId,
      currency: entities[0].currency,
    });
  const { rows: live } = await tx.query(
    `SELECT 1 FROM payment_orders WHERE source_type = $1 AND source_id = $2 AND status <> 'returned'`,
    [input.sourceType, input.sourceId],
  );
  if (live.length > 0) throw DomainError.conflict('payments.order.exists');

  const reference = endToEndId(input.entityId, input.kind, await nextInSequence(tx, 'payment_order_ref_seq'));
  const { rows } = await tx.query<PaymentOrderRow>(
    `INSERT INTO payment_orders (entity_id, kind, source_type, source_id, person_id, beneficiary_name, iban_enc,
        iban_last4, bic, amount_cents, remittance, end_to_end_id, purpose, requested_execution_date,
        settle_account_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
     RETURNING *, requested_execution_date::text AS requested_execution_date`,
    [
      input.entityId,
      input.kind,
      input.sourceType,
      input.sourceId,
      personId,
      name,
      ibanEnc,
      ibanLast4,
      bic,
      input.amountCents,
      remittance,
      reference,
      input.purpose ?? null,
      nextTargetBusinessDay(input.requestedExecutionDate),
      input.settlements[0]!.accountId,
      input.createdBy,
    ],
  );
  const order = rows[0]!;
  const params: unknown[] = [order.id];
  const values = input.settlements.map((s, i) => {
    params.push(i + 1, s.accountId, s.amountCents);
    const n = params.length;
    return `($1, $${n - 2}, $${n - 1}::uuid, $${n}::bigint)`;
  });
  await tx.query(
    `INSERT INTO payment_order_settlements (order_id, line_no, account_id, amount_cents) VALUES ${values.join(', ')}`,
    params,
  );
  return order;
}
