import type { Queryable } from '@partage/db';
import { DomainError, type Language } from '@partage/domain';
import type { WorkerParty } from './documents/types.ts';

/** A worker of the Contract tool: a natural person with an account, and their membership state. */
export interface WorkerRow {
  person_id: string;
  user_id: string | null;
  name: string;
  first_name: string;
  email: string;
  language: Language;
  street: string;
  postal_code: string;
  city: string;
  country: string;
  birth_date: string | null;
  iban_last4: string;
  member_id: string | null;
  member_number: number | null;
  member_status: 'applicant' | 'member' | 'refused' | 'resigned' | null;
  prestations_without_shares: number;
}

const WORKER_SELECT = `
  SELECT p.id AS person_id, p.user_id, p.first_name || ' ' || p.last_name AS name, p.first_name, p.email,
         p.language, p.street, p.postal_code, p.city, p.country, p.birth_date, p.iban_last4,
         m.id AS member_id, m.member_number, m.status AS member_status,
         COALESCE(m.prestations_without_shares, 0) AS prestations_without_shares
    FROM people p
    LEFT JOIN members m ON m.person_id = p.id AND m.entity_id = p.entity_id`;

/**
 * The worker behind a user account. `lock` takes the person's row for the rest of the transaction, so
 * that two declarations of one worker (overlap, student quota, free prestations) are judged one after
 * the other.
 */
export async function workerOfUser(db: Queryable, userId: string, lock = false): Promise<WorkerRow> {
  const { rows } = await db.query<WorkerRow>(
    `${WORKER_SELECT} WHERE p.user_id = $1 AND p.kind = 'natural' ${lock ? 'FOR UPDATE OF p' : ''}`,
    [userId],
  );
  if (!rows[0]) throw DomainError.forbidden('contract.worker_required');
  return rows[0];
}

export async function loadWorker(db: Queryable, personId: string, lock = false): Promise<WorkerRow> {
  const { rows } = await db.query<WorkerRow>(
    `${WORKER_SELECT} WHERE p.id = $1 AND p.kind = 'natural' ${lock ? 'FOR UPDATE OF p' : ''}`,
    [personId],
  );
  if (!rows[0]) throw DomainError.notFound();
  return rows[0];
}

/** The worker as their documents (employment contract, payslip) name them. */
export function workerParty(worker: WorkerRow): WorkerParty {
  return {
    name: worker.name,
    street: worker.street,
    postalCode: worker.postal_code,
    city: worker.city,
    country: worker.country,
    birthDate: worker.birth_date,
    memberNumber: worker.member_number,
    ibanLast4: worker.iban_last4,
  };
}
