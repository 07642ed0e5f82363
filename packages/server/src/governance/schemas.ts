import { z } from 'zod';
import { LANGUAGES, RESOLUTION_KINDS } from '@partage/domain';

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.string().refine((v) => !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}T/.test(v), {
  params: { code: 'field.invalid_date' },
});
const isoDate = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), { params: { code: 'field.invalid_date' } });

/** A text in the four languages. */
export const translatedSchema = (max: number) =>
  z.object({ fr: text(max), nl: text(max), en: text(max), de: text(max) });

export const idParams = z.object({ id: z.uuid() });
export const entityQuery = z.object({ entityId: z.string().max(40).default('BE-COOP') });

export const assemblySchema = z.object({
  entityId: z.string().max(40).default('BE-COOP'),
  title: translatedSchema(200),
  heldAt: instant,
  place: text(300),
  streamUrl: z.url().max(500).optional(),
  cutoffDate: isoDate,
  secondConvocation: z.boolean().default(false),
  documents: z
    .array(z.object({ title: translatedSchema(200), url: z.url().max(500) }))
    .max(30)
    .default([]),
});
export type AssemblyInput = z.infer<typeof assemblySchema>;

const voteBase = {
  title: translatedSchema(200),
  opensAt: instant,
  closesAt: instant,
  allowChange: z.boolean().default(true),
};

export const voteSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('resolutions'),
    ...voteBase,
    resolutions: z
      .array(
        z.object({
          kind: z.enum(RESOLUTION_KINDS),
          title: translatedSchema(300),
          body: translatedSchema(20_000),
        }),
      )
      .min(1)
      .max(50),
  }),
  z.object({
    kind: z.literal('election'),
    ...voteBase,
    maxChoices: z.number().int().min(1).max(100),
    callOpensAt: instant,
    callClosesAt: instant,
  }),
]);
export type VoteInput = z.infer<typeof voteSchema>;

export const ballotSchema = z.object({
  /** The voter's secret token (32 random bytes, base64url), generated and kept by their device. */
  token: z.string().regex(/^[A-Za-z0-9_-]{43,64}$/),
  answers: z.record(z.string(), z.enum(['for', 'against', 'abstain'])).optional(),
  choices: z.array(z.string().max(64)).max(200).optional(),
  /** Member id of the member whose proxy the voter holds. */
  onBehalfOf: z.uuid().optional(),
});
export type BallotInput = z.infer<typeof ballotSchema>;

export const roomBallotSchema = z.object({
  memberNumber: z.number().int().positive(),
  answers: z.record(z.string(), z.enum(['for', 'against', 'abstain'])).optional(),
  choices: z.array(z.string().max(64)).max(200).optional(),
});

export const candidacySchema = z.object({
  category: z.enum(['A', 'B', 'C']),
  gender: z.enum(['female', 'male', 'x']).optional(),
  profile: text(4000),
  motivation: text(4000),
  skills: text(4000),
  vision: text(4000),
});
export type CandidacyBody = z.infer<typeof candidacySchema>;

export const proxySchema = z.object({ holderMemberNumber: z.number().int().positive() });

export const minutesSchema = z.object({ body: text(100_000) });
export const signMinutesSchema = z.object({ signatories: text(1000) });

export const workingGroupSchema = z.object({
  entityId: z.string().max(40).default('BE-COOP'),
  name: text(200),
  description: text(5000),
});
export const meetingSchema = z.object({
  heldAt: instant,
  place: text(300),
  notes: z.string().trim().max(5000).optional(),
});
export const recommendationSchema = z.object({ title: text(300), body: text(10_000) });
export const recommendationStatusSchema = z.object({
  to: z.enum(['under_examination', 'adopted', 'adapted', 'refused', 'in_progress', 'implemented']),
  reason: z.string().trim().max(5000).optional(),
});

export const infoSessionSchema = z.object({
  entityId: z.string().max(40).default('BE-COOP'),
  office: text(100),
  language: z.enum(LANGUAGES),
  mode: z.enum(['online', 'in_person']),
  startsAt: instant,
  place: text(300),
  capacity: z.number().int().min(1).max(10_000),
});
export const registrationSchema = z.object({
  name: text(200),
  email: z.email().max(254),
  language: z.enum(LANGUAGES),
});
export const attendanceSchema = z.object({
  attended: z.array(z.uuid()).max(10_000),
});
export const sessionListQuery = z.object({
  entityId: z.string().max(40).default('BE-COOP'),
  office: z.string().max(100).optional(),
  language: z.enum(LANGUAGES).optional(),
});
export const figuresQuery = z.object({
  entityId: z.string().max(40).default('BE-COOP'),
  year: z.coerce.number().int().min(2000).max(2100),
});
