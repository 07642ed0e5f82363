import type { Translated } from '@partage/domain';
/** E-mails of the Contract tool, in the four languages (merged into the platform's templates). */
export declare const CONTRACT_TEMPLATES: Record<string, {
    subject: Translated;
    body: Translated;
}>;
