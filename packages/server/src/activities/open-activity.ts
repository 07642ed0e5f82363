import type { Queryable } from '@partage/db';
import {
  DomainError,
  activityTransition,
  openerParticipant,
  searchTextOf,
  translator,
  validateActivityRequest,
  type ActivityRequestInput,
  type Language,
} from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { queueEmail } from '../mail/outbox.ts';
import { accountFor } from '../ledger/index.ts';
import { requireUser } from '../auth/guards.ts';
import { loadWorker, workerOfUser } from '../contracts/worker.ts';
import { loadBudget } from './budget.ts';
import {
  activityActor,
  loadActivity,
  recordActivityEvent,
  requireDecidingStaff,
  type ActivityRow,
} from './queries.ts';

/** `ACT-BE-PA-000042`. */
async function activityReference(tx: Queryable, entityId: string): Promise<string> {
  const { rows } = await tx.query<{ n: number }>(`SELECT nextval('activity_reference_seq')::int AS n`);
  return `ACT-${entityId}-${String(rows[0]!.n).padStart(6, '0')}`;
}

/**
 * A member asks to open an Activity (name, description, job family, entity). Only a member (sociétaire
 * with issued shares) may ask. The adviser who follows the member is assigned and told; the opener is
 * its first administrator.
 */
export async function requestActivity(
  ctx: AppContext,
  request: FastifyRequest,
  input: ActivityRequestInput,
): Promise<{ id: string; reference: string }> {
  const user = requireUser(request);
  return ctx.db.transaction(async (tx) => {
    const worker = await workerOfUser(tx, user.id, true);
    const valid = validateActivityRequest(input, {
      applicant: {
        isMember: worker.member_status === 'member',
        prestationsWithoutShares: worker.prestations_without_shares,
      },
    });
    const reference = await activityReference(tx, valid.entity);
    const { rows: advisers } = await tx.query<{ adviser_id: string; email: string; language: Language }>(
      `SELECT a.adviser_id, u.email, u.language FROM adviser_assignments a JOIN users u ON u.id = a.adviser_id
        WHERE a.person_id = $1 AND u.disabled_at IS NULL`,
      [worker.person_id],
    );
    const adviser = advisers[0] ?? null;
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO activities (entity_id, reference, name, description, job_family, opened_by, adviser_id, search_text)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        valid.entity,
        reference,
        valid.name,
        valid.description,
        valid.jobFamily,
        worker.person_id,
        adviser?.adviser_id ?? null,
        searchTextOf([reference, valid.name, worker.name]),
      ],
    );
    const id = rows[0]!.id;
    const opener = openerParticipant(worker.person_id);
    await tx.query(
      `INSERT INTO activity_participants (activity_id, person_id, administrator, rights, invited_by)
       VALUES ($1, $2, true, $3, $4)`,
      [id, opener.personId, opener.rights, user.id],
    );
    await recordActivityEvent(tx, id, { action: 'requested', actorId: user.id });
    await audit(tx, request, {
      action: 'activity.request',
      subjectType: 'activity',
      subjectId: id,
      entityId: valid.entity,
      after: { reference, ...valid },
    });
    if (adviser) {
      await queueEmail(
        tx,
        {
          entityId: valid.entity,
          to: adviser.email,
          language: adviser.language,
          template: 'activity_requested',
          params: {
            member: worker.name,
            activity: valid.name,
            reference,
            link: `${ctx.config.publicUrl}/activities/${id}`,
          },
        },
        ctx.delivery,
      );
    }
    return { id, reference };
  });
}

/**
 * An adviser (or an administrator) approves or refuses an opening request. Approval opens the Activity's
 * budget account (never overdrawn without an authorised advance) and activates it in the same
 * transaction; a refusal needs a reason. The opener is told either way.
 */
export async function decideActivity(
  ctx: AppContext,
  request: FastifyRequest,
  activityId: string,
  input: { decision: 'approve' | 'refuse'; reason?: string | undefined },
): Promise<ActivityRow> {
  const user = requireUser(request);
  requireDecidingStaff(user);
  return ctx.db.transaction(async (tx) => {
    const activity = await loadActivity(tx, activityId, true);
    const actor = user.roles.includes('adviser') ? 'adviser' : 'staff';
    const next = activityTransition(activity.status, input.decision, {
      actor,
      ...(input.reason === undefined ? {} : { reason: input.reason }),
    });
    const opener = await loadWorker(tx, activity.opened_by);
    if (next === 'refused') {
      const reason = input.reason!.trim();
      await tx.query(
        `UPDATE activities SET status = 'refused', refusal_reason = $2, decided_at = now(), decided_by = $3
          WHERE id = $1`,
        [activity.id, reason, user.id],
      );
      await recordActivityEvent(tx, activity.id, { action: 'refused', message: reason, actorId: user.id });
      await queueEmail(
        tx,
        {
          entityId: activity.entity_id,
          to: opener.email,
          language: opener.language,
          template: 'activity_refused',
          params: { name: opener.first_name, activity: activity.name, reason },
        },
        ctx.delivery,
      );
    } else {
      const account = await accountFor(
        tx,
        activity.entity_id,
        'activity_budget',
        { type: 'activity', id: activity.id },
        { name: `${activity.reference} ${activity.name}`.slice(0, 200), createdBy: user.id },
      );
      const active = activityTransition(next, 'activate', { actor });
      await tx.query(
        `UPDATE activities SET status = $2, budget_account_id = $3, decided_at = now(), decided_by = $4,
                adviser_id = COALESCE(adviser_id, $4)
          WHERE id = $1`,
        [activity.id, active, account.id, user.id],
      );
      await recordActivityEvent(tx, activity.id, { action: 'approved', actorId: user.id });
      await queueEmail(
        tx,
        {
          entityId: activity.entity_id,
          to: opener.email,
          language: opener.language,
          template: 'activity_opened',
          params: {
            name: opener.first_name,
            activity: activity.name,
            reference: activity.reference,
            link: `${ctx.config.publicUrl}/activities/${activity.id}`,
          },
        },
        ctx.delivery,
      );
    }
    await audit(tx, request, {
      action: `activity.${input.decision}`,
      subjectType: 'activity',
      subjectId: activity.id,
      entityId: activity.entity_id,
      before: { status: activity.status },
      ...(input.reason ? { after: { reason: input.reason } } : {}),
    });
    return loadActivity(tx, activity.id);
  });
}

/**
 * Closes an Activity: its administrator or staff, only when the budget is at zero and nothing is pending
 * (quotes sent, requests waiting, salaries not paid yet, loan instalments left).
 */
export async function closeActivity(
  ctx: AppContext,
  request: FastifyRequest,
  activityId: string,
): Promise<ActivityRow> {
  return ctx.db.transaction(async (tx) => {
    const actor = await activityActor(tx, request, activityId, true);
    const { activity } = actor;
    const role = actor.participant?.administrator
      ? 'administrator'
      : actor.staff && actor.user.roles.some((r) => r === 'adviser' || r === 'admin')
        ? actor.user.roles.includes('adviser')
          ? 'adviser'
          : 'staff'
        : null;
    if (!role) throw DomainError.forbidden('activity.status.actor_forbidden');
    const budget = await loadBudget(tx, activity.id, ctx.clock.today());
    const { rows } = await tx.query<{ n: number }>(
      `SELECT ((SELECT count(*) FROM activity_quotes WHERE activity_id = $1 AND status = 'sent')
             + (SELECT count(*) FROM activity_expense_claims WHERE activity_id = $1 AND status = 'submitted')
             + (SELECT count(*) FROM activity_purchases WHERE activity_id = $1 AND status = 'submitted')
             + (SELECT count(*) FROM activity_salary_requests WHERE activity_id = $1 AND status = 'submitted')
             + (SELECT count(*) FROM contracts WHERE activity_id = $1 AND status IN ('declared', 'on_hold'))
             + (SELECT count(*) FROM activity_cdis WHERE activity_id = $1 AND status = 'active')
             + (SELECT count(*) FROM activity_financing_instalments i JOIN activity_financings f ON f.id = i.financing_id
                 WHERE f.activity_id = $1 AND f.status = 'granted' AND i.paid_on IS NULL))::int AS n`,
      [activity.id],
    );
    const balance = budget.availableCents + budget.issuedNotPaidCents;
    const next = activityTransition(activity.status, 'close', {
      actor: role,
      balanceCents: balance,
      pendingCount: rows[0]!.n,
    });
    await tx.query('UPDATE activities SET status = $2, closed_at = now() WHERE id = $1', [activity.id, next]);
    await recordActivityEvent(tx, activity.id, { action: 'closed', actorId: actor.user.id });
    await audit(tx, request, {
      action: 'activity.close',
      subjectType: 'activity',
      subjectId: activity.id,
      entityId: activity.entity_id,
    });
    return loadActivity(tx, activity.id);
  });
}

/** "Vendre (devis, factures), Dépenser (frais, achats)" in `lang`. */
export function rightsText(rights: readonly string[], lang: Language): string {
  return rights.map((r) => translator.t(lang, `activity.right.label.${r}`)).join(', ');
}
