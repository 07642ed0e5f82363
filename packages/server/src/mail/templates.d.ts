import { type Language, type Translated } from '@partage/domain';
export declare const TEMPLATES: Record<string, {
    subject: Translated;
    body: Translated;
}>;
export declare function renderEmail(template: string, language: Language, params: Record<string, string | number>): {
    subject: string;
    body: string;
};
