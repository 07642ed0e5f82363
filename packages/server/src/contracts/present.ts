import type { Queryable } from '@partage/db';
import {
  jobByCode,
  jobFamilyByCode,
  riskByCode,
  translator,
  vatTreatmentRule,
  type Language,
  type RiskCode,
  type VatTreatment,
} from '@partage/domain';
import { presentBreakdown } from '../simulator/simulate.ts';
import { presentInvoice, type InvoiceRow } from '../invoicing/queries.ts';
import type { PreparedDeclaration } from './prepare-declaration.ts';
import type { ContractRow } from './queries.ts';

export function jobLabels(jobCode: string, lang: Language) {
  const job = jobByCode(jobCode);
  return {
    jobLabel: job?.label[lang] ?? jobCode,
    jobFamilyLabel: job ? jobFamilyByCode(job.family).label[lang] : '',
  };
}

export function riskLabels(risks: string[], lang: Language): string[] {
  return risks.map((code) => riskByCode(code as RiskCode)?.label[lang] ?? code);
}

export function presentWarnings(
  warnings: Array<{ code: string; params?: Record<string, string | number> }>,
  lang: Language,
) {
  return warnings.map((w) => ({ code: w.code, message: translator.t(lang, w.code, w.params) }));
}

/** What the worker sees before confirming: what the client will pay and what they will receive. */
export function presentPreview(p: PreparedDeclaration, lang: Language) {
  return {
    entity: { id: p.entity.id, name: p.entity.name },
    client: { id: p.client.id, name: p.client.name },
    firstDay: p.firstDay,
    lastDay: p.lastDay,
    days: p.days.map((d) => ({ date: d.date, hours: d.centiHours / 100 })),
    totalHours: p.totalCentiHours / 100,
    posted: p.posted,
    payDate: p.payDate,
    invoice: {
      amountExclVatCents: p.input.amountExclVatCents,
      vatTreatment: p.input.vatTreatment,
      vatRateBp: p.vatRateBp,
      vatCents: p.vatCents,
      totalInclVatCents: p.input.amountExclVatCents + p.vatCents,
      mention: vatTreatmentRule(p.input.vatTreatment as VatTreatment, p.firstDay).mention[lang],
      paymentTermsDays: p.client.payment_terms_days,
    },
    breakdown: presentBreakdown(p.breakdown, lang),
    warnings: presentWarnings(p.warnings, lang),
    remainingFreePrestations: p.remainingFreePrestations,
    ...jobLabels(p.input.jobCode, lang),
  };
}

/** A contract row with the names lists show (`CONTRACT_SUMMARY_SELECT`). */
export type ContractSummaryRow = ContractRow & {
  worker_name: string;
  member_number: number | null;
  client_name: string;
  entity_name: string;
  /** The worker's own account, to tell the worker from staff. */
  worker_user_id: string | null;
};

/** A contract in lists. */
export function presentContractSummary(row: ContractSummaryRow, lang: Language) {
  return {
    id: row.id,
    reference: row.reference,
    entityId: row.entity_id,
    status: row.status,
    workerName: row.worker_name,
    memberNumber: row.member_number,
    clientName: row.client_name,
    contractType: row.contract_type,
    contractTypeLabel: translator.t(lang, `payroll.contract_type.label.${row.contract_type}`),
    firstDay: row.first_day,
    lastDay: row.last_day,
    dayCount: row.day_count,
    amountExclVatCents: row.amount_excl_vat_cents,
    netCents: row.net_cents,
    payDate: row.pay_date,
    holdMessage: row.hold_message,
    withoutShares: row.without_shares,
    warnings: presentWarnings(row.warnings, lang),
    ...jobLabels(row.job_code, lang),
  };
}

export const CONTRACT_SUMMARY_SELECT = `
  SELECT c.*, p.first_name || ' ' || p.last_name AS worker_name, p.user_id AS worker_user_id, m.member_number,
         COALESCE(k.name, a.name) AS client_name, e.name AS entity_name
    FROM contracts c
    JOIN people p ON p.id = c.person_id
    LEFT JOIN members m ON m.person_id = p.id AND m.entity_id = p.entity_id
    LEFT JOIN clients k ON k.id = c.client_id
    LEFT JOIN activities a ON a.id = c.activity_id
    JOIN entities e ON e.id = c.entity_id`;

/** Everything about one contract, for its worker and for staff. */
export async function presentContract(db: Queryable, row: ContractSummaryRow, lang: Language, today: string) {
  const [days, declaration, posting, invoices, payslip, events, advance] = await Promise.all([
    db.query<{ day: string; centi_hours: number }>(
      'SELECT day::text AS day, centi_hours FROM contract_days WHERE contract_id = $1 ORDER BY day',
      [row.id],
    ),
    db.query(
      `SELECT reference, declaration_type AS "type", status, declared_at AS "declaredAt", cancelled_at AS "cancelledAt"
         FROM employment_declarations WHERE contract_id = $1`,
      [row.id],
    ),
    db.query(
      `SELECT id, country, host_name AS "hostName", city, start_date::text AS "startDate", end_date::text AS "endDate",
              status, a1_reference AS "a1Reference" FROM posting_forms WHERE contract_id = $1`,
      [row.id],
    ),
    db.query<InvoiceRow>(`SELECT * FROM invoices WHERE contract_id = $1 ORDER BY kind DESC`, [row.id]),
    db.query(
      `SELECT number, pay_date::text AS "payDate", gross_cents AS "grossCents", net_cents AS "netCents"
         FROM payslips WHERE contract_id = $1`,
      [row.id],
    ),
    db.query(
      `SELECT e.action, e.status_after AS "statusAfter", e.message, e.at, u.display_name AS "actorName"
         FROM contract_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.contract_id = $1 ORDER BY e.at, e.id`,
      [row.id],
    ),
    db.query(
      `SELECT amount_cents AS "amountCents", reimbursed_cents AS "reimbursedCents" FROM guarantee_advances
        WHERE contract_id = $1`,
      [row.id],
    ),
  ]);
  const invoice = invoices.rows.find((i) => i.kind === 'invoice');
  const creditNote = invoices.rows.find((i) => i.kind === 'credit_note');
  return {
    ...presentContractSummary(row, lang),
    description: row.description,
    countryOfWork: row.country_of_work,
    risks: riskLabels(row.risks, lang),
    days: days.rows.map((d) => ({ date: d.day, hours: d.centi_hours / 100 })),
    totalHours: row.total_centi_hours / 100,
    vatTreatment: row.vat_treatment,
    vatCents: row.vat_cents,
    withholdingRateBp: row.withholding_rate_bp,
    expensesCents: row.expenses_cents,
    breakdown: presentBreakdown(row.breakdown, lang),
    entityName: row.entity_name,
    declaration: declaration.rows[0] ?? null,
    posting: posting.rows[0] ?? null,
    invoice: invoice ? presentInvoice(invoice) : null,
    creditNote: creditNote ? presentInvoice(creditNote) : null,
    payslip: payslip.rows[0] ?? null,
    guaranteeAdvance: advance.rows[0] ?? null,
    events: events.rows,
    canCancel: (row.status === 'declared' || row.status === 'on_hold') && today < row.first_day,
    /** Staff only: after the first day, a correction with a reason. */
    canCorrect: (row.status === 'declared' || row.status === 'on_hold') && today >= row.first_day,
    today,
  };
}
