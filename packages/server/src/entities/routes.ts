import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError, validateReminderSchedule } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { requireRole } from '../auth/guards.ts';
import { audit } from '../audit/record.ts';
import { loadEntity } from '../membership/queries.ts';
import { scheduleSchema } from '../receivables/schemas.ts';

const categorySchema = z.object({
  code: z.enum(['A', 'B', 'C']),
  label: z.object({
    fr: z.string().min(1),
    nl: z.string().min(1),
    en: z.string().min(1),
    de: z.string().min(1),
  }),
  nominalCents: z.number().int().min(1).max(1_000_000_00),
  minShares: z.number().int().min(1).max(10_000),
  eligible: z.array(z.enum(['natural', 'legal'])).min(1),
});

const settingsPatch = z.object({
  shareCategories: z.array(categorySchema).optional(),
  allowMixedCategories: z.boolean().optional(),
  transfersAllowed: z.boolean().optional(),
  feeRateBp: z.number().int().min(0).max(3000).optional(),
  salaryPaymentDelayDays: z.number().int().min(0).max(60).optional(),
  languages: z
    .array(z.enum(['fr', 'nl', 'en', 'de']))
    .min(1)
    .optional(),
  /** Reminders of unpaid invoices: steps in days after the due date (checked by the domain). */
  reminders: scheduleSchema.optional(),
});

export async function entityRoutes(root: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const guard = { staffTwoFactorRequired: ctx.config.staffTwoFactorRequired };

  app.get(
    '/entities',
    { schema: { tags: ['entities'], summary: "The group's legal entities and their public settings" } },
    async () => {
      const { rows } = await ctx.db.query(
        `SELECT id, parent_id AS "parentId", name, legal_form AS "legalForm", country, enterprise_number AS "enterpriseNumber",
              vat_number AS "vatNumber", iban, bic, address, currency, languages, holds_register AS "holdsRegister", settings
         FROM entities ORDER BY parent_id NULLS FIRST, id`,
      );
      return rows;
    },
  );

  app.patch(
    '/entities/:id/settings',
    {
      schema: {
        tags: ['entities'],
        summary: "Change an entity's settings (administrator)",
        params: z.object({ id: z.string().max(40) }),
        body: settingsPatch,
      },
    },
    async (request) => {
      requireRole(request, guard, 'admin');
      return ctx.db.transaction(async (tx) => {
        const entity = await loadEntity(tx, request.params.id).catch(() => {
          throw DomainError.notFound();
        });
        if (request.body.reminders) validateReminderSchedule(request.body.reminders);
        const next = { ...entity.settings, ...request.body };
        await tx.query('UPDATE entities SET settings = $2, languages = $3 WHERE id = $1', [
          entity.id,
          JSON.stringify(next),
          next.languages,
        ]);
        await audit(tx, request, {
          action: 'entity.settings_changed',
          subjectType: 'entity',
          subjectId: entity.id,
          entityId: entity.id,
          before: entity.settings,
          after: next,
        });
        return next;
      });
    },
  );
}
