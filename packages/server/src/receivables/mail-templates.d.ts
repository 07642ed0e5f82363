import { type Language, type LatePaymentRegime, type Translated } from '@partage/domain';
/**
 * E-mails of the receivables: reminders to clients, in the client's language, and the notices of a dispute
 * to the worker and their adviser. `{placeholders}` are filled by the caller; `{costs}` and `{basis}` are
 * sentences chosen by the debtor's regime (`costsNotice`, `legalBasis` below).
 */
export declare const RECEIVABLES_TEMPLATES: Record<string, {
    subject: Translated;
    body: Translated;
}>;
/** The sentence of a free reminder about the costs that may follow, in the client's language. */
export declare function costsNotice(regime: LatePaymentRegime, language: Language, params: {
    rate: string;
    compensation: string;
    deadline: string;
}): string;
/** The legal basis of what a formal notice claims. */
export declare function legalBasis(regime: LatePaymentRegime, language: Language): string;
