import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LANGUAGES, isLedgerDate } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { today } from '../membership/queries.ts';
import { SIMULATOR_ENTITIES, simulate, simulatorOptions } from './simulate.ts';

const isoDate = z.string().refine(isLedgerDate, { params: { code: 'field.invalid_date' } });
// Numbers arrive as text in a query string. Their rules (whole cents, ranges, legal floors) are the
// payroll engine's, which names the wrong field with a precise message.
const number = z.coerce.number();

const simulatorQuery = z.object({
  entity: z.enum(SIMULATOR_ENTITIES as [string, ...string[]]).describe('Employing entity'),
  contractType: z
    .string()
    .max(40)
    .describe('employee, artistic_employee, student (BE-PA), trainer (BE-FA), interim (BE-PI)'),
  mode: z
    .enum(['amount', 'net'])
    .default('amount')
    .describe('From the amount invoiced, or from the wished net'),
  amountExclVatCents: number.optional().describe('mode=amount: amount invoiced excluding VAT, in cents'),
  wishedNetCents: number.optional().describe('mode=net: net pay wished, in cents'),
  days: number.describe('Days of the contract (1 to 31)'),
  hours: number.optional().describe('Hours worked (default: 7.6 a day)'),
  withholdingRateBp: number
    .optional()
    .describe('Withholding-tax rate in basis points (default: the legal minimum)'),
  expensesCents: number.optional().describe('Expenses reimbursed outside the salary, in cents'),
  studentHoursUsedThisYear: number.optional(),
  date: isoDate.optional().describe('Date of the work (default: today): selects the rules in force'),
  lang: z.enum(LANGUAGES).optional(),
});

/**
 * The public salary simulator: no login, changes nothing (GET, so no CSRF token is needed either).
 * Every engine error comes back as 422 problem+json naming the field, in the request language.
 */
export async function simulatorRoutes(root: FastifyInstance, _ctx: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['simulator'];

  app.get(
    '/simulator',
    {
      schema: {
        tags,
        summary: 'Simulate a salary from an invoice, or the invoice for a wished net (public)',
        querystring: simulatorQuery,
      },
    },
    async (request) => {
      const q = request.query;
      return simulate(
        {
          entity: q.entity,
          contractType: q.contractType,
          mode: q.mode,
          ...(q.amountExclVatCents === undefined ? {} : { amountExclVatCents: q.amountExclVatCents }),
          ...(q.wishedNetCents === undefined ? {} : { wishedNetCents: q.wishedNetCents }),
          days: q.days,
          ...(q.hours === undefined ? {} : { hours: q.hours }),
          ...(q.withholdingRateBp === undefined ? {} : { withholdingRateBp: q.withholdingRateBp }),
          ...(q.expensesCents === undefined ? {} : { expensesCents: q.expensesCents }),
          ...(q.studentHoursUsedThisYear === undefined
            ? {}
            : { studentHoursUsedThisYear: q.studentHoursUsedThisYear }),
          date: q.date ?? today(),
        },
        request.lang,
      );
    },
  );

  app.get(
    '/simulator/options',
    {
      schema: {
        tags,
        summary:
          "The simulator's choices: entities, contract types, legal minimum withholding, defaults (public)",
        querystring: z.object({ date: isoDate.optional(), lang: z.enum(LANGUAGES).optional() }),
      },
    },
    async (request) => simulatorOptions(request.query.date ?? today(), request.lang),
  );
}
