import { z } from 'zod';
import { LANGUAGES } from '@partage/domain';

export const clientSchema = z.object({
  kind: z.enum(['company', 'person', 'public_body']),
  name: z.string().trim().min(1).max(200),
  country: z.string().length(2).toUpperCase(),
  enterpriseNumber: z.string().trim().max(30).optional(),
  vatNumber: z.string().trim().max(30).optional(),
  street: z.string().trim().min(1).max(200),
  postalCode: z.string().trim().min(1).max(12),
  city: z.string().trim().min(1).max(100),
  email: z.string().trim().max(254),
  language: z.enum(LANGUAGES),
  paymentTermsDays: z.number().int().default(30),
  buyerReference: z.string().trim().max(100).optional(),
});
export type ClientInput = z.infer<typeof clientSchema>;
