import type { Queryable } from '@partage/db';
import { formatMoney, type Language } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { queueEmail } from '../mail/outbox.ts';
import { amountDue, type InvoiceRow } from '../invoicing/queries.ts';

/**
 * Tells the worker of an invoice (their account's e-mail) and the adviser who follows them about a dispute
 * and its outcome, each in their own language, inside the caller's transaction.
 */
export async function notifyWorkerAndAdviser(
  ctx: AppContext,
  tx: Queryable,
  invoice: InvoiceRow,
  template: 'invoice_disputed' | 'invoice_dispute_resolved',
  text: { reason?: string; outcome?: string },
): Promise<number> {
  if (!invoice.person_id) return 0;
  const { rows } = await tx.query<{ name: string; email: string; language: Language }>(
    `SELECT p.first_name AS name, COALESCE(u.email, p.email) AS email, COALESCE(u.language, p.language) AS language
       FROM people p LEFT JOIN users u ON u.id = p.user_id WHERE p.id = $1
     UNION ALL
     SELECT u.display_name, u.email, u.language FROM adviser_assignments a JOIN users u ON u.id = a.adviser_id
      WHERE a.person_id = $1 AND u.disabled_at IS NULL`,
    [invoice.person_id],
  );
  const link = invoice.contract_id
    ? `${ctx.config.publicUrl}/contracts/${invoice.contract_id}`
    : ctx.config.publicUrl;
  for (const to of rows) {
    await queueEmail(
      tx,
      {
        entityId: invoice.entity_id,
        to: to.email,
        language: to.language,
        template,
        params: {
          name: to.name ?? '',
          number: invoice.number,
          client: invoice.document.client.name,
          amount: formatMoney(amountDue(invoice), to.language),
          reason: text.reason ?? '',
          outcome: text.outcome ?? '',
          link,
        },
      },
      ctx.delivery,
    );
  }
  return rows.length;
}
