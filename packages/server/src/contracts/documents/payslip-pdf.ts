import { formatDate, formatMoney, payrollMessages, type Language, type PayrollLine } from '@partage/domain';
import { PdfWriter, type TableRow } from '../../documents/pdf.ts';
import {
  countryName,
  docText,
  entityFooter,
  entityIdentifiers,
  formatCentiHours,
  formatMultiplier,
  formatPeriod,
  formatRate,
} from './labels.ts';
import type { PayslipDocument } from './types.ts';

/** The label of a payroll line in the language (`payroll.line.*`), or its key when none is known. */
export function payrollLineLabel(key: string, language: Language): string {
  return payrollMessages[key]?.[language] ?? key;
}

/**
 * The rate (`13,07 %`) or multiplier of a line. A multiplier is shown as `× 1,55` when the amount is the
 * base times it (employer cost) and as `÷ 1,55` when the amount is the base divided by it (the gross drawn
 * from the employment budget).
 */
function rateOf(line: PayrollLine, language: Language): string {
  if (line.rateBp !== undefined) return formatRate(line.rateBp, language);
  if (line.multiplier === undefined) return '';
  const times = Math.abs((line.base * line.multiplier) / 10000 - line.amount);
  const divided = Math.abs((line.amount * line.multiplier) / 10000 - line.base);
  const shown = formatMultiplier(line.multiplier, language);
  return divided < times ? shown.replace('×', '÷') : shown;
}

/** The lines that sum up the slip: the gross, what the worker's pay bears, and the net. */
const EMPHASISED = new Set(['payroll.line.gross', 'payroll.line.net']);

/**
 * The payslip of a Contract-tool contract, in the worker's language: employer and worker, the contract
 * and invoice it comes from, the period and pay date, EVERY line of the frozen payroll breakdown (label,
 * base, rate or multiplier, amount), then gross, employee contribution, withholding tax and the net paid.
 * A corrective payslip says which one it replaces.
 */
export async function payslipPdf(doc: PayslipDocument): Promise<Uint8Array> {
  const lang = doc.language;
  const t = (key: string, params?: Record<string, string | number>) => docText(key, lang, params);
  const money = (cents: number) => formatMoney(cents, lang);
  const { employer, worker, breakdown } = doc;
  const title = t('payslipTitle');

  const workerLines = [worker.name, worker.street, `${worker.postalCode} ${worker.city}`];
  if (worker.country !== employer.country) workerLines.push(countryName(worker.country, lang));
  if (worker.memberNumber !== null) workerLines.push(t('memberNumber', { number: worker.memberNumber }));
  workerLines.push(`${t('payAccount')} ${t('accountEnding', { last4: worker.ibanLast4 })}`);

  const pdf = await PdfWriter.create(`${title} ${doc.number}`, lang);
  pdf.letterhead([employer.name, `${employer.legalForm} · ${employer.address}`], title, [
    [t('number'), doc.number],
    [t('payDate'), formatDate(doc.payDate, lang)],
    [t('period'), formatPeriod(doc.periodFrom, doc.periodTo, lang)],
  ]);
  if (doc.corrects) pdf.panel([{ text: t('payslipCorrective', { number: doc.corrects }), bold: true }]);
  pdf
    .columns([
      {
        caption: t('employer'),
        lines: [
          employer.name,
          employer.address,
          ...entityIdentifiers(employer, lang, { socialSecurity: true }),
        ],
      },
      { caption: t('worker'), lines: workerLines },
    ])
    .fields([
      [t('contract'), doc.contractReference],
      [t('invoice'), doc.invoiceNumber],
      [
        t('contractType'),
        payrollMessages[`payroll.contract_type.label.${breakdown.contractType}`]?.[lang] ??
          breakdown.contractType,
      ],
      [
        t('workedTime'),
        t('daysAndHours', {
          days: breakdown.days,
          hours: formatCentiHours(Math.round(breakdown.hours * 100), lang),
        }),
      ],
      [t('withholdingChosen'), formatRate(breakdown.withholdingRateBp, lang)],
    ]);

  const rows: TableRow[] = breakdown.lines.map((line) => ({
    cells: [payrollLineLabel(line.key, lang), money(line.base), rateOf(line, lang), money(line.amount)],
    bold: EMPHASISED.has(line.key),
    shade: EMPHASISED.has(line.key),
  }));
  pdf
    .keep(80)
    .heading(t('calculation'), 11.5)
    .dataTable(
      [
        { header: t('item'), width: 0.46 },
        { header: t('base'), width: 0.19, align: 'right' },
        { header: t('rateOrMultiplier'), width: 0.16, align: 'right' },
        { header: t('amount'), width: 0.19, align: 'right' },
      ],
      rows,
      8.5,
    );

  const contributionKey = breakdown.lines.some((line) => line.key === 'payroll.line.student_solidarity')
    ? 'payroll.line.student_solidarity'
    : 'payroll.line.employee_contribution';
  pdf
    .keep(120)
    .totals([
      { label: payrollLineLabel('payroll.line.gross', lang), value: money(breakdown.grossCents) },
      { label: payrollLineLabel(contributionKey, lang), value: money(-breakdown.employeeContributionCents) },
      {
        label: payrollLineLabel('payroll.line.withholding', lang),
        value: money(-breakdown.withholdingCents),
      },
      { label: t('netPaid'), value: money(breakdown.netCents), strong: true },
    ])
    .note(t('netPaidOn', { date: formatDate(doc.payDate, lang), last4: worker.ibanLast4 }), 8.5)
    .note(t('employerCostNote'), 8);

  pdf.pageFooter(entityFooter(employer, lang), (page, total) => t('page', { page, total }));
  return pdf.bytes();
}
