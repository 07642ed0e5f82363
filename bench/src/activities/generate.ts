import type { Db, Queryable } from '@partage/db';
import { payRuleForEntity, type EntitySettings } from '@partage/domain';
import { accountFor, type AppContext } from '@partage/server';
import { generateRegister, type Staff } from '../register/generate.ts';
import { generateClients } from '../contracts/generate.ts';
import { buildPlan, type Plan, type PlanOptions } from './plan.ts';
import { phases } from '../lib/phases.ts';

export interface ActivitiesOptions {
  /** Activities in all, the big one included. */
  activities: number;
  /** People of the register generated (the members among them open and join the Activities). */
  people: number;
  clients: number;
  years: number;
  big: PlanOptions['big'];
  /** Participants of the big Activity besides its opener: the load's users. */
  bigParticipants: number;
  salaried: number;
  /** The employing entity of the Activities (BE-PA) and the one keeping the register (BE-COOP). */
  entityId: string;
  registerEntityId: string;
  staff: Staff & { payrollId: string; adviserId: string };
  seed: number;
  today: string;
}

export interface GeneratedActivities {
  /** Rows per table after generation (the demo's few included), and the big Activity's own. */
  volumes: Record<string, number>;
  /** Seconds per step and in total. */
  seconds: Record<string, number>;
  big: { id: string; reference: string; accountId: string };
  /** Participants of the big Activity (members 1..n), each the administrator of a small Activity of their own. */
  loadUsers: Array<{ personId: string; email: string; smallActivityId: string }>;
  /** Lowest budget available to spend (received + other money in − spent) of any Activity in the replay. */
  lowestAvailableCents: number;
}

/**
 * Foreign keys' and triggers' queries (gap-free numbers, posting lines) keep the plan made when their table
 * was nearly empty (a sequential scan, once per row inserted): the first rows go in alone, then `ANALYZE`
 * (which drops those plans) lets the rest use the indexes. As in the contracts generator.
 */
const FIRST_CHUNK = 1000;
/** Plan rows sent per statement. */
const BATCH = 5000;

/**
 * Fills the database with `activities` Activities of the entity, set-based: a register (the register
 * generator's people and members), `clients` companies (the contracts generator's), then the history of
 * every Activity drawn by `buildPlan` (seeded; priced by the domain's rules) written with
 * `INSERT ... SELECT` from the plan's rows, in one transaction:
 *
 * - each Activity active, with its budget account (`4892-<id>`, never overdrawn), its opener (a member) as
 *   administrator and 0-2 other participants; every participant gets a user account;
 * - invoices with their lines, `activity_sales` lines (amount, fee, credit), payments (`invoice_payments`,
 *   `paid_cents`, status) and a few credit notes (the reversal of the invoice's entry, and its negative sale
 *   line); quotes, some invoiced;
 * - expense claims, purchases and salary requests with their approvals (`activity_approvals`, the route of
 *   the domain's thresholds); approved salaries become contracts (days included) of the Contract tool's
 *   table linked by `activity_id`; a loan with its fee and monthly instalments;
 * - every ledger entry (invoice, client payment, credit note reversal, `activity.expense`,
 *   `activity.salary`, `activity.purchase`, `activity.loan`, `activity.loan_fee`, `activity.repayment`)
 *   numbered gap-free after the existing ones in order of time; entries in number order, then all postings
 *   in one statement (the statement trigger moves each account by its net movement and checks the flags);
 *   the deferred check of each entry (balanced, complete, reversal) runs at commit;
 * - the Activities' events; counters and sequences set past every number used, so the app goes on.
 *
 * Not generated: pay runs and payslips of the salaries (contracts whose pay date passed are marked paid),
 * payment orders of approved expenses and purchases, receipt files (one shared supplier invoice PDF),
 * employment declarations and insurance cover of the salaries' contracts, CDIs, the audit log, e-mails.
 */
export async function generateActivities(
  db: Db,
  ctx: AppContext,
  options: ActivitiesOptions,
  log: (message: string) => void,
): Promise<GeneratedActivities> {
  const { seconds, step, record, finish } = phases(log);

  const register = await generateRegister(
    db,
    ctx.protector,
    { count: options.people, entityId: options.registerEntityId, staff: options.staff, seed: options.seed },
    log,
  );
  record('register (people, members and their history)', register.seconds.total!);

  const { entityId, staff } = options;
  let plan!: Plan;
  const ids = { big: '', bigReference: '', bigAccount: '' };
  let loadUsers: GeneratedActivities['loadUsers'] = [];
  await db.transaction(async (tx) => {
    // Statements of more than a second are timed one by one.
    const timed: Queryable = {
      query: async (sql, params) => {
        const at = performance.now();
        const result = await tx.query(sql, params);
        const spent = (performance.now() - at) / 1000;
        if (spent >= 1) {
          let label = `    ${sql.trim().split(/\s+/).slice(0, 4).join(' ')}`;
          while (label in seconds) label += ' (next)';
          seconds[label] = Math.round(spent * 1000) / 1000;
          log(`${label}: ${seconds[label]} s`);
        }
        return result;
      },
    } as Queryable;

    const members = await chooseMembers(tx, options.registerEntityId);
    if (members < options.activities)
      throw new Error(`${members} members for ${options.activities} Activities: generate a larger register`);
    await generateClients(tx, options.clients, options.seed, staff.adminId);
    step(`${members} members chosen, ${options.clients} clients`);

    const { rows: entities } = await tx.query<{ settings: EntitySettings }>(
      'SELECT settings FROM entities WHERE id = $1',
      [entityId],
    );
    plan = buildPlan({
      today: options.today,
      seed: options.seed,
      activities: options.activities,
      members,
      clients: options.clients,
      years: options.years,
      big: options.big,
      bigParticipants: options.bigParticipants,
      salaried: options.salaried,
      payRule: payRuleForEntity(entities[0]!.settings),
    });
    step(
      `plan of the history (${plan.invoices.length} invoices, ${plan.expenses.length} expense claims, ` +
        `${plan.salaries.length} salaries; domain rules)`,
    );

    await loadPlan(tx, plan);
    await accounts(tx, options.registerEntityId);
    step('plan rows loaded; user accounts of the participants');

    await numbers(tx, entityId);
    step('ids, references and numbers');

    const shared = {
      vat: (await accountFor(tx, entityId, 'vat_payable')).id,
      fee: (await accountFor(tx, entityId, 'fee_income')).id,
      bank: (await accountFor(tx, entityId, 'bank')).id,
      suppliers: (await accountFor(tx, entityId, 'suppliers_payable')).id,
    };
    const { rows: big } = await tx.query<{ id: string; reference: string; account_id: string }>(
      'SELECT id, reference, account_id FROM bench_a WHERE big',
    );
    Object.assign(ids, { big: big[0]!.id, bigReference: big[0]!.reference, bigAccount: big[0]!.account_id });
    const loans = (await accountFor(tx, entityId, 'internal_loans', { type: 'activity', id: ids.big })).id;

    await activities(timed, entityId, staff.adviserId);
    step('activities, budget accounts, participants, quotes');

    await ledger(timed, entityId, { ...shared, loans }, staff);
    step('ledger: accounts, entries, postings');

    await documents(timed, entityId, options.today, staff);
    step('invoices, credit notes, lines, payments, sales; contracts; requests, approvals; financing');

    await events(timed, staff.adviserId);
    step('events');

    await counters(tx, entityId);
    step('counters and sequences set to the highest numbers used');

    const { rows: users } = await tx.query<{ person_id: string; email: string; small: string }>(
      `SELECT m.person_id, m.email, a.id AS small FROM bench_m m JOIN bench_a a ON a.a = m.m
        WHERE m.m BETWEEN 1 AND $1 ORDER BY m.m`,
      [options.bigParticipants],
    );
    loadUsers = users.map((u) => ({ personId: u.person_id, email: u.email, smallActivityId: u.small }));
  });
  step('commit (deferred checks of every journal entry)');

  // A database with years of history has been vacuumed by autovacuum many times: the visibility map
  // lets index-only scans skip the heap. Freshly loaded tables have none until a VACUUM.
  await db.exec('VACUUM ANALYZE');
  step('VACUUM ANALYZE');

  const volumes: Record<string, number> = {};
  for (const table of [
    'people',
    'members',
    'users',
    'clients',
    'activities',
    'activity_participants',
    'activity_quotes',
    'invoices',
    'invoice_lines',
    'invoice_payments',
    'activity_sales',
    'activity_expense_claims',
    'activity_purchases',
    'activity_salary_requests',
    'activity_approvals',
    'contracts',
    'contract_days',
    'activity_financings',
    'activity_financing_instalments',
    'activity_events',
    'ledger_accounts',
    'journal_entries',
    'postings',
  ]) {
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    volumes[table] = rows[0]!.n;
  }
  const { rows: own } = await db.query<Record<string, number>>(
    `SELECT (SELECT count(*) FROM invoices WHERE activity_id = $1 AND kind = 'invoice')::int AS invoices,
            (SELECT count(*) FROM invoices WHERE activity_id = $1 AND kind = 'credit_note')::int AS credit_notes,
            (SELECT count(*) FROM invoices WHERE activity_id = $1 AND kind = 'invoice' AND paid_cents > 0)::int AS paid_invoices,
            (SELECT count(*) FROM activity_sales WHERE activity_id = $1)::int AS sales,
            (SELECT count(*) FROM activity_quotes WHERE activity_id = $1)::int AS quotes,
            (SELECT count(*) FROM activity_salary_requests WHERE activity_id = $1 AND status = 'approved')::int AS salaries,
            (SELECT count(*) FROM contracts WHERE activity_id = $1)::int AS contracts,
            (SELECT count(*) FROM activity_expense_claims WHERE activity_id = $1 AND status = 'approved')::int AS expense_claims,
            (SELECT count(*) FROM activity_purchases WHERE activity_id = $1 AND status = 'approved')::int AS purchases,
            (SELECT count(*) FROM activity_salary_requests WHERE activity_id = $1 AND status = 'submitted')
              + (SELECT count(*) FROM activity_expense_claims WHERE activity_id = $1 AND status = 'submitted')
              + (SELECT count(*) FROM activity_purchases WHERE activity_id = $1 AND status = 'submitted') AS waiting_requests,
            (SELECT count(*) FROM activity_participants WHERE activity_id = $1)::int AS participants,
            (SELECT count(*) FROM postings WHERE account_id = $2)::int AS budget_postings,
            (SELECT count(*) FROM activity_events WHERE activity_id = $1)::int AS events`,
    [ids.big, ids.bigAccount],
  );
  for (const [key, value] of Object.entries(own[0]!)) volumes[`big.${key}`] = Number(value);
  finish();
  return {
    volumes,
    seconds,
    big: { id: ids.big, reference: ids.bigReference, accountId: ids.bigAccount },
    loadUsers,
    lowestAvailableCents: plan.lowestAvailableCents,
  };
}

/**
 * The members who open and join Activities, in member-number order (`m` from 0): natural persons of the
 * register, status member, without an account yet, whose e-mail nobody else has (it becomes their login).
 */
async function chooseMembers(tx: Queryable, registerEntityId: string): Promise<number> {
  await tx.query(
    `CREATE TEMP TABLE bench_m ON COMMIT DROP AS
     WITH dup AS (SELECT lower(email) AS e FROM people GROUP BY 1 HAVING count(*) > 1)
     SELECT (row_number() OVER (ORDER BY m.member_number) - 1)::int AS m, p.id AS person_id, p.email, p.language,
            p.first_name || ' ' || p.last_name AS name, NULL::uuid AS user_id
       FROM members m JOIN people p ON p.id = m.person_id AND p.entity_id = m.entity_id
      WHERE m.entity_id = $1 AND m.status = 'member' AND p.kind = 'natural' AND p.user_id IS NULL
        AND lower(p.email) NOT IN (SELECT e FROM dup)`,
    [registerEntityId],
  );
  await tx.query('CREATE UNIQUE INDEX ON bench_m (m)');
  const { rows } = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM bench_m');
  return rows[0]!.n;
}

/** Column lists of the plan's tables (`jsonb_to_recordset`). */
const PLAN_TABLES: Array<[keyof Plan, string, string]> = [
  [
    'activities',
    'bench_a',
    'a int, big boolean, name text, description text, job_family text, opener int, requested_at timestamptz, decided_at timestamptz',
  ],
  ['participants', 'bench_ap', 'a int, m int, administrator boolean, rights text[], joined_at timestamptz'],
  [
    'quotes',
    'bench_q',
    'q int, a int, c int, by int, quote_date date, valid_until date, title text, description text, quantity_centi int, ' +
      'unit_price bigint, amount bigint, vat bigint, status text, at timestamptz, answered_at timestamptz',
  ],
  [
    'invoices',
    'bench_i',
    'i int, a int, c int, by int, q int, issue_date date, at timestamptz, description text, quantity_centi int, ' +
      'unit_price bigint, amount bigint, vat bigint, vat_rate_bp int, fee bigint, credit bigint, paid bigint, paid_on date, ' +
      'credited_on date',
  ],
  [
    'expenses',
    'bench_x',
    'x int, a int, m int, submitted_on date, at timestamptz, decided_at timestamptz, claimed bigint, vat bigint, cost bigint, ' +
      'category text, description text, route text[], approved_steps int, status text, approver int',
  ],
  [
    'salaries',
    'bench_s',
    's int, a int, m int, submitted_on date, at timestamptz, decided_at timestamptz, first_day date, last_day date, ' +
      'pay_date date, input jsonb, gross bigint, net bigint, employer_cost bigint, breakdown jsonb, job_code text, ' +
      'description text, risks text[], contract_type text, day_count int, total_centi_hours int, withholding_rate_bp int, ' +
      'route text[], approved_steps int, status text, approver int',
  ],
  [
    'purchases',
    'bench_u',
    'u int, a int, m int, supplier_name text, supplier_iban text, supplier_invoice_number text, description text, ' +
      'category text, invoice_date date, due_date date, amount bigint, vat bigint, at timestamptz, decided_at timestamptz, ' +
      'route text[], approved_steps int, status text, approver int',
  ],
  [
    'financings',
    'bench_f',
    'a int, by int, principal bigint, months int, first_due_date date, purpose text, fee bigint, fee_rate_bp int, ' +
      'fee_source text, requested_at timestamptz, decided_at timestamptz, instalments jsonb',
  ],
];

/** The plan's rows into temporary tables, in batches, each with a fresh id. */
async function loadPlan(tx: Queryable, plan: Plan): Promise<void> {
  for (const [key, table, columns] of PLAN_TABLES) {
    const rows = plan[key] as unknown[];
    await tx.query(`CREATE TEMP TABLE ${table} (${columns}) ON COMMIT DROP`);
    for (let from = 0; from < rows.length; from += BATCH) {
      await tx.query(`INSERT INTO ${table} SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(${columns})`, [
        JSON.stringify(rows.slice(from, from + BATCH)),
      ]);
    }
    await tx.query(`ALTER TABLE ${table} ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid()`);
  }
  await tx.query(
    `CREATE TEMP TABLE bench_fi ON COMMIT DROP AS
     SELECT f.id AS financing_id, f.a, i.number, i.due_date, i.amount, i.paid_on, gen_random_uuid() AS entry_id
       FROM bench_f f, jsonb_to_recordset(f.instalments) AS i(number int, due_date date, amount bigint, paid_on date)`,
  );
  for (const [table, key] of [
    ['bench_a', 'a'],
    ['bench_q', 'q'],
    ['bench_i', 'i'],
    ['bench_x', 'x'],
    ['bench_s', 's'],
    ['bench_u', 'u'],
  ]) {
    await tx.query(`CREATE UNIQUE INDEX ON ${table} (${key})`);
    await tx.query(`ANALYZE ${table}`);
  }
}

/** A user account for every participant (the demo member's password), linked to their person. */
async function accounts(tx: Queryable, registerEntityId: string): Promise<void> {
  await tx.query(
    `WITH p AS (
       SELECT m.person_id, m.email, m.name, m.language FROM bench_m m
        WHERE m.m IN (SELECT DISTINCT m FROM bench_ap)
     ), u AS (
       INSERT INTO users (entity_id, email, password_hash, display_name, language, roles)
       SELECT $1, p.email, (SELECT password_hash FROM users WHERE email = 'member@partage.coop'), p.name, p.language,
              '{member}'
         FROM p RETURNING id, email
     )
     UPDATE people SET user_id = u.id FROM u, p WHERE p.email = u.email AND people.id = p.person_id`,
    [registerEntityId],
  );
  await tx.query(`UPDATE bench_m m SET user_id = p.user_id FROM people p WHERE p.id = m.person_id`);
  await tx.query('ANALYZE bench_m');
}

/**
 * References from the sequences (Activities `ACT-`, documents `DEV-`/`NDF-`/`SAL-`/`ACH-`/`FIN-`,
 * contracts `CT-`, structured communications) and gap-free invoice and credit note numbers per year,
 * each continuing its series in order of creation; ids of every journal entry to come.
 */
async function numbers(tx: Queryable, entityId: string): Promise<void> {
  const sequenceBase = (sequence: string) =>
    `(SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM ${sequence})`;
  const counter = (name: string, scope: string) =>
    `COALESCE((SELECT value FROM counters WHERE entity_id = '${entityId}' AND name = '${name}' AND scope = ${scope}), 0)`;
  await tx.query(
    `ALTER TABLE bench_a ADD COLUMN reference text, ADD COLUMN account_id uuid NOT NULL DEFAULT gen_random_uuid()`,
  );
  await tx.query(
    `UPDATE bench_a a SET reference = 'ACT-' || $1::text || '-' || lpad(s.n::text, 6, '0') FROM (
       SELECT a, ${sequenceBase('activity_reference_seq')} + row_number() OVER (ORDER BY requested_at, a) AS n FROM bench_a
     ) s WHERE s.a = a.a`,
    [entityId],
  );
  for (const table of ['bench_q', 'bench_x', 'bench_s', 'bench_u', 'bench_f']) {
    await tx.query(`ALTER TABLE ${table} ADD COLUMN reference text`);
  }
  await tx.query(
    `CREATE TEMP TABLE bench_doc ON COMMIT DROP AS
     SELECT prefix, n, ${sequenceBase('activity_document_seq')} + row_number() OVER (ORDER BY at, prefix, n) AS seq FROM (
       SELECT 'DEV' AS prefix, q AS n, at FROM bench_q
       UNION ALL SELECT 'NDF', x, at FROM bench_x
       UNION ALL SELECT 'SAL', s, at FROM bench_s
       UNION ALL SELECT 'ACH', u, at FROM bench_u
       UNION ALL SELECT 'FIN', a, requested_at FROM bench_f) d`,
  );
  for (const [table, key, prefix] of [
    ['bench_q', 'q', 'DEV'],
    ['bench_x', 'x', 'NDF'],
    ['bench_s', 's', 'SAL'],
    ['bench_u', 'u', 'ACH'],
    ['bench_f', 'a', 'FIN'],
  ]) {
    await tx.query(
      `UPDATE ${table} t SET reference = '${prefix}-' || $1::text || '-' || lpad(d.seq::text, 6, '0')
         FROM bench_doc d WHERE d.prefix = '${prefix}' AND d.n = t.${key}`,
      [entityId],
    );
  }
  // Salaries: contract reference in order of approval (the year of its first day, as `insertContract`).
  await tx.query(
    `ALTER TABLE bench_s ADD COLUMN contract_id uuid, ADD COLUMN contract_reference text,
       ADD COLUMN entry_id uuid NOT NULL DEFAULT gen_random_uuid()`,
  );
  await tx.query(
    `UPDATE bench_s s SET contract_id = gen_random_uuid(),
            contract_reference = 'CT-' || $1::text || '-' || extract(year FROM s.first_day) || '-' || lpad(n.n::text, 6, '0')
       FROM (SELECT s, ${sequenceBase('contract_reference_seq')} + row_number() OVER (ORDER BY decided_at, s) AS n
               FROM bench_s WHERE status = 'approved') n
      WHERE n.s = s.s`,
    [entityId],
  );
  await tx.query(`ALTER TABLE bench_x ADD COLUMN entry_id uuid NOT NULL DEFAULT gen_random_uuid()`);
  await tx.query(`ALTER TABLE bench_u ADD COLUMN entry_id uuid NOT NULL DEFAULT gen_random_uuid()`);
  await tx.query(
    `ALTER TABLE bench_f ADD COLUMN entry_id uuid NOT NULL DEFAULT gen_random_uuid(),
       ADD COLUMN fee_entry_id uuid NOT NULL DEFAULT gen_random_uuid()`,
  );
  // Invoices: numbers per year in order of issue after the existing ones; credit notes their own series.
  await tx.query(
    `ALTER TABLE bench_i ADD COLUMN year int, ADD COLUMN seq bigint, ADD COLUMN number text, ADD COLUMN ref text,
       ADD COLUMN entry_id uuid NOT NULL DEFAULT gen_random_uuid(), ADD COLUMN pay_entry_id uuid,
       ADD COLUMN cn_id uuid, ADD COLUMN cn_entry_id uuid, ADD COLUMN cn_year int, ADD COLUMN cn_seq bigint,
       ADD COLUMN cn_number text`,
  );
  const { rows: prefix } = await tx.query<{ p: number }>(
    `SELECT (settings->>'shareReferencePrefix')::int AS p FROM entities WHERE id = $1`,
    [entityId],
  );
  await tx.query(
    `UPDATE bench_i b SET year = n.year, seq = n.seq, ref = n.ref,
            pay_entry_id = CASE WHEN b.paid > 0 THEN gen_random_uuid() END,
            cn_id = CASE WHEN b.credited_on IS NOT NULL THEN gen_random_uuid() END,
            cn_entry_id = CASE WHEN b.credited_on IS NOT NULL THEN gen_random_uuid() END
       FROM (
         SELECT i, extract(year FROM issue_date)::int AS year,
                ${counter('invoice', 'extract(year FROM issue_date)::text')}
                  + row_number() OVER (PARTITION BY extract(year FROM issue_date) ORDER BY at, i) AS seq,
                lpad(($1::bigint * 1000000000 + ${sequenceBase('invoice_reference_seq')}
                  + row_number() OVER (ORDER BY at, i))::text, 10, '0') AS ref
           FROM bench_i) n
      WHERE n.i = b.i`,
    [prefix[0]!.p],
  );
  // The structured communication: the base and its check digits (mod 97, 97 for 0).
  await tx.query(
    `UPDATE bench_i SET number = $1::text || '-' || year || '-' || lpad(seq::text, 6, '0'),
            ref = ref || lpad((CASE WHEN ref::bigint % 97 = 0 THEN 97 ELSE ref::bigint % 97 END)::text, 2, '0')`,
    [entityId],
  );
  await tx.query(
    `UPDATE bench_i b SET cn_year = n.year, cn_seq = n.seq,
            cn_number = $1::text || '-CN-' || n.year || '-' || lpad(n.seq::text, 6, '0')
       FROM (
         SELECT i, extract(year FROM credited_on)::int AS year,
                ${counter('credit_note', 'extract(year FROM credited_on)::text')}
                  + row_number() OVER (PARTITION BY extract(year FROM credited_on) ORDER BY credited_on, i) AS seq
           FROM bench_i WHERE credited_on IS NOT NULL) n
      WHERE n.i = b.i`,
    [entityId],
  );
  await tx.query('ANALYZE bench_a, bench_i, bench_s, bench_x, bench_u, bench_q');
}

/** Budget accounts, Activities, participants and quotes. */
async function activities(tx: Queryable, entityId: string, adviserId: string): Promise<void> {
  await tx.query(
    `INSERT INTO ledger_accounts (id, entity_id, code, kind, owner_type, owner_id, name, currency,
        debits_must_not_exceed_credits, created_by, created_at)
     SELECT account_id, $1, '4892-' || id, 'activity_budget', 'activity', id::text, left(reference || ' ' || name, 200),
            'EUR', true, $2, decided_at
       FROM bench_a ORDER BY decided_at`,
    [entityId, adviserId],
  );
  await tx.query(
    `INSERT INTO activities (id, entity_id, reference, name, description, job_family, status, opened_by, adviser_id,
        budget_account_id, requested_at, decided_at, decided_by, search_text)
     SELECT a.id, $1, a.reference, a.name, a.description, a.job_family, 'active', m.person_id, $2, a.account_id,
            a.requested_at, a.decided_at, $2,
            translate(lower(a.reference || ' ' || a.name || ' ' || m.name), 'àâäáãéèêëíìîïóòôöõúùûüçñ',
                      'aaaaaeeeeiiiiooooouuuucn')
       FROM bench_a a JOIN bench_m m ON m.m = a.opener ORDER BY a.requested_at`,
    [entityId, adviserId],
  );
  await tx.query('ANALYZE activities');
  await tx.query(
    `INSERT INTO activity_participants (activity_id, person_id, administrator, rights, invited_by, joined_at)
     SELECT a.id, m.person_id, p.administrator, p.rights, o.user_id, p.joined_at
       FROM bench_ap p JOIN bench_a a USING (a) JOIN bench_m m ON m.m = p.m JOIN bench_m o ON o.m = a.opener`,
  );
  await tx.query(
    `INSERT INTO activity_quotes (id, activity_id, entity_id, number, client_id, status, quote_date, valid_until, title,
        lines, totals, total_excl_vat_cents, total_vat_cents, total_incl_vat_cents, language, token_hash, sent_at,
        answered_at, answered_by, created_by, created_at)
     SELECT q.id, a.id, $1, q.reference, cl.id, q.status, q.quote_date, q.valid_until, q.title,
            jsonb_build_array(jsonb_build_object('baseCents', q.amount, 'description', q.description,
              'vatTreatment', 'standard_21', 'centiQuantity', q.quantity_centi, 'unitPriceCents', q.unit_price)),
            jsonb_build_object('groups', jsonb_build_array(jsonb_build_object('rateBp', 2100, 'category', 'S',
              'vatCents', q.vat, 'baseCents', q.amount, 'treatment', 'standard_21')), 'totalVatCents', q.vat,
              'totalBaseCents', q.amount, 'totalInclVatCents', q.amount + q.vat),
            q.amount, q.vat, q.amount + q.vat, cl.language,
            encode(sha256(convert_to('bench-quote-' || q.id, 'UTF8')), 'base64'), q.at, q.answered_at,
            CASE WHEN q.answered_at IS NOT NULL THEN 'client' END, m.user_id, q.at
       FROM bench_q q JOIN bench_a a USING (a) JOIN bench_cl cl ON cl.c = q.c JOIN bench_m m ON m.m = q.by
      ORDER BY q.at`,
    [entityId],
  );
  await tx.query('ANALYZE activity_participants, activity_quotes');
}

/**
 * Accounts of the clients, claimants and salaried participants, then every entry and its postings: entries
 * in number order (the gap-free trigger checks n − 1 row by row), postings in one statement.
 */
async function ledger(
  tx: Queryable,
  entityId: string,
  shared: Record<'vat' | 'fee' | 'bank' | 'suppliers' | 'loans', string>,
  staff: { serviceId: string; adviserId: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO ledger_accounts (entity_id, code, kind, owner_type, owner_id, currency, debits_must_not_exceed_credits)
     SELECT $1, '400-' || cl.id, 'client_receivables', 'client', cl.id::text, 'EUR', false
       FROM (SELECT DISTINCT c FROM bench_i) i JOIN bench_cl cl USING (c)
     UNION ALL
     SELECT $1, '4893-' || m.person_id, 'expenses_payable', 'member', m.person_id::text, 'EUR', false
       FROM (SELECT DISTINCT m FROM bench_x WHERE status = 'approved') x JOIN bench_m m USING (m)
     UNION ALL
     SELECT $1, '4891-' || m.person_id, 'member_contract', 'member', m.person_id::text, 'EUR', true
       FROM (SELECT DISTINCT m FROM bench_s WHERE status = 'approved') s JOIN bench_m m USING (m)
     ON CONFLICT DO NOTHING`,
    [entityId],
  );
  await tx.query(
    `CREATE TEMP TABLE bench_acc ON COMMIT DROP AS
     SELECT kind, owner_id, id FROM ledger_accounts
      WHERE entity_id = $1 AND kind IN ('client_receivables', 'expenses_payable', 'member_contract')`,
    [entityId],
  );
  await tx.query('CREATE UNIQUE INDEX ON bench_acc (kind, owner_id)');
  await tx.query('ANALYZE ledger_accounts, bench_acc');

  // 1 invoice, 2 client payment, 3 credit note (reversal of 1), 4 expense claim, 5 salary, 6 purchase,
  // 7 loan, 8 loan fee, 9 instalment; numbered in order of time.
  await tx.query(
    `CREATE TEMP TABLE bench_e ON COMMIT DROP AS
     SELECT u.*, COALESCE((SELECT value FROM counters WHERE entity_id = $1 AND name = 'journal_entry' AND scope = ''), 0)
              + row_number() OVER (ORDER BY at, kind, n) AS number
       FROM (
         SELECT 1 AS kind, i.i AS n, i.entry_id AS id, i.issue_date AS entry_date, i.at,
                left('Invoice ' || i.number || ' – ' || cl.name, 500) AS description, i.number AS reference,
                'invoice' AS source,
                CASE WHEN i.q IS NULL THEN 'activity-direct-invoice:' || a.id || ':bench-' || i.i
                     ELSE 'activity-invoice:' || q.id || ':1' END AS key,
                m.user_id AS created_by, NULL::uuid AS reverses
           FROM bench_i i JOIN bench_a a USING (a) JOIN bench_cl cl ON cl.c = i.c JOIN bench_m m ON m.m = i.by
           LEFT JOIN bench_q q ON q.q = i.q
         UNION ALL
         SELECT 2, i.i, i.pay_entry_id, i.paid_on, i.paid_on + time '07:30', 'Payment of invoice ' || i.number,
                'BENCH-ACT-' || i.i, 'invoice.payment', 'invoice-payment:BENCH-ACT-' || i.i, $2::uuid, NULL
           FROM bench_i i WHERE i.paid > 0
         UNION ALL
         SELECT 3, i.i, i.cn_entry_id, i.credited_on, i.credited_on + time '11:00',
                'Credit note ' || i.cn_number || ' for invoice ' || i.number, i.number, 'reversal',
                'credit-note:' || i.id, m.user_id, i.entry_id
           FROM bench_i i JOIN bench_m m ON m.m = i.by WHERE i.credited_on IS NOT NULL
         UNION ALL
         SELECT 4, x.x, x.entry_id, x.decided_at::date, x.decided_at,
                'Expense claim ' || x.reference || ' – Activity ' || a.reference, x.reference, 'activity.expense',
                'activity-expense:' || x.id, CASE WHEN x.route[x.approved_steps] = 'staff' THEN $3::uuid ELSE m.user_id END,
                NULL
           FROM bench_x x JOIN bench_a a USING (a) JOIN bench_m m ON m.m = x.approver WHERE x.status = 'approved'
         UNION ALL
         SELECT 5, s.s, s.entry_id, s.decided_at::date, s.decided_at,
                'Salary ' || s.contract_reference || ' paid by Activity ' || a.reference, s.contract_reference,
                'activity.salary', 'activity-salary:' || s.id,
                CASE WHEN s.route[s.approved_steps] = 'staff' THEN $3::uuid ELSE m.user_id END, NULL
           FROM bench_s s JOIN bench_a a USING (a) JOIN bench_m m ON m.m = s.approver WHERE s.status = 'approved'
         UNION ALL
         SELECT 6, u.u, u.entry_id, u.decided_at::date, u.decided_at,
                left('Purchase ' || u.reference || ' – ' || u.supplier_name, 500), u.reference, 'activity.purchase',
                'activity-purchase:' || u.id,
                CASE WHEN u.route[u.approved_steps] = 'staff' THEN $3::uuid ELSE m.user_id END, NULL
           FROM bench_u u JOIN bench_m m ON m.m = u.approver WHERE u.status = 'approved'
         UNION ALL
         SELECT 7, f.a, f.entry_id, f.decided_at::date, f.decided_at,
                'Internal financing ' || f.reference || ' to Activity ' || a.reference, f.reference, 'activity.loan',
                'activity-financing:' || f.id, $3::uuid, NULL
           FROM bench_f f JOIN bench_a a USING (a)
         UNION ALL
         SELECT 8, f.a, f.fee_entry_id, f.decided_at::date, f.decided_at + interval '1 second',
                'Arrangement fee of ' || f.reference, f.reference, 'activity.loan_fee', 'activity-financing-fee:' || f.id,
                $3::uuid, NULL
           FROM bench_f f WHERE f.fee > 0
         UNION ALL
         SELECT 9, fi.number, fi.entry_id, fi.paid_on, fi.paid_on + time '05:00',
                'Instalment ' || fi.number || ' of ' || f.reference || ' – Activity ' || a.reference, f.reference,
                'activity.repayment', 'activity-instalment:' || f.id || ':' || fi.number, NULL, NULL
           FROM bench_fi fi JOIN bench_f f ON f.id = fi.financing_id JOIN bench_a a ON a.a = f.a
          WHERE fi.paid_on IS NOT NULL
       ) u`,
    [entityId, staff.serviceId, staff.adviserId],
  );
  await tx.query('CREATE UNIQUE INDEX ON bench_e (id)');
  await tx.query('ANALYZE bench_e');

  // Postings are debit-positive. Line numbers follow the app's order, zero amounts left out.
  await tx.query(
    `CREATE TEMP TABLE bench_p ON COMMIT DROP AS
     WITH lines AS (
       SELECT i.entry_id, v.ord, v.account_id, v.amount
         FROM bench_i i JOIN bench_a a USING (a) JOIN bench_cl cl ON cl.c = i.c
         JOIN bench_acc r ON r.kind = 'client_receivables' AND r.owner_id = cl.id::text
        CROSS JOIN LATERAL (VALUES (1, r.id, i.amount + i.vat), (2, $1::uuid, -i.vat), (3, $2::uuid, -i.fee),
                                   (4, a.account_id, -i.credit)) AS v(ord, account_id, amount)
       UNION ALL
       SELECT i.pay_entry_id, v.ord, v.account_id, v.amount
         FROM bench_i i JOIN bench_cl cl ON cl.c = i.c
         JOIN bench_acc r ON r.kind = 'client_receivables' AND r.owner_id = cl.id::text
        CROSS JOIN LATERAL (VALUES (1, $3::uuid, i.paid), (2, r.id, -i.paid)) AS v(ord, account_id, amount)
        WHERE i.paid > 0
       UNION ALL
       SELECT x.entry_id, v.ord, v.account_id, v.amount
         FROM bench_x x JOIN bench_a a USING (a) JOIN bench_m m ON m.m = x.m
         JOIN bench_acc p ON p.kind = 'expenses_payable' AND p.owner_id = m.person_id::text
        CROSS JOIN LATERAL (VALUES (1, a.account_id, x.cost), (2, $1::uuid, x.vat), (3, p.id, -x.claimed))
                AS v(ord, account_id, amount)
        WHERE x.status = 'approved'
       UNION ALL
       SELECT s.entry_id, v.ord, v.account_id, v.amount
         FROM bench_s s JOIN bench_a a USING (a) JOIN bench_m m ON m.m = s.m
         JOIN bench_acc c ON c.kind = 'member_contract' AND c.owner_id = m.person_id::text
        CROSS JOIN LATERAL (VALUES (1, a.account_id, s.employer_cost), (2, c.id, -s.employer_cost))
                AS v(ord, account_id, amount)
        WHERE s.status = 'approved'
       UNION ALL
       SELECT u.entry_id, v.ord, v.account_id, v.amount
         FROM bench_u u JOIN bench_a a USING (a)
        CROSS JOIN LATERAL (VALUES (1, a.account_id, u.amount), (2, $1::uuid, u.vat), (3, $4::uuid, -(u.amount + u.vat)))
                AS v(ord, account_id, amount)
        WHERE u.status = 'approved'
       UNION ALL
       SELECT f.entry_id, v.ord, v.account_id, v.amount
         FROM bench_f f JOIN bench_a a USING (a)
        CROSS JOIN LATERAL (VALUES (1, $5::uuid, f.principal), (2, a.account_id, -f.principal)) AS v(ord, account_id, amount)
       UNION ALL
       SELECT f.fee_entry_id, v.ord, v.account_id, v.amount
         FROM bench_f f JOIN bench_a a USING (a)
        CROSS JOIN LATERAL (VALUES (1, a.account_id, f.fee), (2, $2::uuid, -f.fee)) AS v(ord, account_id, amount)
        WHERE f.fee > 0
       UNION ALL
       SELECT fi.entry_id, v.ord, v.account_id, v.amount
         FROM bench_fi fi JOIN bench_a a ON a.a = fi.a
        CROSS JOIN LATERAL (VALUES (1, a.account_id, fi.amount), (2, $5::uuid, -fi.amount)) AS v(ord, account_id, amount)
        WHERE fi.paid_on IS NOT NULL
     ), numbered AS (
       SELECT entry_id, row_number() OVER (PARTITION BY entry_id ORDER BY ord)::int AS line_no, account_id, amount
         FROM lines WHERE amount <> 0
     )
     SELECT * FROM numbered
     UNION ALL
     -- A credit note reverses its invoice's entry line by line.
     SELECT i.cn_entry_id, n.line_no, n.account_id, -n.amount
       FROM bench_i i JOIN numbered n ON n.entry_id = i.entry_id WHERE i.credited_on IS NOT NULL`,
    [shared.vat, shared.fee, shared.bank, shared.suppliers, shared.loans],
  );
  await tx.query('ANALYZE bench_p');

  const insertEntries = (where: string) =>
    tx.query(
      `INSERT INTO journal_entries (id, entity_id, number, entry_date, description, reference, source, idempotency_key,
         fingerprint, posting_count, reverses_entry_id, created_by, created_at)
       SELECT e.id, $1, e.number, e.entry_date, e.description, e.reference, e.source, e.key,
              encode(sha256(convert_to(e.key, 'UTF8')), 'hex'), pc.n, e.reverses, e.created_by, e.at
         FROM bench_e e JOIN (SELECT entry_id, count(*)::int AS n FROM bench_p GROUP BY entry_id) pc ON pc.entry_id = e.id
        WHERE ${where} ORDER BY e.number`,
      [entityId],
    );
  await insertEntries(`e.number <= (SELECT min(number) FROM bench_e) + ${FIRST_CHUNK}`);
  await tx.query('ANALYZE journal_entries');
  await insertEntries(`e.number > (SELECT min(number) FROM bench_e) + ${FIRST_CHUNK}`);
  await tx.query('ANALYZE journal_entries');
  await tx.query(
    `INSERT INTO postings (entry_id, entity_id, line_no, account_id, amount_cents, currency)
     SELECT entry_id, $1, line_no, account_id, amount, 'EUR' FROM bench_p`,
    [entityId],
  );
  // The deferred check of each entry at commit reads its postings.
  await tx.query('ANALYZE postings');
}

/**
 * Invoices (the demo's first Activity invoice as the shape of the frozen document), credit notes, lines,
 * payments and sale lines; the salaries' contracts and their days; requests and their approvals; the loan.
 */
async function documents(
  tx: Queryable,
  entityId: string,
  today: string,
  staff: { serviceId: string; adviserId: string },
): Promise<void> {
  const { rows: shapes } = await tx.query<{
    document: Record<string, unknown>;
    structured_reference: string;
  }>(
    `SELECT document, structured_reference FROM invoices WHERE entity_id = $1 AND activity_id IS NOT NULL
        AND kind = 'invoice' ORDER BY created_at LIMIT 1`,
    [entityId],
  );
  const shape = shapes[0];
  if (!shape) throw new Error('the demo Activity invoice (DEMO_SEED) is needed as a shape');
  const insertInvoices = (where: string) =>
    tx.query(
      `INSERT INTO invoices (id, entity_id, kind, number, year, sequence, client_id, language, issue_date, due_date,
          total_excl_vat_cents, total_vat_cents, total_incl_vat_cents, structured_reference, document, journal_entry_id,
          paid_cents, status, created_by, created_at, credited_cents, activity_id, quote_id, schedule_kind)
       SELECT i.id, $1, 'invoice', i.number, i.year, i.seq, cl.id, cl.language, i.issue_date,
              i.issue_date + cl.payment_terms_days, i.amount, i.vat, i.amount + i.vat, i.ref,
              $2::jsonb || jsonb_build_object(
                'language', cl.language, 'number', i.number, 'issueDate', i.issue_date::text,
                'dueDate', (i.issue_date + cl.payment_terms_days)::text, 'deliveryFrom', i.issue_date::text,
                'deliveryTo', i.issue_date::text,
                'performer', jsonb_build_object('name', a.name || ' (' || a.reference || ')', 'memberNumber', NULL),
                'client', jsonb_build_object('name', cl.name, 'kind', 'company', 'street', cl.street,
                   'postalCode', cl.postal_code, 'city', cl.city, 'country', 'BE', 'enterpriseNumber', cl.enterprise_number,
                   'vatNumber', 'BE' || cl.enterprise_number, 'buyerReference', NULL),
                'lines', jsonb_build_array(jsonb_build_object('unit', 'unit', 'vatRateBp', i.vat_rate_bp,
                   'description', i.description, 'quantityCenti', i.quantity_centi, 'unitPriceCents', i.unit_price,
                   'amountExclVatCents', i.amount)),
                'vat', jsonb_build_array(($2::jsonb->'vat'->0) || jsonb_build_object('rateBp', i.vat_rate_bp,
                   'baseCents', i.amount, 'vatCents', i.vat)),
                'totalExclVatCents', i.amount, 'totalVatCents', i.vat, 'totalInclVatCents', i.amount + i.vat,
                'structuredCommunication',
                  '+++' || substr(i.ref, 1, 3) || '/' || substr(i.ref, 4, 4) || '/' || substr(i.ref, 8, 5) || '+++',
                'paymentTermsDays', cl.payment_terms_days,
                'epcQrPayload', replace(regexp_replace($2::jsonb->>'epcQrPayload', 'EUR[0-9]+\\.[0-9]{2}',
                   'EUR' || to_char((i.amount + i.vat) / 100.0, 'FM999999990.00')), $3, i.ref)),
              i.entry_id, i.paid,
              CASE WHEN i.credited_on IS NOT NULL THEN 'credited' WHEN i.paid = i.amount + i.vat THEN 'paid'
                   WHEN i.paid > 0 THEN 'partially_paid' ELSE 'issued' END,
              m.user_id, i.at, CASE WHEN i.credited_on IS NOT NULL THEN i.amount + i.vat ELSE 0 END, a.id, q.id,
              CASE WHEN q.id IS NOT NULL THEN 'final' END
         FROM bench_i i JOIN bench_a a USING (a) JOIN bench_cl cl ON cl.c = i.c JOIN bench_m m ON m.m = i.by
         LEFT JOIN bench_q q ON q.q = i.q
        WHERE ${where} ORDER BY i.year, i.seq`,
      [entityId, JSON.stringify(shape.document), shape.structured_reference],
    );
  await insertInvoices(`i.i IN (SELECT i FROM bench_i ORDER BY year, seq LIMIT ${FIRST_CHUNK})`);
  await tx.query('ANALYZE invoices');
  await insertInvoices(`i.i NOT IN (SELECT i FROM bench_i ORDER BY year, seq LIMIT ${FIRST_CHUNK})`);
  await tx.query(
    `INSERT INTO invoices (id, entity_id, kind, number, year, sequence, credits_invoice_id, client_id, language,
        issue_date, total_excl_vat_cents, total_vat_cents, total_incl_vat_cents, document, journal_entry_id, status,
        created_by, created_at, activity_id)
     SELECT b.cn_id, $1, 'credit_note', b.cn_number, b.cn_year, b.cn_seq, v.id, v.client_id, v.language, b.credited_on,
            v.total_excl_vat_cents, v.total_vat_cents, v.total_incl_vat_cents,
            v.document || jsonb_build_object('kind', 'credit_note', 'number', b.cn_number,
              'issueDate', b.credited_on::text, 'dueDate', NULL, 'epcQrPayload', NULL,
              'credits', jsonb_build_object('number', v.number, 'issueDate', v.issue_date::text),
              'reason', 'Prestation annulée à la demande du client'),
            b.cn_entry_id, 'issued', v.created_by, b.credited_on + time '11:00', v.activity_id
       FROM bench_i b JOIN invoices v ON v.id = b.id WHERE b.credited_on IS NOT NULL ORDER BY b.cn_year, b.cn_seq`,
    [entityId],
  );
  await tx.query('ANALYZE invoices');
  await tx.query(
    `INSERT INTO invoice_lines (invoice_id, line_no, description, quantity_centi, unit, unit_price_cents,
        amount_excl_vat_cents, vat_treatment, vat_rate_bp, vat_cents)
     SELECT id, 1, description, quantity_centi, 'unit', unit_price, amount, 'standard_21', vat_rate_bp, vat FROM bench_i
     UNION ALL
     SELECT cn_id, 1, description, quantity_centi, 'unit', unit_price, amount, 'standard_21', vat_rate_bp, vat
       FROM bench_i WHERE credited_on IS NOT NULL`,
  );
  await tx.query(
    `INSERT INTO invoice_payments (invoice_id, amount_cents, paid_on, bank_reference, journal_entry_id, recorded_by,
        created_at)
     SELECT id, paid, paid_on, 'BENCH-ACT-' || i, pay_entry_id, $1, paid_on + time '07:30' FROM bench_i WHERE paid > 0`,
    [staff.serviceId],
  );
  await tx.query(
    `INSERT INTO activity_sales (activity_id, invoice_id, document_id, kind, sale_date, amount_excl_vat_cents, fee_cents,
        credit_cents, journal_entry_id)
     SELECT a.id, i.id, i.id, 'invoice', i.issue_date, i.amount, i.fee, i.credit, i.entry_id
       FROM bench_i i JOIN bench_a a USING (a)
     UNION ALL
     SELECT a.id, i.id, i.cn_id, 'credit_note', i.credited_on, -i.amount, -i.fee, -i.credit, i.cn_entry_id
       FROM bench_i i JOIN bench_a a USING (a) WHERE i.credited_on IS NOT NULL`,
  );

  // Salaries: the contract of each approved request (no client: the Activity pays), its days.
  await tx.query(
    `INSERT INTO contracts (id, entity_id, reference, person_id, client_id, activity_id, job_code, description,
        country_of_work, risks, contract_type, first_day, last_day, day_count, total_centi_hours, amount_excl_vat_cents,
        vat_treatment, vat_rate_bp, vat_cents, withholding_rate_bp, expenses_cents, fee_cents, gross_cents,
        employer_cost_cents, net_cents, breakdown, warnings, pay_date, status, language, created_by, created_at)
     SELECT s.contract_id, $1, s.contract_reference, m.person_id, NULL, a.id, s.job_code, s.description, 'BE', s.risks,
            s.contract_type, s.first_day, s.last_day, s.day_count, s.total_centi_hours, s.employer_cost, 'zero', 0, 0,
            s.withholding_rate_bp, 0, 0, s.gross, s.employer_cost, s.net, s.breakdown, '[]', s.pay_date,
            CASE WHEN s.pay_date < $2::date THEN 'paid' ELSE 'declared' END, m.language, $3, s.decided_at
       FROM bench_s s JOIN bench_a a USING (a) JOIN bench_m m ON m.m = s.m WHERE s.status = 'approved'
      ORDER BY s.decided_at`,
    [entityId, today, staff.adviserId],
  );
  await tx.query(
    `INSERT INTO contract_days (contract_id, person_id, day, centi_hours)
     SELECT s.contract_id, m.person_id, d::date, s.total_centi_hours / s.day_count
       FROM bench_s s JOIN bench_m m ON m.m = s.m, generate_series(s.first_day, s.last_day, interval '1 day') AS d
      WHERE s.status = 'approved'`,
  );
  await tx.query(
    `INSERT INTO activity_salary_requests (id, activity_id, entity_id, reference, person_id, input, mode, first_day,
        last_day, gross_cents, net_cents, employer_cost_cents, breakdown, route, status, submitted_on, decided_at,
        contract_id, submitted_by, created_at)
     SELECT s.id, a.id, $1, s.reference, m.person_id, s.input, 'gross', s.first_day, s.last_day, s.gross, s.net,
            s.employer_cost, s.breakdown, s.route, s.status, s.submitted_on, s.decided_at, s.contract_id, m.user_id, s.at
       FROM bench_s s JOIN bench_a a USING (a) JOIN bench_m m ON m.m = s.m ORDER BY s.at`,
    [entityId],
  );

  // Expense claims: one receipt line each, shaped as `claimExpenses` writes it.
  const { rows: sources } = await tx.query<{ with_vat: string; without_vat: string }>(
    `SELECT max(lines->0->>'source') FILTER (WHERE (lines->0->>'vatInvoice')::boolean) AS with_vat,
            max(lines->0->>'source') FILTER (WHERE NOT (lines->0->>'vatInvoice')::boolean) AS without_vat
       FROM activity_expense_claims`,
  );
  await tx.query(
    `INSERT INTO activity_expense_claims (id, activity_id, entity_id, reference, person_id, lines, claimed_cents,
        recoverable_vat_cents, budget_cost_cents, route, status, submitted_on, decided_at, journal_entry_id,
        submitted_by, created_at)
     SELECT x.id, a.id, $1, x.reference, m.person_id,
            jsonb_build_array(jsonb_build_object('to', NULL, 'date', x.submitted_on::text, 'from', NULL, 'kind', 'receipt',
              'deciKm', NULL, 'source', CASE WHEN x.vat > 0 THEN $2 ELSE $3 END, 'category', x.category,
              'vatCents', x.vat, 'vatInvoice', x.vat > 0, 'description', x.description, 'mileageRate', NULL,
              'onAssignment', false, 'receiptFileId', NULL, 'budgetCostCents', x.cost, 'amountInclVatCents', x.claimed,
              'recoverableVatCents', x.vat)),
            x.claimed, x.vat, x.cost, x.route, x.status, x.submitted_on, x.decided_at,
            CASE WHEN x.status = 'approved' THEN x.entry_id END, m.user_id, x.at
       FROM bench_x x JOIN bench_a a USING (a) JOIN bench_m m ON m.m = x.m ORDER BY x.at`,
    [entityId, sources[0]?.with_vat ?? 'VAT Code art. 45', sources[0]?.without_vat ?? 'No VAT invoice'],
  );

  // Purchases: the supplier's invoice (one shared file), its VAT recovered, the rest from the budget.
  const { rows: file } = await tx.query<{ id: string }>(
    `INSERT INTO activity_files (activity_id, content_type, file_name, size_bytes, sha256, bytes, uploaded_by, created_at)
     SELECT a.id, f.content_type, 'facture-fournisseur.pdf', f.size_bytes, f.sha256, f.bytes, m.user_id, a.decided_at
       FROM bench_a a JOIN bench_m m ON m.m = a.opener,
            (SELECT content_type, size_bytes, sha256, bytes FROM activity_files WHERE content_type = 'application/pdf'
              ORDER BY created_at LIMIT 1) f
      WHERE a.big RETURNING id`,
  );
  if (!file[0]) throw new Error('the demo supplier invoice (DEMO_SEED) is needed as a shape');
  await tx.query(
    `INSERT INTO activity_purchases (id, activity_id, entity_id, reference, person_id, supplier_name, supplier_iban,
        supplier_invoice_number, description, category, investment, invoice_date, due_date, amount_excl_vat_cents,
        vat_cents, total_incl_vat_cents, recoverable_vat_cents, budget_cost_cents, file_id, route, status, submitted_on,
        decided_at, journal_entry_id, submitted_by, created_at)
     SELECT u.id, a.id, $1, u.reference, m.person_id, u.supplier_name, u.supplier_iban, u.supplier_invoice_number,
            u.description, u.category, false, u.invoice_date, u.due_date, u.amount, u.vat, u.amount + u.vat, u.vat,
            u.amount, $2, u.route, u.status, u.at::date, u.decided_at,
            CASE WHEN u.status = 'approved' THEN u.entry_id END, m.user_id, u.at
       FROM bench_u u JOIN bench_a a USING (a) JOIN bench_m m ON m.m = u.m ORDER BY u.at`,
    [entityId, file[0].id],
  );

  // Approvals of each step decided: the Activity's administrator first, then staff above the threshold.
  await tx.query(
    `INSERT INTO activity_approvals (activity_id, subject_type, subject_id, step, decision, decided_by, person_id, at)
     SELECT r.activity_id, r.subject_type, r.id, r.route[k], 'approve',
            CASE WHEN r.route[k] = 'staff' THEN $1::uuid ELSE m.user_id END,
            CASE WHEN r.route[k] = 'staff' THEN NULL ELSE m.person_id END,
            CASE WHEN k = r.approved_steps AND r.decided_at IS NOT NULL THEN r.decided_at
                 ELSE LEAST(r.at + interval '1 day', COALESCE(r.decided_at, r.at + interval '1 day')) END
       FROM (
         SELECT 'expense_claim' AS subject_type, x.id, a.id AS activity_id, x.route, x.approved_steps, x.approver,
                x.at, x.decided_at FROM bench_x x JOIN bench_a a USING (a)
         UNION ALL
         SELECT 'salary_request', s.id, a.id, s.route, s.approved_steps, s.approver, s.at, s.decided_at
           FROM bench_s s JOIN bench_a a USING (a)
         UNION ALL
         SELECT 'purchase', u.id, a.id, u.route, u.approved_steps, u.approver, u.at, u.decided_at
           FROM bench_u u JOIN bench_a a USING (a)
       ) r JOIN bench_m m ON m.m = r.approver, generate_series(1, r.approved_steps) AS k
      ORDER BY 8`,
    [staff.adviserId],
  );

  // The loan and its instalments (paid on their due date by the daily job).
  await tx.query(
    `INSERT INTO activity_financings (id, activity_id, entity_id, reference, kind, principal_cents, months,
        first_due_date, purpose, arrangement_fee_cents, arrangement_fee_rate_bp, arrangement_fee_source, status,
        requested_by, requested_at, decided_by, decided_at, journal_entry_id)
     SELECT f.id, a.id, $1, f.reference, 'loan', f.principal, f.months, f.first_due_date, f.purpose, f.fee,
            f.fee_rate_bp, f.fee_source,
            CASE WHEN EXISTS (SELECT 1 FROM bench_fi i WHERE i.financing_id = f.id AND i.paid_on IS NULL)
                 THEN 'granted' ELSE 'repaid' END,
            m.user_id, f.requested_at, $2, f.decided_at, f.entry_id
       FROM bench_f f JOIN bench_a a USING (a) JOIN bench_m m ON m.m = f.by`,
    [entityId, staff.adviserId],
  );
  await tx.query(
    `INSERT INTO activity_financing_instalments (financing_id, number, due_date, amount_cents, paid_on, journal_entry_id)
     SELECT financing_id, number, due_date, amount, paid_on, CASE WHEN paid_on IS NOT NULL THEN entry_id END
       FROM bench_fi ORDER BY financing_id, number`,
  );
}

/** The history of each Activity, as the use cases record it. */
async function events(tx: Queryable, adviserId: string): Promise<void> {
  await tx.query(
    `INSERT INTO activity_events (activity_id, action, subject_type, subject_id, params, actor_id, at)
     WITH requests AS (
       SELECT 'expense_claim' AS subject_type, x.id, a.id AS activity_id, x.reference, x.claimed AS amount, x.route,
              x.approved_steps, x.at, x.decided_at, sm.user_id AS submitter, am.user_id AS approver_user
         FROM bench_x x JOIN bench_a a USING (a) JOIN bench_m sm ON sm.m = x.m JOIN bench_m am ON am.m = x.approver
       UNION ALL
       SELECT 'salary_request', s.id, a.id, s.reference, s.employer_cost, s.route, s.approved_steps, s.at, s.decided_at,
              sm.user_id, am.user_id
         FROM bench_s s JOIN bench_a a USING (a) JOIN bench_m sm ON sm.m = s.m JOIN bench_m am ON am.m = s.approver
       UNION ALL
       SELECT 'purchase', u.id, a.id, u.reference, u.amount + u.vat, u.route, u.approved_steps, u.at, u.decided_at,
              sm.user_id, am.user_id
         FROM bench_u u JOIN bench_a a USING (a) JOIN bench_m sm ON sm.m = u.m JOIN bench_m am ON am.m = u.approver
     )
     SELECT activity_id, action, subject_type, subject_id, params, actor, at FROM (
       SELECT a.id AS activity_id, 'requested' AS action, NULL AS subject_type, NULL AS subject_id,
              '{}'::jsonb AS params, m.user_id AS actor, a.requested_at AS at
         FROM bench_a a JOIN bench_m m ON m.m = a.opener
       UNION ALL
       SELECT a.id, 'approved', NULL, NULL, '{}', $1::uuid, a.decided_at FROM bench_a a
       UNION ALL
       SELECT a.id, 'participant_invited', 'person', m.person_id::text,
              jsonb_build_object('rights', array_to_string(p.rights, ','), 'administrator', false), o.user_id, p.joined_at
         FROM bench_ap p JOIN bench_a a USING (a) JOIN bench_m m ON m.m = p.m JOIN bench_m o ON o.m = a.opener
        WHERE NOT p.administrator
       UNION ALL
       SELECT a.id, e.action, 'quote', q.id::text, e.params, m.user_id, e.at
         FROM bench_q q JOIN bench_a a USING (a) JOIN bench_m m ON m.m = q.by
        CROSS JOIN LATERAL (VALUES
          ('quote_created', jsonb_build_object('number', q.reference, 'amountCents', q.amount), q.at),
          ('quote_sent', jsonb_build_object('number', q.reference), q.at),
          ('quote_' || q.status, jsonb_build_object('by', 'client', 'number', q.reference), q.answered_at)) AS e(action, params, at)
        WHERE e.at IS NOT NULL
       UNION ALL
       SELECT a.id, 'invoice_issued', 'invoice', i.id::text,
              jsonb_build_object('number', i.number, 'amountCents', i.amount, 'creditCents', i.credit), m.user_id, i.at
         FROM bench_i i JOIN bench_a a USING (a) JOIN bench_m m ON m.m = i.by
       UNION ALL
       SELECT a.id, 'credit_note_issued', 'invoice', i.cn_id::text,
              jsonb_build_object('number', i.cn_number, 'invoice', i.number), m.user_id, i.credited_on + time '11:00'
         FROM bench_i i JOIN bench_a a USING (a) JOIN bench_m m ON m.m = i.by WHERE i.credited_on IS NOT NULL
       UNION ALL
       SELECT r.activity_id, r.subject_type || CASE WHEN r.subject_type = 'purchase' THEN '_recorded' ELSE 'ed' END,
              r.subject_type, r.id::text, jsonb_build_object('reference', r.reference, 'amountCents', r.amount),
              r.submitter, r.at
         FROM requests r
       UNION ALL
       SELECT r.activity_id,
              r.subject_type || CASE WHEN k < array_length(r.route, 1) THEN '_step_approved' ELSE '_approved' END,
              r.subject_type, r.id::text, jsonb_build_object('step', r.route[k], 'reference', r.reference),
              CASE WHEN r.route[k] = 'staff' THEN $1::uuid ELSE r.approver_user END,
              CASE WHEN k = r.approved_steps AND r.decided_at IS NOT NULL THEN r.decided_at
                   ELSE LEAST(r.at + interval '1 day', COALESCE(r.decided_at, r.at + interval '1 day')) END
         FROM requests r, generate_series(1, r.approved_steps) AS k
       UNION ALL
       SELECT a.id, e.action, 'financing', f.id::text, e.params, e.actor, e.at
         FROM bench_f f JOIN bench_a a USING (a) JOIN bench_m m ON m.m = f.by
        CROSS JOIN LATERAL (VALUES
          ('financing_requested', jsonb_build_object('kind', 'loan', 'reference', f.reference, 'amountCents', f.principal),
           m.user_id, f.requested_at),
          ('financing_granted', jsonb_build_object('reference', f.reference), $1::uuid, f.decided_at)) AS e(action, params, actor, at)
       UNION ALL
       SELECT a.id, 'instalment_paid', 'financing', f.id::text,
              jsonb_build_object('reference', f.reference, 'number', fi.number, 'amountCents', fi.amount), NULL,
              fi.paid_on + time '05:00'
         FROM bench_fi fi JOIN bench_f f ON f.id = fi.financing_id JOIN bench_a a ON a.a = f.a WHERE fi.paid_on IS NOT NULL
     ) e ORDER BY at`,
    [adviserId],
  );
}

/** Every counter the generated rows used, set to the highest number (never lowered); the sequences past them. */
async function counters(tx: Queryable, entityId: string): Promise<void> {
  await tx.query(
    `INSERT INTO counters (entity_id, name, scope, value)
     SELECT $1, name, scope, max(value) FROM (
       SELECT 'invoice' AS name, year::text AS scope, seq AS value FROM bench_i
       UNION ALL SELECT 'credit_note', cn_year::text, cn_seq FROM bench_i WHERE cn_seq IS NOT NULL
       UNION ALL SELECT 'journal_entry', '', number FROM bench_e
     ) u GROUP BY name, scope
     ON CONFLICT (entity_id, name, scope) DO UPDATE SET value = GREATEST(counters.value, EXCLUDED.value)`,
    [entityId],
  );
  await tx.query(
    `SELECT setval('activity_reference_seq', (SELECT max(substr(reference, length(reference) - 5)::bigint) FROM bench_a)),
            setval('activity_document_seq', (SELECT max(seq) FROM bench_doc)),
            setval('invoice_reference_seq', (SELECT max(substr(ref, 2, 9)::bigint) FROM bench_i)),
            setval('contract_reference_seq', GREATEST((SELECT CASE WHEN is_called THEN last_value ELSE 1 END
                                                         FROM contract_reference_seq),
              COALESCE((SELECT max(right(contract_reference, 6)::bigint) FROM bench_s), 1)))`,
  );
}
