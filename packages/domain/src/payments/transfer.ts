/**
 * SEPA credit transfers: the rules of a payment file that do not depend on XML. Field lengths follow the
 * ISO 20022 pain.001.001.09 message as restricted by the EPC SCT customer-to-bank implementation
 * guidelines (names 70 characters, unstructured remittance 140, identifiers 35, amounts in euro with two
 * decimals between 0.01 and 999,999,999.99).
 */
import type { Language } from '../i18n/languages.ts';
import { isSepaReference, toSepaText } from './charset.ts';

export const PAYMENT_ORDER_KINDS = ['salary', 'expenses', 'share_refund', 'supplier'] as const;
export type PaymentOrderKind = (typeof PAYMENT_ORDER_KINDS)[number];

export const PAYMENT_ORDER_STATUSES = ['pending', 'exported', 'paid', 'returned'] as const;
export type PaymentOrderStatus = (typeof PAYMENT_ORDER_STATUSES)[number];

export const PAYMENT_BATCH_STATUSES = ['exported', 'partially_confirmed', 'confirmed'] as const;
export type PaymentBatchStatus = (typeof PAYMENT_BATCH_STATUSES)[number];

/** EPC: the creditor's and debtor's names are cut at 70 characters. */
export const SEPA_NAME_MAX = 70;
/** ISO Max140Text: one unstructured remittance line. */
export const SEPA_REMITTANCE_MAX = 140;
/** ISO Max35Text: MsgId, PmtInfId, EndToEndId. */
export const SEPA_REFERENCE_MAX = 35;
/** EPC: the largest amount of one SEPA credit transfer, in cents (999,999,999.99 EUR). */
export const SEPA_MAX_AMOUNT_CENTS = 99_999_999_999;

/** ISO 20022 purpose code of a salary payment (ExternalPurpose1Code `SALA`). */
export const PURPOSE_SALARY = 'SALA';

/** Short code of each kind in the end-to-end id, readable on the beneficiary's statement. */
const KIND_CODE: Record<PaymentOrderKind, string> = {
  salary: 'SAL',
  expenses: 'EXP',
  share_refund: 'REF',
  supplier: 'SUP',
};

function reference(value: string): string {
  if (!isSepaReference(value)) throw new RangeError(`not a SEPA reference: ${value}`);
  return value;
}

/** `BE-PA-SAL-00000042`: the entity, the kind of payment and a number unique across the platform. */
export function endToEndId(entityId: string, kind: PaymentOrderKind, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`bad sequence ${sequence}`);
  return reference(`${entityId}-${KIND_CODE[kind]}-${String(sequence).padStart(8, '0')}`);
}

/** `BE-PA-SCT-20260315-000007`: the file's message id, from the entity, the day it is built and a number. */
export function messageId(entityId: string, createdOn: string, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`bad sequence ${sequence}`);
  return reference(`${entityId}-SCT-${createdOn.replaceAll('-', '')}-${String(sequence).padStart(6, '0')}`);
}

/** `<message id>-01`: the id of the n-th payment information block (one per execution date) of a file. */
export function paymentInformationId(msgId: string, index: number): string {
  if (!Number.isInteger(index) || index < 1 || index > 99) throw new RangeError(`bad block index ${index}`);
  return reference(`${msgId}-${String(index).padStart(2, '0')}`);
}

/** Cents as an ISO 20022 decimal amount with two decimals: `123456` → `"1234.56"`. */
export function centsToSepaAmount(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`bad amount ${cents}`);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** Whether one transfer may carry this amount (EPC range, integer cents). */
export function isSepaAmount(cents: number): boolean {
  return Number.isSafeInteger(cents) && cents >= 1 && cents <= SEPA_MAX_AMOUNT_CENTS;
}

export interface Dated {
  requestedExecutionDate: string;
  amountCents: number;
}

export interface ExecutionGroup<T extends Dated> {
  requestedExecutionDate: string;
  items: T[];
  numberOfTransactions: number;
  controlSumCents: number;
}

/** Sums cents exactly (integers only). */
export function controlSum(items: readonly { amountCents: number }[]): number {
  return items.reduce((sum, item) => sum + item.amountCents, 0);
}

/**
 * The orders of a file grouped per requested execution date (one payment information block each), the
 * dates in ascending order, each order kept in its given order within its date, with the block's number of
 * transactions and control sum.
 */
export function groupByExecutionDate<T extends Dated>(items: readonly T[]): ExecutionGroup<T>[] {
  const byDate = new Map<string, T[]>();
  for (const item of items) {
    const list = byDate.get(item.requestedExecutionDate) ?? [];
    list.push(item);
    byDate.set(item.requestedExecutionDate, list);
  }
  return [...byDate.keys()].sort().map((date) => {
    const group = byDate.get(date)!;
    return {
      requestedExecutionDate: date,
      items: group,
      numberOfTransactions: group.length,
      controlSumCents: controlSum(group),
    };
  });
}

/** A beneficiary's or the debtor's name, as a SEPA file may carry it (may be empty: see `toSepaText`). */
export function sepaName(name: string): string {
  return toSepaText(name, SEPA_NAME_MAX);
}

const dateIn = (date: string, language: Language) => {
  const [y, m, d] = date.split('-');
  return language === 'de' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
};

const SALARY_LABEL: Record<Language, { salary: string; withExpenses: string; period: string }> = {
  fr: { salary: 'Salaire', withExpenses: 'Salaire et frais', period: 'periode' },
  nl: { salary: 'Loon', withExpenses: 'Loon en onkosten', period: 'periode' },
  en: { salary: 'Salary', withExpenses: 'Salary and expenses', period: 'period' },
  de: { salary: 'Lohn', withExpenses: 'Lohn und Spesen', period: 'Zeitraum' },
};

/**
 * What the worker reads on their bank statement for a salary, in their language: the payslip number and
 * the period worked. `Salaire et frais PS-BE-PA-2026-000012 periode 02/03/2026 - 06/03/2026`.
 */
export function salaryRemittance(
  language: Language,
  payslipNumber: string,
  periodFrom: string,
  periodTo: string,
  withExpenses: boolean,
): string {
  const label = SALARY_LABEL[language];
  const period =
    periodFrom === periodTo
      ? dateIn(periodFrom, language)
      : `${dateIn(periodFrom, language)} - ${dateIn(periodTo, language)}`;
  return toSepaText(
    `${withExpenses ? label.withExpenses : label.salary} ${payslipNumber} ${label.period} ${period}`,
    SEPA_REMITTANCE_MAX,
  );
}

const REFUND_LABEL: Record<Language, (year: number, memberNumber: number | null) => string> = {
  fr: (year, n) => `Remboursement de parts exercice ${year}${n ? ` associe ${n}` : ''}`,
  nl: (year, n) => `Terugbetaling aandelen boekjaar ${year}${n ? ` vennoot ${n}` : ''}`,
  en: (year, n) => `Refund of shares financial year ${year}${n ? ` member ${n}` : ''}`,
  de: (year, n) => `Rueckzahlung Geschaeftsanteile Geschaeftsjahr ${year}${n ? ` Mitglied ${n}` : ''}`,
};

/** What a former member reads on their statement for the refund of their shares, in their language. */
export function shareRefundRemittance(
  language: Language,
  financialYear: number,
  memberNumber: number | null,
): string {
  return toSepaText(REFUND_LABEL[language](financialYear, memberNumber), SEPA_REMITTANCE_MAX);
}

const EXPENSE_LABEL: Record<Language, string> = {
  fr: 'Remboursement note de frais',
  nl: 'Terugbetaling onkostennota',
  en: 'Expense claim refund',
  de: 'Erstattung Spesenabrechnung',
};

/** What a participant reads on their statement for an expense claim refund, in their language. */
export function expenseRemittance(language: Language, reference: string): string {
  return toSepaText(`${EXPENSE_LABEL[language]} ${reference}`, SEPA_REMITTANCE_MAX);
}

/** ISO 20022 purpose code of a payment to a supplier (ExternalPurpose1Code `SUPP`). */
export const PURPOSE_SUPPLIER = 'SUPP';
