import type { FastifyRequest } from 'fastify';
import type { Queryable } from '@partage/db';
import {
  DomainError,
  formatDate,
  promoteFromWaitingList,
  registrationStateFor,
  type Language,
} from '@partage/domain';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { queueEmail } from '../mail/outbox.ts';
import './mail-templates.ts';

/**
 * Information sessions for newcomers (seeds 003:L3044-3051: 548 sessions, 8,697 participants in 2020,
 * online since 2020, FR/NL/DE and EN in Brussels): a calendar per office and language, online or in
 * person, registration with a capacity and a waiting list, a reminder e-mail, attendance and the
 * figures per year.
 */
interface SessionRow {
  id: string;
  entity_id: string;
  office: string;
  language: Language;
  mode: 'online' | 'in_person';
  starts_at: Date;
  place: string;
  capacity: number;
}

const STATUS_TEXT: Record<'confirmed' | 'waiting', Record<Language, string>> = {
  confirmed: {
    fr: 'Votre inscription est confirmée.',
    nl: 'Uw inschrijving is bevestigd.',
    en: 'Your registration is confirmed.',
    de: 'Ihre Anmeldung ist bestätigt.',
  },
  waiting: {
    fr: "La séance est complète : vous êtes sur la liste d'attente et serez prévenu·e si une place se libère.",
    nl: 'De sessie is volzet: u staat op de wachtlijst en krijgt bericht als er een plaats vrijkomt.',
    en: 'The session is full: you are on the waiting list and will be told if a seat frees up.',
    de: 'Die Veranstaltung ist ausgebucht: Sie stehen auf der Warteliste und werden benachrichtigt, wenn ein Platz frei wird.',
  },
};

function timeOf(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(`${language}-BE`, {
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(date);
}

async function loadSession(db: Queryable, id: string, lock = false): Promise<SessionRow> {
  const { rows } = await db.query<SessionRow>(
    `SELECT * FROM gov_info_sessions WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [id],
  );
  if (!rows[0]) throw DomainError.notFound();
  return rows[0];
}

async function mail(
  ctx: AppContext,
  tx: Queryable,
  session: SessionRow,
  to: { name: string; email: string; language: Language },
  template: string,
  status?: 'confirmed' | 'waiting',
) {
  await queueEmail(
    tx,
    {
      entityId: session.entity_id,
      to: to.email,
      language: to.language,
      template,
      params: {
        name: to.name,
        date: formatDate(session.starts_at.toISOString(), to.language),
        time: timeOf(session.starts_at, to.language),
        office: session.office,
        place: session.place,
        status: status ? STATUS_TEXT[status][to.language] : '',
      },
    },
    ctx.delivery,
  );
}

export async function scheduleSession(
  ctx: AppContext,
  request: FastifyRequest,
  input: {
    entityId: string;
    office: string;
    language: Language;
    mode: 'online' | 'in_person';
    startsAt: string;
    place: string;
    capacity: number;
  },
) {
  return ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO gov_info_sessions (entity_id, office, language, mode, starts_at, place, capacity)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [input.entityId, input.office, input.language, input.mode, input.startsAt, input.place, input.capacity],
    );
    await audit(tx, request, {
      action: 'governance.session_scheduled',
      subjectType: 'info_session',
      subjectId: rows[0]!.id,
      entityId: input.entityId,
      after: input,
    });
    return { id: rows[0]!.id };
  });
}

/** Anyone (a newcomer has no account yet) registers; confirmed while seats remain, else waiting. */
export async function registerForSession(
  ctx: AppContext,
  request: FastifyRequest,
  sessionId: string,
  input: { name: string; email: string; language: Language },
) {
  return ctx.db.transaction(async (tx) => {
    const session = await loadSession(tx, sessionId, true);
    if (session.starts_at.getTime() <= Date.now()) throw DomainError.conflict('governance.session.past');
    const { rows: dup } = await tx.query(
      `SELECT 1 FROM gov_session_registrations WHERE session_id = $1 AND lower(email) = lower($2) AND state <> 'cancelled'`,
      [sessionId, input.email],
    );
    if (dup[0]) throw DomainError.conflict('governance.session.already_registered');
    const { rows: count } = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM gov_session_registrations WHERE session_id = $1 AND state = 'confirmed'`,
      [sessionId],
    );
    const state = registrationStateFor(session.capacity, count[0]!.n);
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO gov_session_registrations (session_id, name, email, language, user_id, state)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [sessionId, input.name, input.email, input.language, request.user?.id ?? null, state],
    );
    await mail(ctx, tx, session, input, 'governance_session_registered', state);
    await audit(tx, request, {
      action: 'governance.session_registration',
      subjectType: 'info_session',
      subjectId: sessionId,
      entityId: session.entity_id,
      after: { registrationId: rows[0]!.id, state },
    });
    return { id: rows[0]!.id, state };
  });
}

/** A cancellation frees a seat: the first on the waiting list is confirmed and told by e-mail. */
export async function cancelRegistration(
  ctx: AppContext,
  request: FastifyRequest,
  sessionId: string,
  registrationId: string,
) {
  return ctx.db.transaction(async (tx) => {
    const session = await loadSession(tx, sessionId, true);
    const { rowCount } = await tx.query(
      `UPDATE gov_session_registrations SET state = 'cancelled' WHERE id = $1 AND session_id = $2 AND state IN ('confirmed', 'waiting')`,
      [registrationId, sessionId],
    );
    if (rowCount === 0) throw DomainError.notFound();
    const { rows: confirmed } = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM gov_session_registrations WHERE session_id = $1 AND state = 'confirmed'`,
      [sessionId],
    );
    const { rows: waiting } = await tx.query<{
      id: string;
      registered_at: Date;
      name: string;
      email: string;
      language: Language;
    }>(
      `SELECT id, registered_at, name, email, language FROM gov_session_registrations WHERE session_id = $1 AND state = 'waiting'`,
      [sessionId],
    );
    const promoted = promoteFromWaitingList(
      session.capacity,
      confirmed[0]!.n,
      waiting.map((w) => ({ id: w.id, registeredAt: w.registered_at.toISOString() })),
    );
    for (const id of promoted) {
      await tx.query(`UPDATE gov_session_registrations SET state = 'confirmed' WHERE id = $1`, [id]);
      await mail(
        ctx,
        tx,
        session,
        waiting.find((w) => w.id === id)!,
        'governance_session_registered',
        'confirmed',
      );
    }
    await audit(tx, request, {
      action: 'governance.session_cancellation',
      subjectType: 'info_session',
      subjectId: sessionId,
      entityId: session.entity_id,
      after: { registrationId, promoted },
    });
    return { promoted };
  });
}

/** Staff record who attended; the other confirmed registrations are marked absent. */
export async function recordAttendance(
  ctx: AppContext,
  request: FastifyRequest,
  sessionId: string,
  attended: string[],
) {
  return ctx.db.transaction(async (tx) => {
    const session = await loadSession(tx, sessionId, true);
    await tx.query(
      `UPDATE gov_session_registrations SET state = CASE WHEN id = ANY($2::uuid[]) THEN 'attended' ELSE 'absent' END
        WHERE session_id = $1 AND state IN ('confirmed', 'attended', 'absent')`,
      [sessionId, attended],
    );
    await audit(tx, request, {
      action: 'governance.session_attendance',
      subjectType: 'info_session',
      subjectId: sessionId,
      entityId: session.entity_id,
      after: { attended: attended.length },
    });
    return { attended: attended.length };
  });
}

/** Reminder e-mails for the sessions starting within the next two days, sent once per session. */
export async function sendReminders(ctx: AppContext, request: FastifyRequest, entityId: string) {
  return ctx.db.transaction(async (tx) => {
    const { rows: sessions } = await tx.query<SessionRow>(
      `SELECT * FROM gov_info_sessions WHERE entity_id = $1 AND reminder_sent_at IS NULL
          AND starts_at > now() AND starts_at <= now() + interval '2 days' FOR UPDATE`,
      [entityId],
    );
    let sent = 0;
    for (const session of sessions) {
      const { rows } = await tx.query<{ name: string; email: string; language: Language }>(
        `SELECT name, email, language FROM gov_session_registrations WHERE session_id = $1 AND state = 'confirmed'`,
        [session.id],
      );
      for (const r of rows) await mail(ctx, tx, session, r, 'governance_session_reminder');
      sent += rows.length;
      await tx.query('UPDATE gov_info_sessions SET reminder_sent_at = now() WHERE id = $1', [session.id]);
    }
    await audit(tx, request, {
      action: 'governance.session_reminders',
      subjectType: 'info_session',
      entityId,
      after: { sessions: sessions.length, emails: sent },
    });
    return { sessions: sessions.length, emails: sent };
  });
}

/** The calendar: upcoming sessions, by office and language, with the seats left. */
export async function listSessions(
  db: Queryable,
  entityId: string,
  filter: { office?: string; language?: Language },
) {
  const { rows } = await db.query<SessionRow & { confirmed: number; waiting: number }>(
    `SELECT s.*, (SELECT count(*)::int FROM gov_session_registrations r WHERE r.session_id = s.id AND r.state = 'confirmed') AS confirmed,
            (SELECT count(*)::int FROM gov_session_registrations r WHERE r.session_id = s.id AND r.state = 'waiting') AS waiting
       FROM gov_info_sessions s
      WHERE s.entity_id = $1 AND s.starts_at > now() - interval '1 day'
        AND ($2::text IS NULL OR s.office = $2) AND ($3::text IS NULL OR s.language = $3)
      ORDER BY s.starts_at LIMIT 200`,
    [entityId, filter.office ?? null, filter.language ?? null],
  );
  return rows.map((s) => ({
    id: s.id,
    office: s.office,
    language: s.language,
    mode: s.mode,
    startsAt: s.starts_at.toISOString(),
    place: s.place,
    capacity: s.capacity,
    seatsLeft: Math.max(0, s.capacity - s.confirmed),
    waiting: s.waiting,
  }));
}

/** Staff: the registrations of one session. */
export async function sessionRegistrations(db: Queryable, sessionId: string) {
  const { rows } = await db.query(
    `SELECT id, name, email, language, state, registered_at AS "registeredAt" FROM gov_session_registrations
      WHERE session_id = $1 ORDER BY registered_at`,
    [sessionId],
  );
  return rows;
}

/** The figures of a year: sessions held and participants (attended), per office and language. */
export async function sessionFigures(db: Queryable, entityId: string, year: number) {
  const { rows } = await db.query<{
    office: string;
    language: string;
    mode: string;
    sessions: number;
    participants: number;
  }>(
    `SELECT s.office, s.language, s.mode, count(DISTINCT s.id)::int AS sessions,
            count(r.id) FILTER (WHERE r.state = 'attended')::int AS participants
       FROM gov_info_sessions s LEFT JOIN gov_session_registrations r ON r.session_id = s.id
      WHERE s.entity_id = $1 AND s.starts_at >= make_date($2, 1, 1) AND s.starts_at < make_date($2 + 1, 1, 1)
      GROUP BY s.office, s.language, s.mode ORDER BY s.office, s.language, s.mode`,
    [entityId, year],
  );
  return {
    year,
    sessions: rows.reduce((s, r) => s + r.sessions, 0),
    participants: rows.reduce((s, r) => s + r.participants, 0),
    breakdown: rows,
  };
}
