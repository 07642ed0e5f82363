import type { Queryable } from '@partage/db';
import type { Language } from '@partage/domain';
/**
 * Queues an e-mail inside the caller's transaction: it leaves only if the change that caused it is
 * committed. `kept` e-mails (no SMTP configured) stay readable by staff in the app.
 */
export declare function queueEmail(tx: Queryable, email: {
    entityId: string;
    to: string;
    language: Language;
    template: string;
    params: Record<string, string | number>;
}, delivery: 'smtp' | 'keep'): Promise<void>;
