import type { Translated } from '@partage/domain';
/** E-mails of the Activity tool, in the four languages. */
export declare const ACTIVITY_TEMPLATES: Record<
  string,
  {
    subject: Translated;
    body: Translated;
  }
>;
