import type { FastifyRequest } from 'fastify';
import { DomainError, checkRecommendationTransition, type RecommendationStatus } from '@partage/domain';
import type { Queryable } from '@partage/db';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { hasRole } from '../auth/guards.ts';
import type { SessionUser } from '../http/context.ts';
import { memberOfUserIn } from './queries.ts';

/**
 * Working groups open to members (description, meetings, members) and their recommendations, which
 * the board examines and answers (adopted, adapted, refused with reasons) and follows up to
 * implementation, with a status and a history visible to all members (seeds 001:L540-560).
 */
export async function createWorkingGroup(
  ctx: AppContext,
  request: FastifyRequest,
  input: { entityId: string; name: string; description: string },
) {
  return ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      'INSERT INTO gov_working_groups (entity_id, name, description, created_by) VALUES ($1, $2, $3, $4) RETURNING id',
      [input.entityId, input.name, input.description, request.user!.id],
    );
    await audit(tx, request, {
      action: 'governance.group_created',
      subjectType: 'working_group',
      subjectId: rows[0]!.id,
      entityId: input.entityId,
      after: input,
    });
    return { id: rows[0]!.id };
  });
}

async function loadGroup(db: Queryable, id: string) {
  const { rows } = await db.query<{ id: string; entity_id: string; open: boolean }>(
    'SELECT id, entity_id, open FROM gov_working_groups WHERE id = $1',
    [id],
  );
  if (!rows[0]) throw DomainError.notFound();
  return rows[0];
}

export async function joinWorkingGroup(ctx: AppContext, request: FastifyRequest, groupId: string) {
  const group = await loadGroup(ctx.db, groupId);
  const me = await memberOfUserIn(ctx.db, request.user!.id, group.entity_id);
  if (!me || me.status !== 'member') throw DomainError.forbidden('governance.voter.not_member');
  return ctx.db.transaction(async (tx) => {
    const { rowCount } = await tx.query(
      'INSERT INTO gov_group_members (group_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [groupId, me.id],
    );
    if (rowCount === 0) throw DomainError.conflict('governance.group.already_member');
    await audit(tx, request, {
      action: 'governance.group_joined',
      subjectType: 'working_group',
      subjectId: groupId,
      entityId: group.entity_id,
      after: { memberId: me.id },
    });
    return { groupId };
  });
}

/** Group members and administrators may record meetings and publish recommendations. */
async function assertGroupWriter(db: Queryable, user: SessionUser, groupId: string) {
  const group = await loadGroup(db, groupId);
  if (hasRole(user, 'admin')) return group;
  const me = await memberOfUserIn(db, user.id, group.entity_id);
  const { rows } = me
    ? await db.query('SELECT 1 FROM gov_group_members WHERE group_id = $1 AND member_id = $2', [
        groupId,
        me.id,
      ])
    : { rows: [] };
  if (!rows[0]) throw DomainError.forbidden();
  return group;
}

export async function addMeeting(
  ctx: AppContext,
  request: FastifyRequest,
  groupId: string,
  input: { heldAt: string; place: string; notes?: string },
) {
  const group = await assertGroupWriter(ctx.db, request.user!, groupId);
  return ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      'INSERT INTO gov_group_meetings (group_id, held_at, place, notes) VALUES ($1, $2, $3, $4) RETURNING id',
      [groupId, input.heldAt, input.place, input.notes ?? null],
    );
    await audit(tx, request, {
      action: 'governance.meeting_recorded',
      subjectType: 'working_group',
      subjectId: groupId,
      entityId: group.entity_id,
      after: input,
    });
    return { id: rows[0]!.id };
  });
}

export async function publishRecommendation(
  ctx: AppContext,
  request: FastifyRequest,
  groupId: string,
  input: { title: string; body: string },
) {
  const group = await assertGroupWriter(ctx.db, request.user!, groupId);
  return ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      'INSERT INTO gov_recommendations (group_id, title, body) VALUES ($1, $2, $3) RETURNING id',
      [groupId, input.title, input.body],
    );
    const id = rows[0]!.id;
    await tx.query(
      `INSERT INTO gov_recommendation_events (recommendation_id, from_status, to_status, decided_by) VALUES ($1, NULL, 'published', $2)`,
      [id, request.user!.id],
    );
    await audit(tx, request, {
      action: 'governance.recommendation_published',
      subjectType: 'recommendation',
      subjectId: id,
      entityId: group.entity_id,
      after: input,
    });
    return { id };
  });
}

/**
 * Moves a recommendation along its follow-up. The board examines and answers; the board or an
 * administrator records the implementation. Reasons are required to adapt or refuse.
 */
export async function answerRecommendation(
  ctx: AppContext,
  request: FastifyRequest,
  id: string,
  input: { to: RecommendationStatus; reason?: string },
) {
  const user = request.user!;
  const answering = ['under_examination', 'adopted', 'adapted', 'refused'].includes(input.to);
  if (answering ? !hasRole(user, 'board') : !hasRole(user, 'board', 'admin')) throw DomainError.forbidden();
  return ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ status: RecommendationStatus; entity_id: string }>(
      `SELECT r.status, g.entity_id FROM gov_recommendations r JOIN gov_working_groups g ON g.id = r.group_id
        WHERE r.id = $1 FOR UPDATE OF r`,
      [id],
    );
    if (!rows[0]) throw DomainError.notFound();
    checkRecommendationTransition(rows[0].status, input.to, input.reason);
    await tx.query(
      `UPDATE gov_recommendations SET status = $2, answer = COALESCE($3, answer), updated_at = now() WHERE id = $1`,
      [id, input.to, input.reason?.trim() || null],
    );
    await tx.query(
      `INSERT INTO gov_recommendation_events (recommendation_id, from_status, to_status, reason, decided_by)
       VALUES ($1, $2, $3, $4, $5)`,
      [id, rows[0].status, input.to, input.reason?.trim() || null, user.id],
    );
    await audit(tx, request, {
      action: 'governance.recommendation_status',
      subjectType: 'recommendation',
      subjectId: id,
      entityId: rows[0].entity_id,
      before: { status: rows[0].status },
      after: { status: input.to, reason: input.reason ?? null },
    });
    return { id, status: input.to };
  });
}

/** Working groups with their members, meetings and recommendations (with history), for every member. */
export async function listWorkingGroups(db: Queryable, entityId: string, userId: string) {
  const { rows: groups } = await db.query<{
    id: string;
    name: string;
    description: string;
    open: boolean;
    members: number;
  }>(
    `SELECT g.id, g.name, g.description, g.open, (SELECT count(*)::int FROM gov_group_members gm WHERE gm.group_id = g.id) AS members
       FROM gov_working_groups g WHERE g.entity_id = $1 ORDER BY g.created_at`,
    [entityId],
  );
  const ids = groups.map((g) => g.id);
  const { rows: meetings } = await db.query<{
    group_id: string;
    held_at: Date;
    place: string;
    notes: string | null;
  }>(
    'SELECT group_id, held_at, place, notes FROM gov_group_meetings WHERE group_id = ANY($1::uuid[]) ORDER BY held_at',
    [ids],
  );
  const { rows: recs } = await db.query<{
    id: string;
    group_id: string;
    title: string;
    body: string;
    status: string;
    answer: string | null;
    published_at: Date;
  }>('SELECT * FROM gov_recommendations WHERE group_id = ANY($1::uuid[]) ORDER BY published_at', [ids]);
  const { rows: events } = await db.query<{
    recommendation_id: string;
    from_status: string | null;
    to_status: string;
    reason: string | null;
    at: Date;
  }>(
    `SELECT recommendation_id, from_status, to_status, reason, at FROM gov_recommendation_events
      WHERE recommendation_id = ANY($1::uuid[]) ORDER BY at`,
    [recs.map((r) => r.id)],
  );
  const { rows: mine } = await db.query<{ group_id: string }>(
    `SELECT gm.group_id FROM gov_group_members gm JOIN members m ON m.id = gm.member_id JOIN people p ON p.id = m.person_id
      WHERE p.user_id = $1`,
    [userId],
  );
  return groups.map((g) => ({
    ...g,
    iAmMember: mine.some((m) => m.group_id === g.id),
    meetings: meetings
      .filter((m) => m.group_id === g.id)
      .map((m) => ({ heldAt: m.held_at.toISOString(), place: m.place, notes: m.notes })),
    recommendations: recs
      .filter((r) => r.group_id === g.id)
      .map((r) => ({
        id: r.id,
        title: r.title,
        body: r.body,
        status: r.status,
        answer: r.answer,
        publishedAt: r.published_at.toISOString(),
        history: events
          .filter((e) => e.recommendation_id === r.id)
          .map((e) => ({ from: e.from_status, to: e.to_status, reason: e.reason, at: e.at.toISOString() })),
      })),
  }));
}
