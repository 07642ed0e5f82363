import type { Queryable } from '@partage/db';
import { DomainError, budgetView, translator, type ActivitySettings, type Language } from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { requireUser } from '../auth/guards.ts';
import { audit } from '../audit/record.ts';
import type { SessionUser } from '../http/context.ts';
import { UUID } from '../ledger/accounts.ts';
import { budgetFigures } from './budget.ts';
import { alertsOf, presentActivity, presentAlert } from './read.ts';
import { requireDecidingStaff, settingsOf, type ActivityRow } from './queries.ts';

const PORTFOLIO_LIMIT = 500;

type PortfolioRow = ActivityRow & { entity_name: string; opener_name: string; adviser_name: string | null };

/** Activities with the names lists show (entity, opener, adviser). */
export const ACTIVITY_WITH_NAMES = `
  SELECT a.*, e.name AS entity_name, p.first_name || ' ' || p.last_name AS opener_name,
         u.display_name AS adviser_name
    FROM activities a JOIN entities e ON e.id = a.entity_id JOIN people p ON p.id = a.opened_by
    LEFT JOIN users u ON u.id = a.adviser_id`;

/**
 * The adviser's portfolio: the Activities they follow (an administrator may see all), each with its budget
 * and alerts, critical first; the opening requests waiting for a decision; the requests waiting for the
 * staff step; the financing requests; the members they follow with their last meeting.
 */
export async function portfolio(ctx: AppContext, request: FastifyRequest, scope: 'mine' | 'all') {
  const user = requireUser(request);
  requireDecidingStaff(user);
  const lang = request.lang as Language;
  const today = ctx.clock.today();
  const all = scope === 'all';
  const db = ctx.db;
  const { rows: activities } = await db.query<PortfolioRow>(
    `${ACTIVITY_WITH_NAMES}
      WHERE a.status IN ('requested', 'active') AND ($1 OR a.adviser_id = $2 OR (a.adviser_id IS NULL AND a.status = 'requested'))
      ORDER BY a.status = 'requested' DESC, a.requested_at LIMIT ${PORTFOLIO_LIMIT}`,
    [all, user.id],
  );
  const active = activities.filter((a) => a.status === 'active');
  const ids = active.map((a) => a.id);
  const figures = await budgetFigures(db, ids, today);
  const budgets = new Map(ids.map((id) => [id, budgetView(figures.get(id)!)]));
  const settings = new Map<string, ActivitySettings>();
  const settingsOfEntity = async (entityId: string) => {
    if (!settings.has(entityId)) settings.set(entityId, await settingsOf(db, entityId));
    return settings.get(entityId)!;
  };
  const alerts = await alertsOf(
    db,
    ids,
    budgets,
    today,
    settingsOfEntity,
    new Map(active.map((a) => [a.id, a.entity_id])),
  );
  const followed = active
    .map((a) => {
      const b = budgets.get(a.id)!;
      const list = alerts.get(a.id) ?? [];
      return {
        ...presentActivity(a, lang),
        budget: {
          availableCents: b.availableCents,
          freeCents: b.freeCents,
          issuedNotPaidCents: b.issuedNotPaidCents,
          projectedCents: b.projectedCents,
          committedCents: b.committedCents,
        },
        alerts: list.map((x) => presentAlert(x, lang)),
        critical: list.some((x) => x.severity === 'critical'),
      };
    })
    .sort((x, y) => Number(y.critical) - Number(x.critical) || y.alerts.length - x.alerts.length);
  const [approvals, financings, members] = await Promise.all([
    waitingForStaff(db, user, all),
    db.query(
      `SELECT f.id, f.reference, f.kind, f.principal_cents::bigint AS "principalCents", f.months,
              f.arrangement_fee_cents::bigint AS "feeCents", f.purpose, a.id AS "activityId", a.name AS "activityName",
              f.requested_at AS "requestedAt"
         FROM activity_financings f JOIN activities a ON a.id = f.activity_id
        WHERE f.status = 'requested' AND ($1 OR a.adviser_id = $2) ORDER BY f.requested_at`,
      [all, user.id],
    ),
    db.query(
      `SELECT p.id AS "personId", p.first_name || ' ' || p.last_name AS name, p.email, m.member_number AS "memberNumber",
              u.display_name AS "adviserName",
              (SELECT max(n.met_on)::text FROM adviser_notes n WHERE n.person_id = p.id) AS "lastNoteOn",
              (SELECT count(*)::int FROM activity_participants ap JOIN activities a ON a.id = ap.activity_id
                WHERE ap.person_id = p.id AND ap.removed_at IS NULL AND a.status IN ('requested', 'active'))
                AS "activityCount"
         FROM adviser_assignments s JOIN people p ON p.id = s.person_id JOIN users u ON u.id = s.adviser_id
         LEFT JOIN members m ON m.person_id = p.id AND m.entity_id = p.entity_id
        WHERE $1 OR s.adviser_id = $2 ORDER BY p.last_name, p.first_name LIMIT ${PORTFOLIO_LIMIT}`,
      [all, user.id],
    ),
  ]);
  return {
    openingRequests: activities.filter((a) => a.status === 'requested').map((a) => presentActivity(a, lang)),
    activities: followed,
    approvals,
    financings: financings.rows.map((f) => ({
      ...f,
      kindLabel: translator.t(lang, `activity.financing.kind.${String(f.kind)}`),
      principalCents: Number(f.principalCents),
      feeCents: Number(f.feeCents),
    })),
    members: members.rows,
  };
}

/** Expense claims, purchases and salary requests whose waiting step is the staff step. */
async function waitingForStaff(db: Queryable, user: SessionUser, all: boolean) {
  const part = (table: string, type: string, amount: string) => `
    SELECT '${type}' AS "subjectType", x.id, x.reference, x.${amount}::bigint AS "amountCents", a.id AS "activityId",
           a.name AS "activityName", p.first_name || ' ' || p.last_name AS "personName",
           x.submitted_on::text AS "submittedOn"
      FROM ${table} x JOIN activities a ON a.id = x.activity_id JOIN people p ON p.id = x.person_id
     WHERE x.status = 'submitted' AND ($1 OR a.adviser_id = $2)
       AND x.route[1 + (SELECT count(*) FROM activity_approvals ap WHERE ap.subject_type = '${type}'
             AND ap.subject_id = x.id AND ap.decision = 'approve')::int] = 'staff'`;
  const { rows } = await db.query<{ amountCents: number }>(
    `${part('activity_expense_claims', 'expense_claim', 'claimed_cents')}
     UNION ALL ${part('activity_purchases', 'purchase', 'total_incl_vat_cents')}
     UNION ALL ${part('activity_salary_requests', 'salary_request', 'employer_cost_cents')}
     ORDER BY "submittedOn" LIMIT ${PORTFOLIO_LIMIT}`,
    [all, user.id],
  );
  return rows.map((r) => ({ ...r, amountCents: Number(r.amountCents) }));
}

export const NOTE_KINDS = ['meeting', 'call', 'email', 'note'] as const;

/**
 * An adviser's note of a meeting, a call or an e-mail with a member (optionally about one Activity): the
 * history of the member's relation with the cooperative. Notes are never edited; staff only read them.
 */
export async function writeNote(
  ctx: AppContext,
  request: FastifyRequest,
  personId: string,
  input: { kind: (typeof NOTE_KINDS)[number]; metOn: string; body: string; activityId?: string | undefined },
): Promise<{ id: string }> {
  const user = requireUser(request);
  requireDecidingStaff(user);
  if (!UUID.test(personId)) throw DomainError.notFound();
  if (input.metOn > ctx.clock.today()) throw DomainError.field('metOn', 'field.date_in_future');
  return ctx.db.transaction(async (tx) => {
    const { rows: person } = await tx.query('SELECT 1 FROM people WHERE id = $1', [personId]);
    if (!person[0]) throw DomainError.notFound();
    if (input.activityId) {
      const { rows } = await tx.query(
        'SELECT 1 FROM activity_participants WHERE activity_id = $1 AND person_id = $2',
        [input.activityId, personId],
      );
      if (!rows[0]) throw DomainError.field('activityId', 'activity.participant.unknown');
    }
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO adviser_notes (person_id, activity_id, kind, met_on, body, author_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [personId, input.activityId ?? null, input.kind, input.metOn, input.body.trim(), user.id],
    );
    await audit(tx, request, {
      action: 'adviser.note.write',
      subjectType: 'person',
      subjectId: personId,
      after: { kind: input.kind, metOn: input.metOn, activityId: input.activityId ?? null },
    });
    return { id: rows[0]!.id };
  });
}

/** A member's relation with the cooperative as their advisers see it: notes, Activities, followed since. */
export async function relationOf(ctx: AppContext, request: FastifyRequest, personId: string) {
  const user = requireUser(request);
  requireDecidingStaff(user);
  if (!UUID.test(personId)) throw DomainError.notFound();
  const lang = request.lang as Language;
  const [{ rows: person }, { rows: notes }, { rows: activities }] = await Promise.all([
    ctx.db.query(
      `SELECT p.id AS "personId", p.first_name || ' ' || p.last_name AS name, p.email, p.language,
              m.member_number AS "memberNumber", m.status AS "memberStatus", m.admitted_on::text AS "admittedOn",
              u.display_name AS "adviserName"
         FROM people p LEFT JOIN members m ON m.person_id = p.id AND m.entity_id = p.entity_id
         LEFT JOIN adviser_assignments s ON s.person_id = p.id LEFT JOIN users u ON u.id = s.adviser_id
        WHERE p.id = $1`,
      [personId],
    ),
    ctx.db.query(
      `SELECT n.id, n.kind, n.met_on::text AS "metOn", n.body, n.activity_id AS "activityId", a.name AS "activityName",
              u.display_name AS "authorName", n.created_at AS "createdAt"
         FROM adviser_notes n JOIN users u ON u.id = n.author_id LEFT JOIN activities a ON a.id = n.activity_id
        WHERE n.person_id = $1 ORDER BY n.met_on DESC, n.created_at DESC`,
      [personId],
    ),
    ctx.db.query<PortfolioRow>(
      `${ACTIVITY_WITH_NAMES} JOIN activity_participants ap ON ap.activity_id = a.id
        WHERE ap.person_id = $1 ORDER BY a.requested_at DESC`,
      [personId],
    ),
  ]);
  if (!person[0]) throw DomainError.notFound();
  return { person: person[0], notes, activities: activities.map((a) => presentActivity(a, lang)) };
}
