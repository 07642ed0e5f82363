/** The declaration wizard's state, its defaults, and the request body it becomes. */
import type { ContractOptions, DeclarationBody } from './types.ts';

export interface DayRow {
  /** A stable key for React while rows are added and removed. */
  key: number;
  date: string;
  hours: number | string;
}

export interface DeclarationForm {
  entityId: string;
  contractType: string;
  jobFamily: string;
  jobCode: string;
  description: string;
  countryOfWork: string;
  risks: string[];
  days: DayRow[];
  /** Euros as typed (the NumberInput gives a number, or '' when empty). */
  amountEuros: number | string;
  vatTreatment: string;
  withholdingPercent: number | string;
  expensesEuros: number | string;
  posting: {
    hostName: string;
    street: string;
    postalCode: string;
    city: string;
    startDate: string;
    endDate: string;
  };
}

/** The next calendar day of an ISO date. */
export function nextDay(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

let rowKey = 0;
export function newDayRow(date: string, hours: number | string): DayRow {
  rowKey += 1;
  return { key: rowKey, date, hours };
}

/** A first declaration: tomorrow, a standard day, the entity's default contract type and its minimum withholding. */
export function initialForm(options: ContractOptions): DeclarationForm {
  const entity = options.entities.find((e) => e.id === options.defaults.entity) ?? options.entities[0];
  const type =
    entity?.contractTypes.find((c) => c.id === options.defaults.contractType) ?? entity?.contractTypes[0];
  const first = nextDay(options.today);
  return {
    entityId: entity?.id ?? 'BE-PA',
    contractType: type?.id ?? 'employee',
    jobFamily: '',
    jobCode: '',
    description: '',
    countryOfWork: 'BE',
    risks: [],
    days: [newDayRow(first, options.limits.standardHoursPerDay)],
    amountEuros: '',
    vatTreatment: 'standard_21',
    withholdingPercent: (type?.minWithholdingRateBp ?? 0) / 100,
    expensesEuros: 0,
    posting: { hostName: '', street: '', postalCode: '', city: '', startDate: '', endDate: '' },
  };
}

/** Euros (two decimals at most) to integer cents, without float drift: 12.3 → 1230. */
export function toCents(euros: number | string): number {
  const n = typeof euros === 'number' ? euros : Number(String(euros).replace(',', '.'));
  return Number.isFinite(n) ? Math.round(n * 100) : 0;
}

/** A percentage to basis points: 11.11 → 1111. */
export function toBasisPoints(percentValue: number | string): number {
  return toCents(percentValue);
}

/** Country of the employing entities of the Contract tool: work elsewhere is a posting abroad. */
export const ENTITY_COUNTRY = 'BE';

export function isPosted(form: DeclarationForm): boolean {
  return form.countryOfWork !== ENTITY_COUNTRY;
}

export function sortedDates(form: DeclarationForm): string[] {
  return form.days
    .map((d) => d.date)
    .filter(Boolean)
    .sort();
}

export function toBody(form: DeclarationForm, clientId: string): DeclarationBody {
  const dates = sortedDates(form);
  return {
    entityId: form.entityId,
    clientId,
    jobCode: form.jobCode,
    description: form.description,
    countryOfWork: form.countryOfWork,
    risks: form.risks,
    days: form.days.map((d) => ({ date: d.date, hours: Number(d.hours) || 0 })),
    contractType: form.contractType,
    amountExclVatCents: toCents(form.amountEuros),
    vatTreatment: form.vatTreatment,
    withholdingRateBp: toBasisPoints(form.withholdingPercent),
    expensesCents: toCents(form.expensesEuros || 0),
    ...(isPosted(form)
      ? {
          posting: {
            ...form.posting,
            startDate: form.posting.startDate || dates[0] || '',
            endDate: form.posting.endDate || dates[dates.length - 1] || '',
          },
        }
      : {}),
  };
}

/** The fields each input of the work step shows; anything else the server names is listed above the form. */
export const WORK_FIELDS = [
  'entityId',
  'contractType',
  'jobCode',
  'description',
  'countryOfWork',
  'risks',
  'days',
  'amountExclVatCents',
  'vatTreatment',
  'withholdingRateBp',
  'expensesCents',
];

/** Which step of the wizard a server field error belongs to: 0 the client, 1 the work. */
export function stepOfField(field: string): number {
  return field === 'clientId' || field.startsWith('client') ? 0 : 1;
}

/** True when the work step shows this field's error next to an input. */
export function isShownOnWorkStep(field: string): boolean {
  return (
    WORK_FIELDS.includes(field) ||
    /^days\.\d+\.(date|hours)$/.test(field) ||
    /^risks\.\d+$/.test(field) ||
    field.startsWith('posting.')
  );
}
