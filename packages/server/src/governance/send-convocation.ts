import type { FastifyRequest } from 'fastify';
import { DomainError, checkConvocationNotice, formatDate, LANGUAGES, type Language } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { renderEmail } from '../mail/templates.ts';
import { loadAssembly, statutesOf } from './queries.ts';
import { today } from '../membership/queries.ts';
import './mail-templates.ts';

/**
 * Sends the convocation of an assembly to every member of the register, by e-mail in their language,
 * within the statutory notice period. The e-mails are queued in the same transaction (one statement
 * for the whole register) and the assembly becomes `convened`: a second sending is refused.
 */
export async function sendConvocation(ctx: AppContext, request: FastifyRequest, assemblyId: string) {
  return ctx.db.transaction(async (tx) => {
    const assembly = await loadAssembly(tx, assemblyId, true);
    if (assembly.status !== 'draft') throw DomainError.conflict('governance.convocation.already_sent');
    const heldOn = assembly.held_at.toISOString().slice(0, 10);
    checkConvocationNotice(heldOn, today(), statutesOf(assembly.entity_id).convocationNoticeDays);
    const link = `${ctx.config.publicUrl}/governance/assemblies/${assembly.id}`;
    const rendered = Object.fromEntries(
      LANGUAGES.map((lang: Language) => [
        lang,
        renderEmail('governance_convocation', lang, {
          name: '{name}',
          title: assembly.title[lang],
          date: formatDate(heldOn, lang),
          place: assembly.place,
          stream: assembly.stream_url ?? '-',
          link,
        }),
      ]),
    ) as Record<Language, { subject: string; body: string }>;
    const params: unknown[] = [assembly.entity_id, ctx.delivery === 'smtp' ? 'pending' : 'kept'];
    const cases = (part: 'subject' | 'body') =>
      `CASE p.language ${LANGUAGES.map((lang) => {
        params.push(rendered[lang][part]);
        return `WHEN '${lang}' THEN $${params.length}`;
      }).join(' ')} END`;
    const subject = cases('subject');
    const body = cases('body');
    const { rowCount } = await tx.query(
      `INSERT INTO outbox_emails (entity_id, to_address, language, template, subject, body, status)
       SELECT $1, p.email, p.language, 'governance_convocation', ${subject},
              replace(${body}, '{name}', COALESCE(p.legal_name, p.first_name || ' ' || p.last_name)), $2
         FROM members m JOIN people p ON p.id = m.person_id
        WHERE m.entity_id = $1 AND m.status = 'member'`,
      params,
    );
    await tx.query(
      `UPDATE gov_assemblies SET status = 'convened', convened_at = now(), convened_count = $2 WHERE id = $1`,
      [assembly.id, rowCount],
    );
    await audit(tx, request, {
      action: 'governance.convocation_sent',
      subjectType: 'assembly',
      subjectId: assembly.id,
      entityId: assembly.entity_id,
      after: { recipients: rowCount },
    });
    return { recipients: rowCount };
  });
}
