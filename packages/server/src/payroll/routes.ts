import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { naturalBalance } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { requireRole } from '../auth/guards.ts';
import { runPay } from './run-pay.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export async function payrollRoutes(root: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const guard = { staffTwoFactorRequired: ctx.config.staffTwoFactorRequired };
  const tags = ['payroll'];

  app.get(
    '/payroll/due',
    {
      schema: {
        tags,
        summary: 'Contracts to pay, per pay date (declared or on hold, not paid yet)',
        querystring: z.object({ entityId: z.string().max(40).default('BE-PA') }),
      },
    },
    async (request) => {
      requireRole(request, guard, 'payroll', 'admin');
      const { rows } = await ctx.db.query<{
        payDate: string;
        contracts: number;
        onHold: number;
        grossCents: number;
        netCents: number;
        clientUnpaid: number;
      }>(
        `SELECT c.pay_date::text AS "payDate", count(*)::int AS contracts,
                count(*) FILTER (WHERE c.status = 'on_hold')::int AS "onHold",
                COALESCE(sum(c.gross_cents), 0)::bigint AS "grossCents",
                COALESCE(sum(c.net_cents), 0)::bigint AS "netCents",
                count(*) FILTER (WHERE i.paid_cents < i.total_incl_vat_cents)::int AS "clientUnpaid"
           -- Salaries paid from an Activity's budget have no invoice (and no client to wait for).
           FROM contracts c LEFT JOIN invoices i ON i.contract_id = c.id AND i.kind = 'invoice'
          WHERE c.entity_id = $1 AND c.status IN ('declared', 'on_hold')
          GROUP BY c.pay_date ORDER BY c.pay_date`,
        [request.query.entityId],
      );
      return { today: ctx.clock.today(), payDates: rows };
    },
  );

  app.post(
    '/payroll/runs',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Pay every contract whose pay date has come (guaranteed, paid or not by the client)',
        body: z.object({ entityId: z.string().max(40).default('BE-PA'), payDate: isoDate }),
      },
    },
    async (request, reply) => {
      requireRole(request, guard, 'payroll', 'admin');
      return reply.code(201).send(await runPay(ctx, request, request.body));
    },
  );

  app.get(
    '/payroll/runs',
    {
      schema: {
        tags,
        summary: 'Pay runs, newest first',
        querystring: z.object({ entityId: z.string().max(40).default('BE-PA') }),
      },
    },
    async (request) => {
      requireRole(request, guard, 'payroll', 'admin');
      const { rows } = await ctx.db.query(
        `SELECT r.id, r.pay_date::text AS "payDate", r.contract_count AS "contractCount", r.gross_cents AS "grossCents",
                r.net_cents AS "netCents", r.advanced_cents AS "advancedCents", r.created_at AS "createdAt",
                u.display_name AS "runBy"
           FROM pay_runs r LEFT JOIN users u ON u.id = r.run_by WHERE r.entity_id = $1
          ORDER BY r.created_at DESC LIMIT 100`,
        [request.query.entityId],
      );
      return rows;
    },
  );

  app.get(
    '/payroll/guarantee-fund',
    {
      schema: {
        tags,
        summary: 'The salary guarantee fund: its balance and the advances clients have not paid back yet',
        querystring: z.object({ entityId: z.string().max(40).default('BE-PA') }),
      },
    },
    async (request) => {
      requireRole(request, guard, 'payroll', 'client_service', 'admin');
      const entityId = request.query.entityId;
      const { rows: accounts } = await ctx.db.query<{
        kind: 'salary_guarantee_fund' | 'guarantee_advances';
        balance_cents: number;
      }>(
        `SELECT kind, balance_cents FROM ledger_accounts
          WHERE entity_id = $1 AND kind IN ('salary_guarantee_fund', 'guarantee_advances') AND owner_id IS NULL`,
        [entityId],
      );
      const balanceOf = (kind: 'salary_guarantee_fund' | 'guarantee_advances') => {
        const row = accounts.find((a) => a.kind === kind);
        return row ? naturalBalance(kind, Number(row.balance_cents)) : 0;
      };
      const { rows: advances } = await ctx.db.query(
        `SELECT g.id, c.id AS "contractId", c.reference, i.number AS "invoiceNumber", k.name AS "clientName",
                p.first_name || ' ' || p.last_name AS "workerName", g.amount_cents AS "amountCents",
                g.reimbursed_cents AS "reimbursedCents", i.due_date::text AS "dueDate", g.created_at AS "advancedAt"
           FROM guarantee_advances g JOIN contracts c ON c.id = g.contract_id JOIN invoices i ON i.id = g.invoice_id
           JOIN clients k ON k.id = i.client_id JOIN people p ON p.id = c.person_id
          WHERE g.entity_id = $1 AND g.reimbursed_cents + g.written_off_cents < g.amount_cents
          ORDER BY g.created_at LIMIT 500`,
        [entityId],
      );
      return {
        fundBalanceCents: balanceOf('salary_guarantee_fund'),
        outstandingAdvancesCents: balanceOf('guarantee_advances'),
        advances,
      };
    },
  );
}
