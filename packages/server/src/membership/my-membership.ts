import type { Queryable } from '@partage/db';
import { DomainError, paymentState } from '@partage/domain';
import type { AppContext } from '../context.ts';
import type { SessionUser } from '../http/context.ts';
import { hasRole } from '../auth/guards.ts';
import { loadEntity, loadMember, loadRequest, type MemberRow, type RequestRow } from './queries.ts';
import { paymentInstructions } from './subscribe-shares.ts';
import { registerLinesOf } from './certificate-pdf.ts';

const STAFF_READERS = ['client_service', 'board', 'admin', 'adviser'] as const;

/** A member reads their own records; staff read anyone's. Everything else is 404. */
export async function memberForReader(
  db: Queryable,
  user: SessionUser,
  memberId: string,
): Promise<MemberRow> {
  const member = await loadMember(db, memberId).catch(() => null);
  if (!member || (member.user_id !== user.id && !hasRole(user, ...STAFF_READERS)))
    throw DomainError.notFound();
  return member;
}

export async function requestForReader(
  db: Queryable,
  user: SessionUser,
  requestId: string,
): Promise<RequestRow> {
  const req = await loadRequest(db, requestId);
  await memberForReader(db, user, req.member_id);
  return req;
}

export function presentRequest(r: RequestRow) {
  return {
    id: r.id,
    entityId: r.entity_id,
    memberId: r.member_id,
    kind: r.kind,
    category: r.category,
    quantity: r.quantity,
    unitValueCents: r.unit_value_cents,
    amountCents: r.amount_cents,
    paidCents: r.paid_cents,
    paymentState:
      r.kind === 'subscription' || r.kind === 'additional'
        ? paymentState(r.amount_cents, r.paid_cents)
        : null,
    status: r.status,
    note: r.note,
    createdAt: r.created_at,
    completedAt: r.completed_at,
  };
}

/** Everything the member space shows about one membership. */
export async function membershipView(ctx: AppContext, member: MemberRow) {
  const entity = await loadEntity(ctx.db, member.entity_id);
  const { rows: requests } = await ctx.db.query<RequestRow>(
    'SELECT * FROM share_requests WHERE member_id = $1 ORDER BY created_at DESC',
    [member.id],
  );
  const { rows: holdings } = await ctx.db.query<{ category: string; quantity: number }>(
    'SELECT category, quantity FROM holdings WHERE member_id = $1 AND quantity > 0 ORDER BY category',
    [member.id],
  );
  const { rows: refunds } = await ctx.db.query(
    `SELECT id, financial_year AS "financialYear", nominal_cents AS "nominalCents", amount_cents AS "amountCents", status, paid_on AS "paidOn"
       FROM share_refunds WHERE member_id = $1 ORDER BY financial_year`,
    [member.id],
  );
  const lines = await registerLinesOf(ctx.db, member.id);
  return {
    member: {
      id: member.id,
      entityId: member.entity_id,
      entityName: entity.name,
      memberNumber: member.member_number,
      status: member.status,
      admittedOn: member.admitted_on,
      leftOn: member.left_on,
      displayName: member.display_name,
      kind: member.kind,
    },
    holdings: holdings.map((h) => {
      const unit = entity.settings.shareCategories.find((c) => c.code === h.category)?.nominalCents ?? 0;
      return {
        category: h.category,
        quantity: h.quantity,
        nominalCents: unit,
        totalCents: unit * h.quantity,
      };
    }),
    requests: requests.map((r) => ({
      ...presentRequest(r),
      payment: r.status === 'pending' || r.status === 'approved' ? paymentInstructions(entity, r) : null,
    })),
    refunds,
    register: lines.map((l) => ({
      lineNo: l.line_no,
      operation: l.operation,
      category: l.category,
      quantity: l.quantity,
      amountCents: l.amount_cents,
      effectiveOn: l.effective_on,
    })),
    settings: {
      categories: entity.settings.shareCategories,
      transfersAllowed: entity.settings.transfersAllowed,
      allowMixedCategories: entity.settings.allowMixedCategories,
    },
  };
}

/** The member's own data, whole, as a JSON file (right of access and portability, GDPR art. 15 and 20). */
export async function exportPersonalData(ctx: AppContext, user: SessionUser) {
  const { rows: people } = await ctx.db.query<Record<string, unknown>>(
    'SELECT * FROM people WHERE user_id = $1',
    [user.id],
  );
  const person = people[0];
  const p = ctx.protector;
  const personal = person && {
    ...Object.fromEntries(
      Object.entries(person).filter(
        ([k]) => !k.endsWith('_enc') && !k.endsWith('_hash') && k !== 'search_text',
      ),
    ),
    niss: person.niss_enc ? p.decrypt(String(person.niss_enc)) : null,
    foreign_id: person.foreign_id_enc ? p.decrypt(String(person.foreign_id_enc)) : null,
    iban: p.decrypt(String(person.iban_enc)),
  };
  const personId = person?.id ?? null;
  const q = async (sql: string, params: unknown[] = [personId]) => (await ctx.db.query(sql, params)).rows;
  const ofMember = 'JOIN members m ON m.id = r.member_id WHERE m.person_id = $1';
  return {
    exportedAt: new Date().toISOString(),
    account: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      language: user.language,
      roles: user.roles,
    },
    person: personal ?? null,
    consents: await q('SELECT kind, version, language, accepted_at FROM consents WHERE person_id = $1'),
    memberships: await q('SELECT * FROM members WHERE person_id = $1'),
    shareRequests: await q(`SELECT r.* FROM share_requests r ${ofMember}`),
    payments: await q(
      `SELECT sp.* FROM share_payments sp JOIN share_requests r ON r.id = sp.request_id ${ofMember}`,
    ),
    register: await q(
      'SELECT ro.* FROM register_operations ro JOIN members m ON m.id = ro.member_id WHERE m.person_id = $1',
    ),
    decisions: await q(
      `SELECT d.* FROM decisions d JOIN share_requests r ON r.id = d.request_id ${ofMember}`,
    ),
    emails: await q('SELECT created_at, subject, body FROM outbox_emails WHERE to_address = $1 ORDER BY id', [
      user.email,
    ]),
    auditTrail: await q(
      'SELECT at, action, subject_type, subject_id FROM audit_log WHERE actor_user_id = $1 ORDER BY id',
      [user.id],
    ),
  };
}
