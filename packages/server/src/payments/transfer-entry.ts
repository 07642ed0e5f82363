import type { Queryable } from '@partage/db';
import { accountFor, postEntry, type PostingInput } from '../ledger/index.ts';
import type { SettlementRow } from './queries.ts';

/**
 * The ledger entry of transfers the bank booked, one balanced entry:
 * - `out` (the bank paid them): Dr each payable for what the transfers clear / Cr bank for the whole;
 * - `back` (the bank returned one): Dr bank / Cr the same payables, which are owed again.
 */
export async function postTransfer(
  tx: Queryable,
  input: {
    entityId: string;
    date: string;
    description: string;
    reference: string;
    idempotencyKey: string;
    source: string;
    direction: 'out' | 'back';
    actorId: string | null;
    settlements: SettlementRow[];
  },
): Promise<string> {
  const sign = input.direction === 'out' ? 1 : -1;
  const byAccount = new Map<string, number>();
  for (const s of input.settlements)
    byAccount.set(s.account_id, (byAccount.get(s.account_id) ?? 0) + Number(s.amount_cents));
  const total = [...byAccount.values()].reduce((a, b) => a + b, 0);
  const bank = await accountFor(tx, input.entityId, 'bank');
  const postings: PostingInput[] = [
    ...[...byAccount].map(([accountId, amountCents]) => ({ accountId, amountCents: sign * amountCents })),
    { accountId: bank.id, amountCents: -sign * total },
  ];
  const { entry } = await postEntry(tx, {
    entityId: input.entityId,
    date: input.date,
    description: input.description,
    reference: input.reference,
    idempotencyKey: input.idempotencyKey,
    source: input.source,
    createdBy: input.actorId,
    postings,
  });
  return entry.id;
}
