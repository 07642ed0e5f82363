import type { Queryable } from '@partage/db';
import { formatMoney, translator, type ApprovalStep, type Language } from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { queueEmail } from '../mail/outbox.ts';
import { recordActivityEvent, type ActivityActor } from './queries.ts';

export const APPROVAL_SUBJECTS = ['expense_claim', 'purchase', 'salary_request'] as const;
export type ApprovalSubject = (typeof APPROVAL_SUBJECTS)[number];

/**
 * Tells who must decide the waiting step of a request: the other managers of the Activity for its own
 * step, the adviser who follows it for the staff step (nobody is told when no adviser follows it: the
 * request waits in every adviser's portfolio).
 */
export async function notifyApprovers(
  ctx: AppContext,
  tx: Queryable,
  actor: ActivityActor,
  subjectType: ApprovalSubject,
  subject: { id: string; reference: string; personId: string; amountCents: number },
  step: ApprovalStep,
): Promise<void> {
  const { activity } = actor;
  const { rows: recipients } = await tx.query<{ name: string; email: string; language: Language }>(
    step === 'activity'
      ? `SELECT p.first_name AS name, p.email, p.language FROM activity_participants ap JOIN people p ON p.id = ap.person_id
          WHERE ap.activity_id = $1 AND ap.removed_at IS NULL AND ap.person_id <> $2
            AND (ap.administrator OR 'manage' = ANY(ap.rights))`
      : `SELECT u.display_name AS name, u.email, u.language FROM activities a JOIN users u ON u.id = a.adviser_id
          WHERE a.id = $1 AND $2::uuid IS NOT NULL AND u.disabled_at IS NULL`,
    [activity.id, subject.personId],
  );
  const submitter = actor.participants.find((p) => p.person_id === subject.personId)?.name ?? '';
  for (const recipient of recipients) {
    await queueEmail(
      tx,
      {
        entityId: activity.entity_id,
        to: recipient.email,
        language: recipient.language,
        template: 'activity_approval_waiting',
        params: {
          name: recipient.name,
          submitter,
          what: translator.t(recipient.language, `activity.subject.${subjectType}`),
          reference: subject.reference,
          activity: activity.name,
          amount: formatMoney(subject.amountCents, recipient.language),
          link: `${ctx.config.publicUrl}/activities/${activity.id}`,
        },
      },
      ctx.delivery,
    );
  }
}

export interface Submission {
  subjectType: ApprovalSubject;
  id: string;
  reference: string;
  /** What the request takes from the budget (or pays out), shown to the approvers. */
  amountCents: number;
  route: readonly ApprovalStep[];
  /** The history line (`activity.event.<eventAction>`) and the audit line. */
  eventAction: string;
  eventParams: Record<string, string | number>;
  auditAction: string;
  auditAfter: Record<string, unknown>;
}

/**
 * What every request does once written, in its transaction: a line of the Activity's history, a line of
 * the audit log, and an e-mail to whoever decides its first step.
 */
export async function recordSubmission(
  ctx: AppContext,
  tx: Queryable,
  request: FastifyRequest,
  actor: ActivityActor,
  s: Submission,
): Promise<void> {
  await recordActivityEvent(tx, actor.activity.id, {
    action: s.eventAction,
    subjectType: s.subjectType,
    subjectId: s.id,
    params: { reference: s.reference, ...s.eventParams },
    actorId: actor.user.id,
  });
  await audit(tx, request, {
    action: s.auditAction,
    subjectType: `activity_${s.subjectType}`,
    subjectId: s.id,
    entityId: actor.activity.entity_id,
    after: { reference: s.reference, route: s.route, ...s.auditAfter },
  });
  await notifyApprovers(
    ctx,
    tx,
    actor,
    s.subjectType,
    { id: s.id, reference: s.reference, personId: actor.personId!, amountCents: s.amountCents },
    s.route[0]!,
  );
}
