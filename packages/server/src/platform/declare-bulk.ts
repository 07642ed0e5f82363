import { parse } from 'csv-parse/sync';
import { DomainError, type BeContractType, type FieldIssue } from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { declareInTransaction, type ConfirmedDeclaration } from '../contracts/confirm-declaration.ts';
import type { DeclarationInput } from '../contracts/schemas.ts';
import type { AgreementRow } from './agreements.ts';
import { minimumWithholding } from '../simulator/simulate.ts';

/** One line of a client platform's bulk declaration: one worker, one day. */
export interface BulkPrestation {
  workerEmail: string;
  date: string;
  hours: number;
  amountExclVatCents: number;
  description?: string | undefined;
  withholdingRateBp?: number | undefined;
  expensesCents?: number | undefined;
}

export const BULK_MAX = 5000;

/**
 * Declares a client platform's prestations, all or nothing: every line becomes one contract and one
 * invoice to the platform under its agreement (entity, job, risks, contract type, VAT treatment), with the
 * agreed minimum paid hours per day and minimum hourly pay enforced on top of the legal rules. Only the
 * workers who allowed the platform may be declared. When a line is refused, nothing is created and the
 * answer lists every wrong line (`prestations.<n>.<field>`, n counted from 1).
 */
export async function declareBulk(
  ctx: AppContext,
  request: FastifyRequest,
  agreement: AgreementRow,
  prestations: BulkPrestation[],
): Promise<ConfirmedDeclaration[]> {
  if (prestations.length === 0) throw DomainError.field('prestations', 'platform.bulk.empty');
  if (prestations.length > BULK_MAX)
    throw DomainError.field('prestations', 'platform.bulk.too_many', { max: BULK_MAX });
  const today = ctx.clock.today();
  const issues: FieldIssue[] = [];
  const at = (i: number, issue: FieldIssue): FieldIssue => ({
    ...issue,
    field: `prestations.${i + 1}.${issue.field}`,
  });

  // The same worker twice on a day in one file.
  const seen = new Map<string, number>();
  prestations.forEach((p, i) => {
    const key = `${p.workerEmail.trim().toLowerCase()}|${p.date}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push(
        at(i, { field: 'date', code: 'platform.bulk.duplicate_line', params: { line: first + 1 } }),
      );
    } else seen.set(key, i);
  });

  const { rows: workers } = await ctx.db.query<{ email: string; person_id: string }>(
    `SELECT lower(p.email) AS email, p.id AS person_id FROM platform_workers w JOIN people p ON p.id = w.person_id
      WHERE w.agreement_id = $1 AND lower(p.email) = ANY($2::text[])`,
    [agreement.id, [...new Set(prestations.map((p) => p.workerEmail.trim().toLowerCase()))]],
  );
  const personOf = new Map(workers.map((w) => [w.email, w.person_id]));
  prestations.forEach((p, i) => {
    if (!personOf.has(p.workerEmail.trim().toLowerCase())) {
      issues.push(
        at(i, {
          field: 'workerEmail',
          code: 'platform.worker_not_authorised',
          params: { email: p.workerEmail },
        }),
      );
    }
  });
  if (issues.length > 0) throw new DomainError('validation', issues);

  const terms = {
    agreementId: agreement.id,
    minPaidCentiHoursPerDay: agreement.min_paid_centi_hours_per_day,
    minHourlyGrossCents: agreement.min_hourly_gross_cents,
  };
  return ctx.db.transaction(async (tx) => {
    const confirmed: ConfirmedDeclaration[] = [];
    for (const [i, p] of prestations.entries()) {
      const contractType = agreement.contract_type as BeContractType;
      const input: DeclarationInput = {
        entityId: agreement.entity_id,
        clientId: agreement.client_id,
        jobCode: agreement.job_code,
        description: p.description?.trim() || agreement.client_name,
        countryOfWork: 'BE',
        risks: agreement.risks,
        days: [{ date: p.date, hours: p.hours }],
        contractType,
        amountExclVatCents: p.amountExclVatCents,
        vatTreatment: agreement.vat_treatment,
        withholdingRateBp: p.withholdingRateBp ?? minimumWithholding(contractType, p.date),
        expensesCents: p.expensesCents ?? 0,
      };
      try {
        const personId = personOf.get(p.workerEmail.trim().toLowerCase())!;
        confirmed.push(await declareInTransaction(ctx, tx, request, personId, input, today, terms));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        // Domain errors are raised before anything of the line is written: keep checking the other lines
        // to report them all; the transaction is rolled back at the end.
        issues.push(
          ...(error.issues.length > 0
            ? error.issues
            : [{ field: 'line', code: error.code, params: error.params }]
          ).map((issue) => at(i, issue)),
        );
      }
    }
    if (issues.length > 0) throw new DomainError('validation', issues);
    return confirmed;
  });
}

const HEADERS = [
  'worker_email',
  'date',
  'hours',
  'amount_excl_vat',
  'description',
  'withholding_rate',
  'expenses',
];
const DECIMAL = /^\d+(?:[.,]\d{1,2})?$/;

function cents(value: string): number | null {
  const v = value.trim();
  if (!DECIMAL.test(v)) return null;
  const [units, decimals = ''] = v.replace(',', '.').split('.');
  return Number(units) * 100 + Number(decimals.padEnd(2, '0'));
}

/**
 * Reads a CSV upload (comma or semicolon separated, UTF-8, header line required):
 * `worker_email;date;hours;amount_excl_vat;description;withholding_rate;expenses` — amounts in euros with a
 * comma or a point (12,50), hours with up to two decimals, the rate in percent (11,11), the last three optional.
 */
export function parseBulkCsv(text: string): BulkPrestation[] {
  const content = text.replace(/^\uFEFF/, '');
  // The separator is the header's: a semicolon (Belgian spreadsheets, decimals with a comma) or a comma.
  const firstLine = content.split(/\r?\n/, 1)[0] ?? '';
  let records: string[][];
  try {
    records = parse(content, {
      delimiter: firstLine.includes(';') ? ';' : ',',
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as string[][];
  } catch {
    throw DomainError.field('file', 'platform.csv.unreadable');
  }
  const [header, ...rows] = records;
  const columns = (header ?? []).map((h) => h.toLowerCase());
  const missing = HEADERS.slice(0, 4).filter((h) => !columns.includes(h));
  if (missing.length > 0)
    throw DomainError.field('file', 'platform.csv.columns', { columns: missing.join(', ') });
  const issues: FieldIssue[] = [];
  const lines = rows.map((row, i): BulkPrestation => {
    const cell = (name: string) => row[columns.indexOf(name)] ?? '';
    const line = i + 1;
    const amount = cents(cell('amount_excl_vat'));
    const hours = cents(cell('hours'));
    const rate = cell('withholding_rate') ? cents(cell('withholding_rate')) : undefined;
    const expenses = cell('expenses') ? cents(cell('expenses')) : undefined;
    const bad = (field: string) =>
      issues.push({ field: `prestations.${line}.${field}`, code: 'platform.csv.number' });
    if (amount === null) bad('amountExclVatCents');
    if (hours === null) bad('hours');
    if (rate === null) bad('withholdingRateBp');
    if (expenses === null) bad('expensesCents');
    return {
      workerEmail: cell('worker_email'),
      date: cell('date'),
      hours: (hours ?? 0) / 100,
      amountExclVatCents: amount ?? 0,
      description: cell('description') || undefined,
      withholdingRateBp: rate ?? undefined,
      expensesCents: expenses ?? undefined,
    };
  });
  if (issues.length > 0) throw new DomainError('validation', issues);
  return lines;
}
