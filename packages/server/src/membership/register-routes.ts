import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkRegister, DomainError, foldForSearch, parseNiss, type RegisterLine } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { requireRole } from '../auth/guards.ts';
import { audit } from '../audit/record.ts';
import { idParams } from './schemas.ts';
import { memberForReader, membershipView } from './my-membership.ts';

const searchQuery = z.object({
  entityId: z.string().default('BE-COOP'),
  q: z.string().trim().max(100).optional(),
  category: z.enum(['A', 'B', 'C']).optional(),
  status: z.enum(['applicant', 'member', 'refused', 'resigned']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
type SearchQuery = z.infer<typeof searchQuery>;

interface RegisterRow {
  id: string;
  member_number: number | null;
  status: string;
  admitted_on: string | null;
  left_on: string | null;
  kind: string;
  display_name: string;
  email: string;
  city: string;
  categories: string | null;
  shares: number;
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  // Cells starting with = + - @ are prefixed so spreadsheets do not run them as formulas.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",;\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The staff register of members: search by name, member number or NISS, filters by category and
 * status, CSV export, and the figures of the annual report (members by category and entity, new
 * members per year).
 */
export async function registerRoutes(root: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const guard = { staffTwoFactorRequired: ctx.config.staffTwoFactorRequired };
  const tags = ['register'];
  const readers = ['client_service', 'board', 'admin', 'adviser'] as const;

  function where(q: SearchQuery): { sql: string; params: unknown[] } {
    const params: unknown[] = [q.entityId];
    const clauses = ['m.entity_id = $1'];
    const text = q.q?.trim();
    if (text) {
      const digits = text.replace(/[\s.\-/]/g, '');
      const niss = parseNiss(digits);
      if (niss.ok) {
        params.push(ctx.protector.blindIndex('niss', niss.value));
        clauses.push(`m.person_id = ANY (ARRAY(SELECT id FROM people WHERE niss_hash = $${params.length}))`);
      } else if (/^\d{1,9}$/.test(digits)) {
        params.push(Number(digits));
        clauses.push(`m.member_number = $${params.length}`);
      } else {
        const needle = foldForSearch(text);
        // Below three characters the trigram index cannot help: a name search needs three.
        if (needle.length < 3) throw DomainError.field('q', 'field.too_short', { min: 3 });
        params.push(needle);
        // The matching people are looked up once through the trigram index, then their memberships.
        clauses.push(
          `m.person_id = ANY (ARRAY(SELECT id FROM people WHERE search_text LIKE '%' || $${params.length} || '%'))`,
        );
      }
    }
    if (q.status) {
      params.push(q.status);
      clauses.push(`m.status = $${params.length}`);
    }
    if (q.category) {
      params.push(q.category);
      clauses.push(
        `EXISTS (SELECT 1 FROM holdings h WHERE h.member_id = m.id AND h.category = $${params.length} AND h.quantity > 0)`,
      );
    }
    return { sql: clauses.join(' AND '), params };
  }

  const COLUMNS = `
    SELECT m.id, m.member_number, m.status, m.admitted_on, m.left_on, p.kind,
           COALESCE(p.legal_name, p.last_name || ', ' || p.first_name) AS display_name, p.email, p.city,
           (SELECT string_agg(h.category, ',' ORDER BY h.category) FROM holdings h WHERE h.member_id = m.id AND h.quantity > 0) AS categories,
           (SELECT COALESCE(sum(h.quantity), 0)::int FROM holdings h WHERE h.member_id = m.id) AS shares`;
  const ORDER = 'm.member_number NULLS LAST, m.created_at, m.id';
  /** Counts stop here: "10,000+" tells a person as much as the exact figure, for much less work. */
  const COUNT_CAP = 10_000;

  app.get(
    '/register/members',
    { schema: { tags, summary: 'Search the register of members', querystring: searchQuery } },
    async (request) => {
      requireRole(request, guard, ...readers);
      const w = where(request.query);
      const n = w.params.length;
      // Page on `members` alone, then read people and holdings for the rows shown only.
      const { rows } = await ctx.db.query<RegisterRow>(
        `WITH page AS (SELECT m.id FROM members m WHERE ${w.sql} ORDER BY ${ORDER} LIMIT $${n + 1} OFFSET $${n + 2})
         ${COLUMNS} FROM page JOIN members m ON m.id = page.id JOIN people p ON p.id = m.person_id ORDER BY ${ORDER}`,
        [...w.params, request.query.limit, request.query.offset],
      );
      const { rows: count } = await ctx.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM (SELECT 1 FROM members m WHERE ${w.sql} LIMIT ${COUNT_CAP + 1}) s`,
        w.params,
      );
      return {
        total: Math.min(count[0]!.n, COUNT_CAP),
        totalCapped: count[0]!.n > COUNT_CAP,
        items: rows.map((r) => ({
          id: r.id,
          memberNumber: r.member_number,
          status: r.status,
          admittedOn: r.admitted_on,
          leftOn: r.left_on,
          kind: r.kind,
          displayName: r.display_name,
          email: r.email,
          city: r.city,
          categories: r.categories ? r.categories.split(',') : [],
          shares: r.shares,
        })),
      };
    },
  );

  app.get(
    '/register/members.csv',
    {
      schema: {
        tags,
        summary: 'Export the register (CSV)',
        querystring: searchQuery.omit({ limit: true, offset: true }),
      },
    },
    async (request, reply) => {
      const user = requireRole(request, guard, ...readers);
      const w = where({ ...request.query, limit: 0, offset: 0 });
      const { rows } = await ctx.db.query<RegisterRow>(
        `${COLUMNS} FROM members m JOIN people p ON p.id = m.person_id WHERE ${w.sql} ORDER BY ${ORDER}`,
        w.params,
      );
      const header = [
        'member_number',
        'name',
        'kind',
        'status',
        'categories',
        'shares',
        'admitted_on',
        'left_on',
        'city',
        'email',
      ];
      const lines = rows.map((r) =>
        [
          r.member_number,
          r.display_name,
          r.kind,
          r.status,
          r.categories,
          r.shares,
          r.admitted_on,
          r.left_on,
          r.city,
          r.email,
        ]
          .map(csvCell)
          .join(';'),
      );
      await audit(ctx.db, request, {
        action: 'register.exported',
        subjectType: 'register',
        subjectId: request.query.entityId,
        entityId: request.query.entityId,
        after: { rows: rows.length, by: user.id },
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="register-${request.query.entityId}.csv"`)
        .send('\uFEFF' + [header.join(';'), ...lines].join('\r\n') + '\r\n');
    },
  );

  app.get(
    '/register/figures',
    { schema: { tags, summary: 'Members by category and entity; new members per year' } },
    async (request) => {
      requireRole(request, guard, ...readers);
      const { rows: byCategory } = await ctx.db.query<{
        entity_id: string;
        category: string;
        members: number;
        shares: number;
      }>(
        `SELECT m.entity_id, h.category, count(DISTINCT m.id)::int AS members, sum(h.quantity)::int AS shares
         FROM members m JOIN holdings h ON h.member_id = m.id AND h.quantity > 0
        WHERE m.status = 'member' GROUP BY m.entity_id, h.category ORDER BY m.entity_id, h.category`,
      );
      const { rows: byYear } = await ctx.db.query<{ entity_id: string; year: number; admitted: number }>(
        `SELECT entity_id, extract(year FROM admitted_on)::int AS year, count(*)::int AS admitted
         FROM members WHERE admitted_on IS NOT NULL GROUP BY entity_id, year ORDER BY entity_id, year`,
      );
      const { rows: byStatus } = await ctx.db.query<{ entity_id: string; status: string; n: number }>(
        'SELECT entity_id, status, count(*)::int AS n FROM members GROUP BY entity_id, status ORDER BY entity_id, status',
      );
      const { rows: byGender } = await ctx.db.query<{ entity_id: string; gender: string; n: number }>(
        `SELECT m.entity_id, COALESCE(p.gender, 'legal') AS gender, count(*)::int AS n FROM members m JOIN people p ON p.id = m.person_id
        WHERE m.status = 'member' GROUP BY m.entity_id, 2 ORDER BY 1, 2`,
      );
      return {
        byCategory: byCategory.map((r) => ({
          entityId: r.entity_id,
          category: r.category,
          members: r.members,
          shares: r.shares,
        })),
        newMembersByYear: byYear.map((r) => ({ entityId: r.entity_id, year: r.year, admitted: r.admitted })),
        byStatus: byStatus.map((r) => ({ entityId: r.entity_id, status: r.status, count: r.n })),
        byGender: byGender.map((r) => ({ entityId: r.entity_id, gender: r.gender, count: r.n })),
      };
    },
  );

  app.get(
    '/register/members/:id',
    { schema: { tags, summary: 'One member, for staff (with identity data)', params: idParams } },
    async (request) => {
      const user = requireRole(request, guard, ...readers);
      const member = await memberForReader(ctx.db, user, request.params.id);
      const { rows } = await ctx.db.query<Record<string, string | null>>(
        `SELECT kind, first_name, last_name, birth_date, gender, niss_enc, foreign_id_enc, foreign_id_country, legal_name,
              enterprise_number, vat_number, representative_name, representative_role, street, postal_code, city, country,
              iban_enc, email, phone, language FROM people WHERE id = $1`,
        [member.person_id],
      );
      const p = rows[0]!;
      const reveal = (sealed: string | null) => (sealed ? ctx.protector.decrypt(sealed) : null);
      // Reading identity data is itself logged: who looked at whose NISS and IBAN, and when.
      await audit(ctx.db, request, {
        action: 'person.viewed',
        subjectType: 'member',
        subjectId: member.id,
        entityId: member.entity_id,
      });
      const { niss_enc, foreign_id_enc, iban_enc, ...rest } = p;
      return {
        ...(await membershipView(ctx, member)),
        person: {
          ...rest,
          niss: reveal(niss_enc ?? null),
          foreignId: reveal(foreign_id_enc ?? null),
          iban: reveal(iban_enc ?? null),
        },
      };
    },
  );

  app.get(
    '/register/lines',
    {
      schema: {
        tags,
        summary: 'The register itself: numbered lines',
        querystring: z.object({
          entityId: z.string().default('BE-COOP'),
          fromLine: z.coerce.number().int().min(1).default(1),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
    },
    async (request) => {
      requireRole(request, guard, ...readers);
      const { rows } = await ctx.db.query(
        `SELECT r.line_no AS "lineNo", r.operation, r.category, r.quantity, r.amount_cents AS "amountCents", r.effective_on AS "effectiveOn",
                m.member_number AS "memberNumber", COALESCE(p.legal_name, p.last_name || ', ' || p.first_name) AS "displayName"
           FROM register_operations r JOIN members m ON m.id = r.member_id JOIN people p ON p.id = m.person_id
          WHERE r.entity_id = $1 AND r.line_no >= $2 ORDER BY r.line_no LIMIT $3`,
        [request.query.entityId, request.query.fromLine, request.query.limit],
      );
      return rows;
    },
  );

  app.get(
    '/register/check',
    {
      schema: {
        tags,
        summary: 'Check the register: numbering, signs, holdings cache',
        querystring: z.object({ entityId: z.string().default('BE-COOP') }),
      },
    },
    async (request) => {
      requireRole(request, guard, 'admin');
      return verifyRegister(ctx, request.query.entityId);
    },
  );
}

/** Compares the register's lines with its invariants and the holdings cache with the lines. */
export async function verifyRegister(ctx: AppContext, entityId: string) {
  const { rows } = await ctx.db.query<{
    line_no: number;
    member_id: string;
    operation: RegisterLine['operation'];
    category: RegisterLine['category'];
    quantity: number;
  }>(
    'SELECT line_no, member_id, operation, category, quantity FROM register_operations WHERE entity_id = $1 ORDER BY line_no',
    [entityId],
  );
  const problems = checkRegister(
    rows.map((r) => ({
      lineNo: r.line_no,
      memberId: r.member_id,
      operation: r.operation,
      category: r.category,
      quantity: r.quantity,
    })),
  );
  const { rows: mismatches } = await ctx.db.query<{
    member_id: string;
    category: string;
    cached: number;
    derived: number;
  }>(
    `WITH derived AS (
       SELECT member_id, category, sum(quantity)::int AS quantity FROM register_operations WHERE entity_id = $1 GROUP BY 1, 2
     )
     SELECT COALESCE(h.member_id, d.member_id) AS member_id, COALESCE(h.category, d.category) AS category,
            COALESCE(h.quantity, 0) AS cached, COALESCE(d.quantity, 0) AS derived
       FROM (SELECT h.* FROM holdings h JOIN members m ON m.id = h.member_id WHERE m.entity_id = $1) h
       FULL JOIN derived d ON d.member_id = h.member_id AND d.category = h.category
      WHERE COALESCE(h.quantity, 0) <> COALESCE(d.quantity, 0)`,
    [entityId],
  );
  return { lines: rows.length, problems, holdingMismatches: mismatches };
}
