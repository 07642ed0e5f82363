import type { Queryable } from '@partage/db';
import {
  DomainError,
  type EntityDefinition,
  type EntitySettings,
  type Holdings,
  type Language,
  type PersonKind,
} from '@partage/domain';

export interface EntityRow {
  id: string;
  name: string;
  legal_form: string;
  country: string;
  enterprise_number: string | null;
  vat_number: string | null;
  iban: string | null;
  bic: string | null;
  address: string;
  currency: string;
  holds_register: boolean;
  settings: EntitySettings;
}

export async function loadEntity(db: Queryable, entityId: string): Promise<EntityRow> {
  const { rows } = await db.query<EntityRow>('SELECT * FROM entities WHERE id = $1', [entityId]);
  if (!rows[0]) throw DomainError.field('entityId', 'field.invalid_choice');
  return rows[0];
}

export async function loadRegisterEntity(db: Queryable, entityId: string): Promise<EntityRow> {
  const entity = await loadEntity(db, entityId);
  if (!entity.holds_register) throw DomainError.field('entityId', 'member.no_register');
  return entity;
}

export interface MemberRow {
  id: string;
  entity_id: string;
  person_id: string;
  member_number: number | null;
  status: 'applicant' | 'member' | 'refused' | 'resigned';
  admitted_on: string | null;
  left_on: string | null;
  prestations_without_shares: number;
  user_id: string | null;
  kind: PersonKind;
  display_name: string;
  email: string;
  language: Language;
}

const MEMBER_SELECT = `
  SELECT m.id, m.entity_id, m.person_id, m.member_number, m.status, m.admitted_on, m.left_on,
         m.prestations_without_shares, p.user_id, p.kind, p.email, p.language,
         COALESCE(p.legal_name, p.first_name || ' ' || p.last_name) AS display_name
    FROM members m JOIN people p ON p.id = m.person_id`;

export async function loadMember(db: Queryable, memberId: string, lock = false): Promise<MemberRow> {
  const { rows } = await db.query<MemberRow>(
    `${MEMBER_SELECT} WHERE m.id = $1 ${lock ? 'FOR UPDATE OF m' : ''}`,
    [memberId],
  );
  if (!rows[0]) throw DomainError.notFound();
  return rows[0];
}

export async function memberOfUser(
  db: Queryable,
  userId: string,
  entityId: string,
): Promise<MemberRow | null> {
  const { rows } = await db.query<MemberRow>(`${MEMBER_SELECT} WHERE p.user_id = $1 AND m.entity_id = $2`, [
    userId,
    entityId,
  ]);
  return rows[0] ?? null;
}

export async function memberByNumber(
  db: Queryable,
  entityId: string,
  number: number,
): Promise<MemberRow | null> {
  const { rows } = await db.query<MemberRow>(
    `${MEMBER_SELECT} WHERE m.entity_id = $1 AND m.member_number = $2`,
    [entityId, number],
  );
  return rows[0] ?? null;
}

export async function loadHoldings(db: Queryable, memberId: string): Promise<Holdings> {
  const { rows } = await db.query<{ category: 'A' | 'B' | 'C'; quantity: number }>(
    'SELECT category, quantity FROM holdings WHERE member_id = $1 AND quantity > 0',
    [memberId],
  );
  return Object.fromEntries(rows.map((r) => [r.category, r.quantity]));
}

export interface RequestRow {
  id: string;
  entity_id: string;
  member_id: string;
  kind: 'subscription' | 'additional' | 'resignation' | 'transfer';
  category: 'A' | 'B' | 'C';
  quantity: number;
  unit_value_cents: number;
  amount_cents: number;
  to_member_id: string | null;
  structured_reference: string | null;
  paid_cents: number;
  status: 'pending' | 'approved' | 'refused' | 'completed' | 'cancelled';
  note: string | null;
  created_at: Date;
  completed_at: Date | null;
}

export async function loadRequest(db: Queryable, requestId: string, lock = false): Promise<RequestRow> {
  const { rows } = await db.query<RequestRow>(
    `SELECT * FROM share_requests WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [requestId],
  );
  if (!rows[0]) throw DomainError.notFound();
  return rows[0];
}

export function entityDefinitionOf(row: EntityRow): Pick<EntityDefinition, 'id' | 'name' | 'settings'> {
  return { id: row.id, name: row.name, settings: row.settings };
}

/** Today's date in the cooperative's time zone (Brussels), as YYYY-MM-DD. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
}
