import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { requireRole } from '../auth/guards.ts';
import { audit } from '../audit/record.ts';
import { destroyUserSessions } from '../auth/sessions.ts';

const ROLES = ['member', 'adviser', 'client_service', 'payroll', 'board', 'admin'] as const;

/** Administrators manage accounts: find users, grant or withdraw roles, disable an account. */
export async function adminRoutes(root: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const guard = { staffTwoFactorRequired: ctx.config.staffTwoFactorRequired };
  const tags = ['admin'];

  app.get(
    '/admin/users',
    {
      schema: {
        tags,
        summary: 'Find accounts',
        querystring: z.object({
          q: z.string().trim().max(100).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
      },
    },
    async (request) => {
      requireRole(request, guard, 'admin');
      const q = request.query.q?.toLowerCase() ?? null;
      const { rows } = await ctx.db.query(
        `SELECT id, email, display_name AS "displayName", language, roles, totp_enabled_at IS NOT NULL AS "totpEnabled",
                disabled_at AS "disabledAt", created_at AS "createdAt"
           FROM users WHERE ($1::text IS NULL OR email LIKE '%' || $1 || '%' OR lower(display_name) LIKE '%' || $1 || '%')
          ORDER BY created_at LIMIT $2`,
        [q, request.query.limit],
      );
      return rows;
    },
  );

  app.patch(
    '/admin/users/:id',
    {
      schema: {
        tags,
        summary: 'Change roles or disable an account',
        params: z.object({ id: z.uuid() }),
        body: z.object({ roles: z.array(z.enum(ROLES)).min(1).optional(), disabled: z.boolean().optional() }),
      },
    },
    async (request) => {
      const admin = requireRole(request, guard, 'admin');
      if (
        request.params.id === admin.id &&
        (request.body.disabled || (request.body.roles && !request.body.roles.includes('admin')))
      )
        throw DomainError.field('roles', 'forbidden');
      return ctx.db.transaction(async (tx) => {
        const { rows } = await tx.query<{ roles: string[]; disabled_at: Date | null }>(
          'SELECT roles, disabled_at FROM users WHERE id = $1 FOR UPDATE',
          [request.params.id],
        );
        const before = rows[0];
        if (!before) throw DomainError.notFound();
        const roles = request.body.roles ? [...new Set(request.body.roles)] : before.roles;
        const disabled = request.body.disabled ?? before.disabled_at !== null;
        await tx.query(
          'UPDATE users SET roles = $2, disabled_at = CASE WHEN $3 THEN COALESCE(disabled_at, now()) ELSE NULL END WHERE id = $1',
          [request.params.id, roles, disabled],
        );
        // A change of rights takes effect at once: the user logs in again.
        await destroyUserSessions(tx, request.params.id);
        await audit(tx, request, {
          action: 'user.rights_changed',
          subjectType: 'user',
          subjectId: request.params.id,
          before: { roles: before.roles, disabled: before.disabled_at !== null },
          after: { roles, disabled },
        });
        return { id: request.params.id, roles, disabled };
      });
    },
  );
}
