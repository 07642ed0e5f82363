import nodemailer from 'nodemailer';
import type { Db } from '@partage/db';
import type { FastifyBaseLogger } from 'fastify';

/**
 * Sends pending e-mails through SMTP. Any number of server processes may run it: each takes a batch
 * with `FOR UPDATE SKIP LOCKED`, so no e-mail is sent twice.
 */
export function startMailSender(db: Db, smtpUrl: string, from: string, log: FastifyBaseLogger): () => void {
  const transport = nodemailer.createTransport(smtpUrl);
  let stopped = false;
  async function tick() {
    await db.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: number; to_address: string; subject: string; body: string }>(
        `SELECT id, to_address, subject, body FROM outbox_emails
          WHERE status = 'pending' AND attempts < 5 ORDER BY id LIMIT 20 FOR UPDATE SKIP LOCKED`,
      );
      for (const email of rows) {
        try {
          await transport.sendMail({ from, to: email.to_address, subject: email.subject, text: email.body });
          await tx.query(
            `UPDATE outbox_emails SET status = 'sent', sent_at = now(), attempts = attempts + 1 WHERE id = $1`,
            [email.id],
          );
        } catch (error) {
          log.warn({ err: error, email: email.id }, 'e-mail not sent');
          await tx.query(
            `UPDATE outbox_emails SET attempts = attempts + 1, last_error = $2,
                    status = CASE WHEN attempts + 1 >= 5 THEN 'failed' ELSE 'pending' END WHERE id = $1`,
            [email.id, String(error).slice(0, 500)],
          );
        }
      }
    });
  }
  const timer = setInterval(() => {
    if (!stopped) tick().catch((error) => log.error({ err: error }, 'mail sender failed'));
  }, 5_000);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
