import { z } from 'zod';

const isoDate = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), { params: { code: 'field.invalid_date' } });

export const postingSchema = z.object({
  hostName: z.string().trim().min(1).max(200),
  street: z.string().trim().min(1).max(200),
  postalCode: z.string().trim().min(1).max(12),
  city: z.string().trim().min(1).max(100),
  startDate: isoDate,
  endDate: isoDate,
});
export type PostingInput = z.infer<typeof postingSchema>;

/** A prestation as a worker (or a client platform) declares it. Rules are checked by the domain. */
export const declarationSchema = z.object({
  entityId: z.string().max(40).default('BE-PA'),
  clientId: z.uuid(),
  jobCode: z.string().max(60),
  description: z.string().trim().max(500),
  countryOfWork: z.string().length(2).toUpperCase(),
  risks: z.array(z.string().max(60)).max(20),
  days: z
    .array(z.object({ date: isoDate, hours: z.number() }))
    .min(1)
    .max(62),
  contractType: z.enum(['employee', 'artistic_employee', 'student', 'interim', 'trainer']),
  amountExclVatCents: z.number().int(),
  vatTreatment: z.string().max(40),
  withholdingRateBp: z.number().int(),
  expensesCents: z.number().int().default(0),
  posting: postingSchema.optional(),
});
export type DeclarationInput = z.infer<typeof declarationSchema>;

export const idParams = z.object({ id: z.uuid() });

export const holdSchema = z.object({ message: z.string().trim().min(3).max(1000) });
