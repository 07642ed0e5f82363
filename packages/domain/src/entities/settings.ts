import type { Language, Translated } from '../i18n/languages.ts';
import type { ReminderSchedule } from '../receivables/schedule.ts';

export type ShareCategoryCode = 'A' | 'B' | 'C';
export type PersonKind = 'natural' | 'legal';

export interface ShareCategory {
  code: ShareCategoryCode;
  label: Translated;
  /** Nominal value of one share, in cents. Refunds never exceed it. */
  nominalCents: number;
  /** Minimum number of shares a holder of this category must subscribe. */
  minShares: number;
  /** Who may hold this category. */
  eligible: PersonKind[];
}

/** Settings of one legal entity of the group. Rates carry their source in the entity catalogue. */
export interface EntitySettings {
  /** Share categories: only for an entity that keeps a register of members (a cooperative). */
  shareCategories: ShareCategory[];
  /** May one member hold shares of several categories? */
  allowMixedCategories: boolean;
  /** May shares be transferred to another member (statutes)? */
  transfersAllowed: boolean;
  /** Mutualised fee on the amount invoiced excluding VAT, in basis points. */
  feeRateBp: number;
  /** Salary paid this many days after the end of the work. */
  salaryPaymentDelayDays: number;
  /** Operating languages of the entity. */
  languages: Language[];
  /** First digit(s) of the structured communications of share subscriptions (unique per entity). */
  shareReferencePrefix: number;
  /** Months of the financial year end (12 = calendar year). */
  financialYearEndMonth: number;
  /**
   * Reminders of unpaid invoices, in days after the due date (`receivables/schedule.ts`). Migration 0012
   * gave the default to entities saved before; `reminderScheduleOf` falls back to it as well.
   */
  reminders: ReminderSchedule;
}

export interface EntityDefinition {
  id: string;
  parentId: string | null;
  name: string;
  legalForm: string;
  country: string;
  enterpriseNumber: string | null;
  vatNumber: string | null;
  iban: string | null;
  bic: string | null;
  address: string;
  currency: string;
  /** True for the cooperative that keeps the register of members. */
  holdsRegister: boolean;
  settings: EntitySettings;
}

export function shareCategory(settings: EntitySettings, code: string): ShareCategory | undefined {
  return settings.shareCategories.find((c) => c.code === code);
}
