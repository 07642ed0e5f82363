import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { requireRole } from '../auth/guards.ts';

/** The outbox: staff read the e-mails the platform sent (or, without SMTP, kept). */
export async function outboxRoutes(root: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const guard = { staffTwoFactorRequired: ctx.config.staffTwoFactorRequired };
  app.get(
    '/outbox',
    {
      schema: {
        tags: ['outbox'],
        summary: 'E-mails sent or kept, newest first (staff)',
        querystring: z.object({
          to: z.string().max(254).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
      },
    },
    async (request) => {
      requireRole(request, guard, 'admin', 'client_service', 'board', 'adviser', 'payroll');
      const { rows } = await ctx.db.query(
        `SELECT id, to_address AS "to", language, template, subject, body, status, created_at AS "createdAt", sent_at AS "sentAt"
           FROM outbox_emails WHERE ($1::text IS NULL OR to_address = lower($1)) ORDER BY id DESC LIMIT $2`,
        [request.query.to ?? null, request.query.limit],
      );
      return rows;
    },
  );
}
