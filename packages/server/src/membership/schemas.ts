import { z } from 'zod';
import { LANGUAGES } from '@partage/domain';

const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), { params: { code: 'field.invalid_date' } });

export const addressSchema = z.object({
  street: text(200),
  postalCode: text(12),
  city: text(100),
  country: z.string().length(2).toUpperCase(),
});

export const subscriptionSchema = z.object({
  category: z.enum(['A', 'B', 'C']),
  quantity: z.number().int(),
});

export const signUpSchema = z.object({
  entityId: z.string().max(40).default('BE-COOP'),
  kind: z.enum(['natural', 'legal']),
  email: z.string().max(254),
  password: z.string().max(200),
  language: z.enum(LANGUAGES),
  phone: z.string().trim().max(40).optional(),
  natural: z
    .object({
      firstName: text(100),
      lastName: text(100),
      birthDate: isoDate,
      gender: z.enum(['female', 'male', 'x']),
      niss: z.string().max(20).optional(),
      foreignId: z.string().trim().max(40).optional(),
      foreignIdCountry: z.string().length(2).toUpperCase().optional(),
    })
    .optional(),
  legal: z
    .object({
      legalName: text(200),
      enterpriseNumber: z.string().max(20),
      vatNumber: z.string().max(20).optional(),
      representativeName: text(200),
      representativeRole: text(100),
    })
    .optional(),
  address: addressSchema,
  iban: z.string().max(42),
  consents: z.object({
    data_policy: z.number().int(),
    internal_rules: z.number().int(),
    financial_risk: z.number().int(),
  }),
  subscription: subscriptionSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const memberRequestSchema = z.object({
  entityId: z.string().max(40).default('BE-COOP'),
  kind: z.enum(['additional', 'resignation', 'transfer']),
  category: z.enum(['A', 'B', 'C']),
  quantity: z.number().int(),
  toMemberNumber: z.number().int().positive().optional(),
  note: z.string().trim().max(1000).optional(),
});

export const paymentSchema = z.object({
  amountCents: z.number().int().positive().max(100_000_000_00),
  paidOn: isoDate,
  bankReference: z.string().trim().min(1).max(100).optional(),
});

export const decisionSchema = z.object({
  outcome: z.enum(['approved', 'refused']),
  reason: z.string().trim().max(2000).optional(),
  decidedOn: isoDate,
});

export const accountsApprovalSchema = z.object({
  entityId: z.string().max(40),
  financialYear: z.number().int().min(2000).max(2100),
  approvedOn: isoDate,
  refundRatioBp: z.number().int().min(0).max(10_000).default(10_000),
});

export const idParams = z.object({ id: z.uuid() });
