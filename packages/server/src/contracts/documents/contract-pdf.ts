import {
  effectiveAt,
  formatDate,
  formatMoney,
  localeOf,
  payrollMessages,
  type Language,
} from '@partage/domain';
import { PdfWriter } from '../../documents/pdf.ts';
import {
  CONTRACT_DOC,
  countryName,
  docText,
  entityFooter,
  entityIdentifiers,
  formatCentiHours,
  formatDateTime,
  formatPeriod,
  formatRate,
} from './labels.ts';
import type { EmploymentContractDocument, WorkerParty } from './types.ts';

/** A joint committee the platform prints by default, effective-dated and sourced like every rule. */
interface JointCommitteeDefault {
  committee: string;
  validFrom: string;
  validTo?: string;
  source: string;
  verified: boolean;
}

const CP_200_SOURCE =
  'Joint committee 200 (auxiliary joint committee for employees) took over from joint committee 218 on 1 April 2015: https://www.claeysengels.be/fr-be/nouvelles-evenements/depuis-aujourdhui-le-1er-avril-2015-la-commission-paritaire-ndeg-218-est';

/**
 * Joint committee printed on a contract when payroll staff did not set one: the auxiliary joint
 * committee for employees for employees, artistic employees, students and trainers; the joint committee
 * for temporary agency work (322) for interim contracts. A platform default (`verified: false`): the
 * right committee depends on the sector of the work (e.g. 304 for the performing arts), which payroll
 * staff decide.
 */
export const JOINT_COMMITTEE_DEFAULTS: Readonly<
  Record<'employee' | 'interim', readonly JointCommitteeDefault[]>
> = {
  employee: [
    {
      committee: '218',
      validFrom: '1957-01-10',
      validTo: '2015-03-31',
      source: CP_200_SOURCE,
      verified: false,
    },
    { committee: '200', validFrom: '2015-04-01', source: CP_200_SOURCE, verified: false },
  ],
  interim: [
    {
      committee: '322',
      validFrom: '2015-04-01',
      source: 'Platform default: joint committee for temporary agency work (322) for interim contracts',
      verified: false,
    },
  ],
};

/** The default joint committee of a contract type on a date (`YYYY-MM-DD`). */
export function defaultJointCommittee(contractType: string, date: string): string {
  const entries = JOINT_COMMITTEE_DEFAULTS[contractType === 'interim' ? 'interim' : 'employee'];
  return (effectiveAt(entries, date.slice(0, 10)) ?? entries[entries.length - 1]!).committee;
}

/** The law the contract is concluded under, by contract type. */
function lawKey(contractType: string): string {
  if (contractType === 'student') return 'law_student';
  if (contractType === 'interim') return 'law_interim';
  return 'law_employee';
}

/** Gross pay per hour, half up to the cent: gross ÷ (centi-hours ÷ 100). */
export function hourlyGrossCents(grossCents: number, centiHours: number): number {
  return Math.floor((grossCents * 200 + centiHours) / (2 * centiHours));
}

function contractTypeLabel(contractType: string, language: Language): string {
  return payrollMessages[`payroll.contract_type.label.${contractType}`]?.[language] ?? contractType;
}

function weekdayDate(iso: string, language: Language): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(localeOf(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

function workerLines(worker: WorkerParty, employerCountry: string, language: Language): string[] {
  const lines = [worker.name, worker.street, `${worker.postalCode} ${worker.city}`];
  if (worker.country !== employerCountry) lines.push(countryName(worker.country, language));
  if (worker.birthDate)
    lines.push(docText('bornOn', language, { date: formatDate(worker.birthDate, language) }));
  if (worker.memberNumber !== null)
    lines.push(docText('memberNumber', language, { number: worker.memberNumber }));
  return lines;
}

/**
 * The fixed-term employment contract of a Contract-tool declaration, in the worker's language: the
 * written contract for a clearly defined work that the law of 3 July 1978 (art. 7 and 9; art. 11bis for
 * the schedule of part-time days) requires before work starts. Parties, function and work, place (and
 * the A1 posting), each day and its hours, the pay, the employment declaration, risks and insurance, the
 * joint committee, and the electronic signatures.
 */
export async function employmentContractPdf(doc: EmploymentContractDocument): Promise<Uint8Array> {
  const lang = doc.language;
  const t = (key: string, params?: Record<string, string | number>) => docText(key, lang, params);
  const money = (cents: number) => formatMoney(cents, lang);
  const { employer, worker } = doc;
  const title = t('contractTitle');
  const days = [...doc.days].sort((a, b) => a.date.localeCompare(b.date));
  const totalCentiHours = days.reduce((sum, day) => sum + day.centiHours, 0);
  const facts: Array<[string, string]> = [
    [t('reference'), doc.reference],
    [t('issuedOn'), formatDate(doc.issuedAt, lang)],
  ];
  if (days.length > 0)
    facts.push([t('period'), formatPeriod(days[0]!.date, days[days.length - 1]!.date, lang)]);

  const pdf = await PdfWriter.create(`${title} ${doc.reference}`, lang);
  pdf
    .letterhead([employer.name, `${employer.legalForm} · ${employer.address}`], title, facts)
    .paragraph(
      t('contractIntro', {
        employer: `${employer.name} (${employer.legalForm})`,
        worker: worker.name,
        law: t(lawKey(doc.contractType)),
      }),
      9.5,
    )
    .columns([
      {
        caption: t('employer'),
        lines: [
          employer.name,
          employer.address,
          ...entityIdentifiers(employer, lang, { socialSecurity: true }),
        ],
      },
      { caption: t('worker'), lines: workerLines(worker, employer.country, lang) },
    ]);

  pdf
    .keep(90)
    .heading(t('sectionWork'), 11.5)
    .fields([
      [t('job'), doc.jobLabel],
      [t('jobFamily'), doc.jobFamilyLabel],
      [t('contractType'), contractTypeLabel(doc.contractType, lang)],
      [t('workFor'), doc.clientName],
      [t('workDescription'), doc.description],
    ]);

  pdf
    .keep(50)
    .heading(t('sectionPlace'), 11.5)
    .fields([[t('country'), countryName(doc.countryOfWork, lang)]]);
  if (doc.posted) pdf.paragraph(t('posted', { home: countryName(employer.country, lang) }), 9.5);

  pdf
    .keep(80)
    .heading(t('sectionTime'), 11.5)
    .dataTable(
      [
        { header: t('day'), width: 0.7 },
        { header: t('hours'), width: 0.3, align: 'right' },
      ],
      [
        ...days.map((day) => [weekdayDate(day.date, lang), formatCentiHours(day.centiHours, lang)]),
        { cells: [t('total'), formatCentiHours(totalCentiHours, lang)], bold: true, shade: true },
      ],
    )
    .note(t('timeEnd'), 8.5);

  const pay: Array<[string, string]> = [[t('grossForContract'), money(doc.grossCents)]];
  if (totalCentiHours > 0)
    pay.push([t('hourlyGross'), money(hourlyGrossCents(doc.grossCents, totalCentiHours))]);
  pay.push(
    [t('payDate'), formatDate(doc.payDate, lang)],
    [t('withholdingChosen'), formatRate(doc.withholdingRateBp, lang)],
    [t('payAccount'), `•••• ${worker.ibanLast4}`],
  );
  pdf.keep(90).heading(t('sectionPay'), 11.5).fields(pay).note(t('payGuaranteed'), 8.5);

  const statusKey = `declarationStatus_${doc.declaration.status}`;
  pdf
    .keep(70)
    .heading(t('sectionDeclaration'), 11.5)
    .fields([
      [t('declarationReference'), doc.declaration.reference],
      [t('declarationStatus'), CONTRACT_DOC[statusKey] ? t(statusKey) : doc.declaration.status],
      [t('declaredAt'), formatDateTime(doc.declaration.declaredAt, lang)],
    ]);

  pdf.keep(80).heading(t('sectionRisks'), 11.5);
  if (doc.risks.length > 0) pdf.paragraph(t('risksIntro'), 9.5).bullets(doc.risks);
  else pdf.paragraph(t('noRisks'), 9.5);
  pdf.paragraph(t('insurance'), 9.5);
  if (doc.workAccidentInsurer) pdf.paragraph(t('insurer', { insurer: doc.workAccidentInsurer }), 9.5);

  const committee =
    doc.jointCommittee ?? defaultJointCommittee(doc.contractType, days[0]?.date ?? doc.issuedAt);
  const committeeName = CONTRACT_DOC[`committeeName_${committee}`];
  pdf
    .keep(60)
    .heading(t('sectionCommittee'), 11.5)
    .paragraph(
      `Commission paritaire / Paritair comité ${committee}${committeeName ? ` – ${committeeName[lang]}` : ''}`,
      9.5,
      true,
    )
    .note(t(doc.jointCommittee ? 'committeeChosen' : 'committeeDefault'), 8.5);

  const issued = formatDateTime(doc.issuedAt, lang);
  pdf
    .keep(130)
    .heading(t('sectionFinal'), 11.5)
    .paragraph(t('finalText'), 9.5)
    .space(4)
    .columns(
      [
        { caption: t('forEmployer'), lines: [employer.name, t('issuedElectronically', { date: issued })] },
        { caption: t('theWorker'), lines: [worker.name, t('acceptedElectronically', { date: issued })] },
      ],
      { box: true, minHeight: 64 },
    );

  pdf.pageFooter(entityFooter(employer, lang), (page, total) => t('page', { page, total }));
  return pdf.bytes();
}
