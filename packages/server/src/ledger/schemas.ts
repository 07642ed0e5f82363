import { z } from 'zod';
import { ACCOUNT_KINDS, LANGUAGES, OWNER_TYPES, isLedgerDate } from '@partage/domain';

/** A real calendar day, YYYY-MM-DD (2026-02-30 is refused here, not by the database). */
export const isoDate = z.string().refine(isLedgerDate, { params: { code: 'field.invalid_date' } });
const entityId = z.string().trim().min(1).max(40);
const uuid = z.uuid();

export const idParams = z.object({ id: uuid });

/** Money-moving requests name themselves: the key makes a retry safe (I11). */
export const idempotencyHeaders = z.looseObject({
  'idempotency-key': z
    .string()
    .min(8)
    .max(200)
    .describe('Unique per request: a retry with the same key moves money once'),
});

export const ownerSchema = z.object({ type: z.enum(OWNER_TYPES), id: z.string().max(63) });

export const openAccountSchema = z.object({
  entityId,
  kind: z.enum(ACCOUNT_KINDS),
  owner: ownerSchema.optional(),
  code: z.string().max(80).optional(),
  name: z.string().trim().max(200).optional(),
  currency: z.string().max(3).optional(),
  flags: z
    .object({
      debitsMustNotExceedCredits: z.boolean().optional(),
      creditsMustNotExceedDebits: z.boolean().optional(),
    })
    .optional(),
});

export const accountsQuery = z.object({
  entityId,
  kind: z.enum(ACCOUNT_KINDS).optional(),
  ownerType: z.enum(OWNER_TYPES).optional(),
  ownerId: z.string().max(63).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});

/**
 * A posting names its account by id or by code (unique in the entity). `amountCents` is signed:
 * positive = debit, negative = credit. The rules on amounts are the ledger's (precise messages).
 */
export const postingSchema = z.object({
  accountId: uuid.optional(),
  accountCode: z.string().max(80).optional(),
  amountCents: z.number(),
  currency: z.string().max(3).optional(),
});

export const manualEntrySchema = z.object({
  entityId,
  /** Default: today (Brussels). Not in the future. */
  date: isoDate.optional(),
  description: z.string().max(2000),
  reference: z.string().max(2000).optional(),
  postings: z.array(postingSchema).max(1000),
});

export const reverseSchema = z.object({
  date: isoDate.optional(),
  description: z.string().max(2000).optional(),
});

export const grantAdvanceSchema = z.object({
  limitCents: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  reason: z.string().trim().min(1).max(1000),
  validFrom: isoDate.optional(),
  validUntil: isoDate,
});

export const revokeAdvanceSchema = z.object({ reason: z.string().trim().max(1000).optional() });

export const balanceQuery = z.object({ at: isoDate.optional() });
export const periodQuery = z.object({
  from: isoDate,
  to: isoDate,
  limit: z.coerce.number().int().min(1).max(10_000).default(5000),
});

export const entriesQuery = z.object({
  entityId,
  from: isoDate.optional(),
  to: isoDate.optional(),
  accountId: uuid.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const trialBalanceQuery = z.object({ entityId, at: isoDate.optional() });

export const journalQuery = z.object({
  entityId,
  from: isoDate.optional(),
  to: isoDate.optional(),
  decimal: z.enum(['comma', 'point']).default('comma'),
});

export const verifyQuery = z.object({ entityId: entityId.optional() });

export const langQuery = z.object({ lang: z.enum(LANGUAGES).optional() });
