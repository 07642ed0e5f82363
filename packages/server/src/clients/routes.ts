import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError, foldForSearch } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { hasRole, requireUser } from '../auth/guards.ts';
import { findOrCreateClient } from './create-client.ts';
import { loadClient, presentClient, type ClientRow } from './queries.ts';
import { clientSchema } from './schemas.ts';

export async function clientRoutes(root: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['clients'];

  app.get(
    '/clients',
    {
      schema: {
        tags,
        summary: 'Find clients by name, enterprise or VAT number',
        description:
          'Companies and public bodies are shared by every worker; a person client is visible to the worker who created it or invoiced it, to the participants of an Activity that quoted it, and to staff.',
        querystring: z.object({
          q: z.string().trim().max(100).default(''),
          limit: z.coerce.number().int().min(1).max(50).default(20),
        }),
      },
    },
    async (request) => {
      const user = requireUser(request);
      const staff = hasRole(user, 'adviser', 'client_service', 'payroll', 'admin');
      const q = foldForSearch(request.query.q);
      const digits = request.query.q.replace(/\D/g, '');
      const { rows } = await ctx.db.query<ClientRow>(
        `SELECT c.* FROM clients c
          WHERE ($1 = '' OR c.search_text LIKE '%' || $1 || '%' OR ($2 <> '' AND length($2) >= 4 AND
                 (c.enterprise_number LIKE '%' || $2 || '%' OR c.vat_number LIKE '%' || $2 || '%')))
            AND (c.kind <> 'person' OR $3 OR c.created_by = $4 OR EXISTS (
                 SELECT 1 FROM contracts k JOIN people p ON p.id = k.person_id
                  WHERE k.client_id = c.id AND p.user_id = $4) OR EXISTS (
                 SELECT 1 FROM activity_quotes q JOIN activity_participants ap ON ap.activity_id = q.activity_id
                   JOIN people p ON p.id = ap.person_id
                  WHERE q.client_id = c.id AND p.user_id = $4 AND ap.removed_at IS NULL))
          ORDER BY c.name LIMIT $5`,
        [q, digits, staff, user.id, request.query.limit],
      );
      return rows.map(presentClient);
    },
  );

  app.post(
    '/clients',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Create a client (or get the existing one with the same enterprise or VAT number)',
        body: clientSchema,
      },
    },
    async (request, reply) => {
      requireUser(request);
      const result = await ctx.db.transaction((tx) => findOrCreateClient(tx, request, request.body));
      return reply.code(result.existing ? 200 : 201).send(result);
    },
  );

  app.get(
    '/clients/:id',
    { schema: { tags, summary: 'One client', params: z.object({ id: z.uuid() }) } },
    async (request) => {
      const user = requireUser(request);
      const client = await loadClient(ctx.db, request.params.id);
      if (client.kind === 'person' && !hasRole(user, 'adviser', 'client_service', 'payroll', 'admin')) {
        const { rows } = await ctx.db.query(
          `SELECT 1 WHERE $2::uuid = $3::uuid OR EXISTS (SELECT 1 FROM contracts k JOIN people p ON p.id = k.person_id
             WHERE k.client_id = $1 AND p.user_id = $2)`,
          [client.id, user.id, client.created_by],
        );
        if (rows.length === 0) throw DomainError.notFound();
      }
      return presentClient(client);
    },
  );
}
