import type { Queryable } from '@partage/db';
import { DESCRIPTION_MAX, reverse, translator, type Language } from '@partage/domain';
import { loadEntry, postEntry, type PostResult } from './post-entry.ts';
import { today } from '../membership/queries.ts';

export interface ReverseEntryInput {
  entryId: string;
  /** The reversal is a money movement like any other: it takes its own idempotency key. */
  idempotencyKey: string;
  /** Default: today, or the original's date if that is later. Never before the original (I9). */
  date?: string;
  /** Default: "Reversal of entry no. N: <description>" in `language`. */
  description?: string;
  language?: Language;
  createdBy?: string | null;
}

/**
 * Cancels a recorded entry with a new one that negates it line by line (nothing is ever edited or
 * deleted), inside the caller's transaction. An entry is reversed at most once (409 otherwise). The
 * reversal passes the same flag checks as any entry: taking back money an Activity has already spent
 * needs an advance.
 */
export async function reverseEntry(tx: Queryable, input: ReverseEntryInput): Promise<PostResult> {
  const original = await loadEntry(tx, input.entryId);
  const now = today();
  const description =
    input.description ??
    translator
      .t(input.language ?? 'en', 'ledger.entry.reversal_description', {
        number: original.number,
        description: original.description,
      })
      .slice(0, DESCRIPTION_MAX);
  const draft = reverse(
    { id: original.id, entityId: original.entityId, postings: original.postings },
    {
      date: input.date ?? (original.date > now ? original.date : now),
      description,
      idempotencyKey: input.idempotencyKey,
      reference: original.reference,
    },
  );
  return postEntry(tx, {
    ...draft,
    postings: [...draft.postings],
    source: 'reversal',
    createdBy: input.createdBy ?? null,
  });
}
