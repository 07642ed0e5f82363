import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { requireRole } from '../auth/guards.ts';

export async function auditRoutes(root: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const guard = { staffTwoFactorRequired: ctx.config.staffTwoFactorRequired };
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit log, newest first (administrators)',
        querystring: z.object({
          subjectType: z.string().max(50).optional(),
          subjectId: z.string().max(100).optional(),
          action: z.string().max(100).optional(),
          beforeId: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
      },
    },
    async (request) => {
      requireRole(request, guard, 'admin');
      const q = request.query;
      const { rows } = await ctx.db.query(
        `SELECT a.id, a.at, a.entity_id AS "entityId", a.action, a.subject_type AS "subjectType", a.subject_id AS "subjectId",
                a.before, a.after, a.ip, u.email AS "actor"
           FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
          WHERE ($1::text IS NULL OR a.subject_type = $1) AND ($2::text IS NULL OR a.subject_id = $2)
            AND ($3::text IS NULL OR a.action LIKE $3 || '%') AND ($4::bigint IS NULL OR a.id < $4)
          ORDER BY a.id DESC LIMIT $5`,
        [q.subjectType ?? null, q.subjectId ?? null, q.action ?? null, q.beforeId ?? null, q.limit],
      );
      return rows;
    },
  );
}
