import { z } from 'zod';
import {
  COLLECTION_STATUSES,
  CONTACT_KINDS,
  isRuleDate,
  MAX_INSTALMENTS,
  REMINDER_KINDS,
} from '@partage/domain';

const isoDate = z.string().refine((v) => isRuleDate(v), { params: { code: 'field.invalid_date' } });
const text = (max: number) => z.string().trim().max(max);

export const invoiceParams = z.object({ invoiceId: z.uuid() });

export const runSchema = z.object({ date: isoDate.optional() });

export const queueQuery = z.object({
  entityId: z.string().max(40).optional(),
  status: z.enum(['all', 'none', ...COLLECTION_STATUSES]).default('all'),
  age: z.enum(['all', 'd1_30', 'd31_60', 'd61_90', 'over_90']).default('all'),
  q: z.string().trim().max(60).default(''),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const openSchema = z.object({ note: text(2000).optional() });

export const contactSchema = z.object({
  kind: z.enum(CONTACT_KINDS),
  text: text(2000).min(1),
  nextActionOn: isoDate.nullable().optional(),
});

export const promiseSchema = z.object({ promisedOn: isoDate, text: text(2000).optional() });

export const planSchema = z.object({
  instalments: z
    .array(z.object({ dueOn: isoDate, amountCents: z.number().int() }))
    .min(1)
    .max(MAX_INSTALMENTS),
  text: text(2000).optional(),
});

export const disputeSchema = z.object({
  reason: text(2000).min(1),
  nextActionOn: isoDate.nullable().optional(),
});

export const resolveSchema = z.object({ outcome: text(2000).min(1) });

export const legalSchema = z.object({
  text: text(2000).min(1),
  nextActionOn: isoDate.nullable().optional(),
});

export const writeOffSchema = z.object({ reason: z.string().max(2000) });

export const figuresQuery = z.object({
  entityId: z.string().max(40).optional(),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
});

export const scheduleSchema = z.object({
  steps: z
    .array(z.object({ kind: z.enum(REMINDER_KINDS), daysAfterDue: z.number().int() }))
    .min(1)
    .max(8),
  promiseGraceDays: z.number().int(),
  planGraceDays: z.number().int(),
});
