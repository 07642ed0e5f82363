import type { Translated } from '@partage/domain';
/** E-mails of the client's own page, in the four languages (merged into the platform's templates). */
export declare const CLIENT_ACCESS_TEMPLATES: Record<string, {
    subject: Translated;
    body: Translated;
}>;
