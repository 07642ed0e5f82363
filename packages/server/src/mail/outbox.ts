import type { Queryable } from '@partage/db';
import type { Language } from '@partage/domain';
import { renderEmail } from './templates.ts';

/**
 * Queues an e-mail inside the caller's transaction: it leaves only if the change that caused it is
 * committed. `kept` e-mails (no SMTP configured) stay readable by staff in the app.
 */
export async function queueEmail(
  tx: Queryable,
  email: {
    entityId: string;
    to: string;
    language: Language;
    template: string;
    params: Record<string, string | number>;
  },
  delivery: 'smtp' | 'keep',
): Promise<void> {
  const { subject, body } = renderEmail(email.template, email.language, email.params);
  await tx.query(
    `INSERT INTO outbox_emails (entity_id, to_address, language, template, subject, body, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      email.entityId,
      email.to,
      email.language,
      email.template,
      subject,
      body,
      delivery === 'smtp' ? 'pending' : 'kept',
    ],
  );
}
