import type { Db, Queryable } from '@partage/db';
import type { AppContext } from '@partage/server';
import { generatePeople, type GeneratedPeople, type PeopleColumns } from './people.ts';
import { phases } from '../lib/phases.ts';

export interface Staff {
  boardId: string;
  serviceId: string;
  adminId: string;
}

export interface GeneratedRegister {
  people: GeneratedPeople;
  /** Rows written per table. */
  volumes: Record<string, number>;
  /** Seconds per step, and in total. */
  seconds: Record<string, number>;
  /** Highest member number given (searches by number pick below it). */
  maxMemberNumber: number;
}

/** Rows of people sent per `INSERT ... SELECT FROM unnest(...)`. */
const BATCH = 10_000;
const NOMINAL_CENTS = 3000;

/** Column name and SQL array type, in the order the arrays are sent. */
const PEOPLE_COLUMNS: Array<[keyof PeopleColumns, string]> = [
  ['i', 'int[]'],
  ['kind', 'text[]'],
  ['first_name', 'text[]'],
  ['last_name', 'text[]'],
  ['birth_date', 'date[]'],
  ['gender', 'text[]'],
  ['niss_enc', 'text[]'],
  ['niss_hash', 'text[]'],
  ['foreign_id_enc', 'text[]'],
  ['foreign_id_hash', 'text[]'],
  ['foreign_id_country', 'text[]'],
  ['legal_name', 'text[]'],
  ['enterprise_number', 'text[]'],
  ['vat_number', 'text[]'],
  ['representative_name', 'text[]'],
  ['representative_role', 'text[]'],
  ['street', 'text[]'],
  ['postal_code', 'text[]'],
  ['city', 'text[]'],
  ['country', 'text[]'],
  ['iban_enc', 'text[]'],
  ['iban_last4', 'text[]'],
  ['email', 'text[]'],
  ['phone', 'text[]'],
  ['language', 'text[]'],
  ['search_text', 'text[]'],
];
const PERSON_FIELDS = PEOPLE_COLUMNS.filter(([name]) => name !== 'i').map(([name]) => name);

/**
 * Writes a register of `count` members with their history into the real tables, set-based: people are
 * made in Node (their NISS blind index needs the server's key) and sent in batches of arrays; every
 * membership, request, payment, decision, register line and holding is made by `INSERT ... SELECT`
 * over `generate_series`, with `setseed` so that two runs give the same register.
 *
 * - 99.9 % natural persons, 0.1 % legal persons (category C); natural persons: A 96.5 %, B 2.5 %, C 1 %.
 * - Statuses: member ~94.8 %, resigned ~3 %, applicant 2 % (signed up in the last four months, a third
 *   of them paid and waiting for the board), refused 0.2 %.
 * - Admissions from 2017 to 2025, more each year; sign-up 1 to 8 weeks before admission, payment in
 *   between, decision of the board on the day of admission, which is the date of the register line.
 * - ~10 % of members later subscribe additional shares; every resigned member resigned all their shares
 *   at least six months after admission; ~0.6 % of members have an additional subscription still open.
 * - Register lines numbered without gap after the existing ones, in order of date; holdings derived
 *   from the lines; counters set to the highest number used so that the app goes on from there.
 */
export async function generateRegister(
  db: Db,
  protector: AppContext['protector'],
  options: { count: number; entityId: string; staff: Staff; seed: number },
  log: (message: string) => void,
): Promise<GeneratedRegister> {
  const { seconds, step, finish } = phases(log);

  const people = generatePeople(options.count, protector, options.seed);
  step('people built in Node (names, NISS, HMAC blind index, encryption)');

  const { entityId, staff } = options;
  let maxMemberNumber = 0;
  await db.transaction(async (tx) => {
    const counter = async (name: string) =>
      (
        await tx.query<{ value: number }>(
          `SELECT COALESCE(max(value), 0)::int AS value FROM counters WHERE entity_id = $1 AND name = $2 AND scope = ''`,
          [entityId, name],
        )
      ).rows[0]!.value;
    const base = {
      line: await counter('register_line'),
      number: await counter('member_number'),
      reference: await counter('share_reference'),
    };

    await tx.query(`CREATE TEMP TABLE bench_src (
      i int PRIMARY KEY, kind text, first_name text, last_name text, birth_date date, gender text, niss_enc text,
      niss_hash text, foreign_id_enc text, foreign_id_hash text, foreign_id_country text, legal_name text,
      enterprise_number text, vat_number text, representative_name text, representative_role text, street text,
      postal_code text, city text, country text, iban_enc text, iban_last4 text, email text, phone text,
      language text, search_text text) ON COMMIT DROP`);
    const columns = people.columns;
    const arrays = PEOPLE_COLUMNS.map(([, type], index) => `$${index + 1}::${type}`).join(', ');
    for (let from = 0; from < options.count; from += BATCH) {
      await tx.query(
        `INSERT INTO bench_src SELECT * FROM unnest(${arrays})`,
        PEOPLE_COLUMNS.map(([name]) => columns[name].slice(from, from + BATCH)),
      );
    }
    step('people sent (unnest arrays)');

    await plan(tx, options.count);
    step('plan of every membership (generate_series, random draws)');

    await tx.query(
      `INSERT INTO people (id, entity_id, ${PERSON_FIELDS.join(', ')}, created_at)
       SELECT g.person_id, $1, ${PERSON_FIELDS.map((f) => `s.${f}`).join(', ')}, g.signup_at
         FROM bench_src s JOIN bench_g g USING (i)`,
      [entityId],
    );
    step('people inserted (with trigram index)');

    await tx.query(
      `INSERT INTO consents (person_id, entity_id, kind, version, language, accepted_at)
       SELECT g.person_id, $1, k.kind, 1, s.language, g.signup_at
         FROM bench_g g JOIN bench_src s USING (i)
        CROSS JOIN (VALUES ('data_policy'), ('internal_rules'), ('financial_risk')) AS k(kind)`,
      [entityId],
    );
    step('consents');

    await tx.query(
      `INSERT INTO members (id, entity_id, person_id, member_number, status, admitted_on, left_on, created_at)
       SELECT member_id, $1, person_id,
              CASE WHEN status IN ('member', 'resigned')
                   THEN $2 + row_number() OVER (PARTITION BY status IN ('member', 'resigned') ORDER BY admitted_on, i) END,
              status, CASE WHEN status IN ('member', 'resigned') THEN admitted_on END,
              CASE WHEN status = 'resigned' THEN resign_on END, signup_at
         FROM bench_g`,
      [entityId, base.number],
    );
    step('members');

    await requests(tx, base.reference);
    step('plan of share requests');

    await tx.query(
      `INSERT INTO share_requests (id, entity_id, member_id, kind, category, quantity, unit_value_cents, amount_cents,
          structured_reference, paid_cents, status, created_at, completed_at)
       SELECT id, $1, member_id, kind, category, quantity, ${NOMINAL_CENTS}, amount_cents,
              CASE WHEN ref_seq IS NOT NULL THEN lpad((1000000000 + ref_seq)::text, 10, '0')
                || lpad((CASE WHEN (1000000000 + ref_seq) % 97 = 0 THEN 97 ELSE (1000000000 + ref_seq) % 97 END)::text, 2, '0') END,
              CASE WHEN paid_on IS NOT NULL AND kind <> 'resignation' THEN amount_cents ELSE 0 END,
              status, created_at, CASE WHEN status = 'completed' THEN effective_on + time '10:30' END
         FROM bench_req`,
      [entityId],
    );
    step('share_requests');

    await tx.query(
      `INSERT INTO decisions (id, entity_id, request_id, subject, outcome, reason, decided_on, decided_by, acting_for_board, created_at)
       SELECT decision_id, $1, id, 'share_request.' || kind, outcome,
              CASE WHEN outcome = 'refused' THEN 'Activité incompatible avec l''objet social de la coopérative.' END,
              decided_on, $2, false, decided_on + time '10:30'
         FROM bench_req WHERE decided_on IS NOT NULL`,
      [entityId, staff.boardId],
    );
    step('decisions');

    await tx.query(
      `INSERT INTO share_payments (entity_id, request_id, amount_cents, paid_on, source, bank_reference, recorded_by, recorded_at)
       SELECT $1, id, amount_cents, paid_on, CASE WHEN i % 10 = 0 THEN 'manual' ELSE 'bank' END,
              CASE WHEN i % 10 <> 0 THEN 'CODA-' || to_char(paid_on, 'YYYYMMDD') || '-' || ref_seq END,
              CASE WHEN i % 10 = 0 THEN $2::uuid END, paid_on + time '09:00'
         FROM bench_req WHERE paid_on IS NOT NULL AND kind <> 'resignation'
        ORDER BY paid_on, ref_seq`,
      [entityId, staff.serviceId],
    );
    step('share_payments');

    await tx.query(
      `INSERT INTO register_operations (entity_id, line_no, member_id, operation, category, quantity, unit_value_cents,
          amount_cents, request_id, decision_id, effective_on, recorded_by, recorded_at)
       SELECT $1, $2 + row_number() OVER (ORDER BY effective_on, step, i), member_id,
              CASE kind WHEN 'subscription' THEN 'subscription' WHEN 'additional' THEN 'additional_subscription'
                        ELSE 'resignation' END,
              category, CASE WHEN kind = 'resignation' THEN -quantity ELSE quantity END, ${NOMINAL_CENTS},
              CASE WHEN kind = 'resignation' THEN -amount_cents ELSE amount_cents END,
              id, decision_id, effective_on, $3, effective_on + time '10:30'
         FROM bench_req WHERE status = 'completed'
        ORDER BY 2`,
      [entityId, base.line, staff.boardId],
    );
    step('register_operations');

    await tx.query(
      `INSERT INTO holdings (member_id, category, quantity)
       SELECT r.member_id, r.category, sum(r.quantity)::int
         FROM register_operations r JOIN bench_g g ON g.member_id = r.member_id
        GROUP BY r.member_id, r.category`,
    );
    step('holdings (derived from the register lines)');

    await tx.query(
      `INSERT INTO accounts_approvals (entity_id, financial_year, approved_on, refund_ratio_bp, recorded_by)
       SELECT $1, y, make_date(y + 1, 6, 10), 10000, $2 FROM generate_series(2017, 2025) AS y
       ON CONFLICT DO NOTHING`,
      [entityId, staff.adminId],
    );
    await tx.query(
      `INSERT INTO share_refunds (entity_id, request_id, member_id, financial_year, nominal_cents, amount_cents, status, paid_on)
       SELECT $1, id, member_id, extract(year FROM effective_on)::int, amount_cents,
              CASE WHEN effective_on < date '2026-01-01' THEN amount_cents END,
              CASE WHEN effective_on < date '2026-01-01' THEN 'paid' ELSE 'awaiting_accounts' END,
              CASE WHEN effective_on < date '2026-01-01' THEN make_date(extract(year FROM effective_on)::int + 1, 6, 30) END
         FROM bench_req WHERE kind = 'resignation'`,
      [entityId],
    );
    step('refunds of resigned shares, approvals of the accounts');

    const { rows: max } = await tx.query<{ line: number; number: number; reference: number }>(
      `SELECT (SELECT COALESCE(max(line_no), 0) FROM register_operations WHERE entity_id = $1)::int AS line,
              (SELECT COALESCE(max(member_number), 0) FROM members WHERE entity_id = $1)::int AS number,
              (SELECT COALESCE(max(ref_seq), 0) FROM bench_req)::int AS reference`,
      [entityId],
    );
    const top = max[0]!;
    maxMemberNumber = top.number;
    for (const [name, value] of [
      ['register_line', top.line],
      ['member_number', top.number],
      ['share_reference', Math.max(top.reference, base.reference)],
    ] as const) {
      await tx.query(
        `INSERT INTO counters (entity_id, name, scope, value) VALUES ($1, $2, '', $3)
         ON CONFLICT (entity_id, name, scope) DO UPDATE SET value = EXCLUDED.value`,
        [entityId, name, value],
      );
    }
    step('counters set to the highest numbers used');
  });

  await db.exec('ANALYZE');
  step('ANALYZE');

  const volumes: Record<string, number> = {};
  for (const table of [
    'people',
    'consents',
    'members',
    'share_requests',
    'share_payments',
    'decisions',
    'register_operations',
    'holdings',
    'share_refunds',
  ]) {
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    volumes[table] = rows[0]!.n;
  }
  const { rows: byStatus } = await db.query<{ status: string; n: number }>(
    'SELECT status, count(*)::int AS n FROM members WHERE entity_id = $1 GROUP BY status ORDER BY status',
    [entityId],
  );
  for (const row of byStatus) volumes[`members.${row.status}`] = row.n;
  volumes['people.legal'] = people.legal;
  volumes['people.foreign_id'] = people.foreignIds;
  finish();
  return { people, volumes, seconds, maxMemberNumber };
}

/**
 * One row per member with every random draw made once (`setseed`: the same register each run), then
 * the dates and quantities derived from them.
 */
async function plan(tx: Queryable, count: number): Promise<void> {
  await tx.query('SELECT setseed(0.2017)');
  await tx.query(
    `CREATE TEMP TABLE bench_r ON COMMIT DROP AS
     SELECT i, random() AS r_status, random() AS r_cat, random() AS r_qty, random() AS r_date, random() AS r_gap,
            random() AS r_pay, random() AS r_add, random() AS r_addq, random() AS r_adddate, random() AS r_res,
            random() AS r_open, random() AS r_time
       FROM generate_series(1, $1::int) AS i`,
    [count],
  );
  // Legal persons (`isLegal` of people.ts, repeated here) are always category C.
  await tx.query(
    `CREATE TEMP TABLE bench_g ON COMMIT DROP AS
     WITH s AS (
       SELECT r.*, (r.i % 1000 = 500) AS legal,
              CASE WHEN r_status < 0.020 THEN 'applicant' WHEN r_status < 0.022 THEN 'refused'
                   WHEN r_status < 0.052 THEN 'resigned' ELSE 'member' END AS status,
              date '2017-01-02' + floor(sqrt(r_date) * 3285)::int AS decided_on,
              7 + floor(r_gap * 50)::int AS gap
         FROM bench_r r
     ), d AS (
       SELECT s.*,
              CASE WHEN legal THEN 'C' WHEN r_cat < 0.965 THEN 'A' WHEN r_cat < 0.99 THEN 'B' ELSE 'C' END AS category,
              CASE WHEN status = 'applicant' THEN date '2026-11-15' - floor(r_date * 120)::int
                   ELSE decided_on - gap END AS signup_on,
              CASE WHEN status = 'resigned'
                   THEN decided_on + 180 + floor(r_res * (date '2026-11-15' - decided_on - 180))::int END AS resign_on
         FROM s
     ), e AS (
       SELECT d.*,
              CASE WHEN legal THEN 10 * (1 + floor(r_qty * 10)::int)
                   WHEN category = 'C' THEN 5 * (1 + floor(r_qty * 4)::int)
                   WHEN r_qty < 0.70 THEN 1 WHEN r_qty < 0.85 THEN 2 WHEN r_qty < 0.93 THEN 3
                   WHEN r_qty < 0.97 THEN 5 ELSE 10 END AS qty,
              COALESCE(resign_on - 1, date '2026-11-15') AS add_until
         FROM d
     )
     SELECT i, legal, status, category, qty, signup_on,
            signup_on + time '08:00' + r_time * interval '11 hours' AS signup_at,
            CASE WHEN status IN ('member', 'resigned') THEN decided_on END AS admitted_on,
            CASE WHEN status = 'refused' THEN decided_on END AS refused_on,
            CASE WHEN status IN ('member', 'resigned') THEN signup_on + 1 + floor(r_pay * (gap - 1))::int
                 WHEN status = 'applicant' AND r_pay < 0.35
                   THEN LEAST(signup_on + 1 + floor(r_gap * 10)::int, date '2026-11-15') END AS paid_on,
            resign_on,
            CASE WHEN status IN ('member', 'resigned') AND r_add < 0.105 AND add_until - decided_on > 60
                 THEN decided_on + 30 + floor(r_adddate * (add_until - decided_on - 30))::int END AS add_on,
            CASE WHEN category = 'C' THEN 5 * (1 + floor(r_addq * 3)::int)
                 ELSE 1 + floor(r_addq * r_addq * 5)::int END AS add_qty,
            (status = 'member' AND r_open < 0.006) AS open_additional,
            date '2026-10-01' + floor(r_time * 45)::int AS open_on,
            gen_random_uuid() AS person_id, gen_random_uuid() AS member_id
       FROM e`,
  );
  await tx.query('CREATE UNIQUE INDEX ON bench_g (member_id)');
  await tx.query('ANALYZE bench_g');
}

/**
 * Every share request with its decision, payment date and register date: the first subscription,
 * the additional ones (done, or still open), the resignations. Structured references are numbered in
 * order of creation after the existing ones.
 */
async function requests(tx: Queryable, baseReference: number): Promise<void> {
  await tx.query(
    `CREATE TEMP TABLE bench_req ON COMMIT DROP AS
     SELECT u.*, gen_random_uuid() AS id, gen_random_uuid() AS decision_id, u.quantity * ${NOMINAL_CENTS} AS amount_cents,
            CASE WHEN u.kind <> 'resignation'
                 THEN ${Number(baseReference)} + row_number() OVER (PARTITION BY u.kind <> 'resignation' ORDER BY u.created_at, u.i, u.step) END AS ref_seq
       FROM (
         SELECT i, member_id, 0 AS step, 'subscription' AS kind, category, qty AS quantity, signup_at AS created_at,
                CASE status WHEN 'applicant' THEN 'pending' WHEN 'refused' THEN 'refused' ELSE 'completed' END AS status,
                paid_on, COALESCE(admitted_on, refused_on) AS decided_on,
                CASE WHEN status = 'refused' THEN 'refused' ELSE 'approved' END AS outcome, admitted_on AS effective_on
           FROM bench_g
         UNION ALL
         SELECT i, member_id, 1, 'additional', category, add_qty, (add_on - 1 - (i % 20)) + time '19:45',
                'completed', add_on - 1, add_on, 'approved', add_on
           FROM bench_g WHERE add_on IS NOT NULL
         UNION ALL
         SELECT i, member_id, 2, 'resignation', category, qty + CASE WHEN add_on IS NOT NULL THEN add_qty ELSE 0 END,
                (resign_on - 20) + time '14:10', 'completed', NULL, resign_on, 'approved', resign_on
           FROM bench_g WHERE resign_on IS NOT NULL
         UNION ALL
         SELECT i, member_id, 3, 'additional', category, add_qty, open_on + time '11:00', 'pending', NULL, NULL, NULL, NULL
           FROM bench_g WHERE open_additional
       ) AS u`,
  );
}
