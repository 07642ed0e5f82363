import type { Db, Queryable } from '@partage/db';
import {
  addDays,
  declarationTypeFor,
  jobByCode,
  payRuleForEntity,
  vatTreatmentRule,
  type EntitySettings,
} from '@partage/domain';
import { accountFor, type AppContext } from '@partage/server';
import { generateRegister, type Staff } from '../register/generate.ts';
import { buildTemplates } from './templates.ts';
import { phases } from '../lib/phases.ts';

export interface ActivityOptions {
  /** Workers wanted (members with contracts); the register is generated a little larger. */
  workers: number;
  clients: number;
  contracts: number;
  /** The employing entity that invoices (BE-PA) and the one keeping the register (BE-COOP). */
  entityId: string;
  registerEntityId: string;
  staff: Staff & { payrollId: string };
  seed: number;
  /** The cooperative's today, YYYY-MM-DD: the year of activity ends the day before. */
  today: string;
  /** Templates of prestation per month (each with its breakdown computed by the engine). */
  templatesPerMonth?: number;
}

export interface GeneratedActivity {
  /** Rows per table after generation (the demo's few included). */
  volumes: Record<string, number>;
  /** Seconds per step and in total. */
  seconds: Record<string, number>;
  /** Workers of the generated year, in order: the benchmark takes its load and platform workers after them. */
  workerCount: number;
}

/** Members of the register (status member) per member generated: 94.9 % (register generator). */
const MEMBER_SHARE = 0.94;
/**
 * Contracts are spread over the 350 days ending the day before yesterday (each declared 1 to 10 days
 * before its first day): those whose pay date (7 days after the work) has not come are still declared.
 */
const SPAN_DAYS = 350;
const SPAN_END_BEFORE_TODAY = 1;
/**
 * The triggers' and foreign keys' queries (gap-free numbers, posting lines) keep the plan made when
 * their table was nearly empty: a sequential scan, once per row inserted. The first rows go in alone,
 * then `ANALYZE` (which drops those plans) lets the rest use the indexes.
 */
const FIRST_CHUNK = 1000;

/**
 * Fills the database with a year of the Contract tool, set-based (`INSERT ... SELECT` over
 * `generate_series` with `setseed`, one transaction): a register (people and members, the register
 * generator's) whose first `workers` members are the workers, `clients` companies with unique
 * enterprise numbers, and `contracts` contracts over the past year, each with its days (1 to 3, never two
 * live contracts of a worker on a day: the j-th contract of a worker lies in the j-th slice of the year),
 * insurance cover, employment declaration, events, its invoice (numbered gap-free per year after the
 * existing ones) and its ledger entry. Contracts whose pay date has passed are paid: pay run of the day,
 * payslip, salary entry and net salary payment entry. 90 % of the clients pay their invoice 3 to 53 days
 * after it was issued (payment entry, `invoice_payments`). Every counter is set to the highest number
 * used, so that the app goes on from there. Each breakdown is one of the real engine's
 * (`buildTemplates`): the generator draws a template per contract instead of calling the engine.
 *
 * Not generated: guarantee fund advances (salaries paid before the client paid), audit log, e-mails.
 */
export async function generateActivity(
  db: Db,
  ctx: AppContext,
  options: ActivityOptions,
  log: (message: string) => void,
): Promise<GeneratedActivity> {
  const { seconds, step, record, finish } = phases(log);

  const register = await generateRegister(
    db,
    ctx.protector,
    {
      count: Math.ceil(options.workers / MEMBER_SHARE),
      entityId: options.registerEntityId,
      staff: options.staff,
      seed: options.seed,
    },
    log,
  );
  record('register (people, members and their history)', register.seconds.total!);

  const { entityId, today } = options;
  const templates = buildTemplates(
    addDays(today, -(SPAN_DAYS + SPAN_END_BEFORE_TODAY + 1)),
    today,
    options.templatesPerMonth ?? 48,
    options.seed,
    entityId,
  );
  step(`${templates.length} prestation templates (payroll engine)`);

  let workerCount = 0;
  await db.transaction(async (tx) => {
    // Statements of more than a second are timed one by one (the slow ones are the ledger's).
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
    const { rows: entities } = await tx.query<{ settings: EntitySettings }>(
      'SELECT settings FROM entities WHERE id = $1',
      [entityId],
    );
    const rule = payRuleForEntity(entities[0]!.settings);
    if (rule.kind !== 'days_after_end')
      throw new Error(`the generator knows salaries paid N days after the work, not ${rule.kind}`);

    const shared = {
      fee: (await accountFor(tx, entityId, 'fee_income')).id,
      vat: (await accountFor(tx, entityId, 'vat_payable')).id,
      employee: (await accountFor(tx, entityId, 'employee_contributions_payable')).id,
      withholding: (await accountFor(tx, entityId, 'withholding_tax_payable')).id,
      employer: (await accountFor(tx, entityId, 'employer_contributions_payable')).id,
      bank: (await accountFor(tx, entityId, 'bank')).id,
    };

    workerCount = await workers(tx, options.workers, options.registerEntityId);
    step(`${workerCount} workers chosen (members with a unique e-mail)`);
    const blocks = Math.ceil(options.contracts / workerCount);
    const blockDays = Math.floor(SPAN_DAYS / blocks);
    if (blockDays < 4)
      throw new Error(`${options.contracts} contracts for ${workerCount} workers do not fit in a year`);
    // The last slice ends the day before yesterday.
    const spanStart = addDays(today, -(blocks * blockDays + SPAN_END_BEFORE_TODAY));

    await generateClients(tx, options.clients, options.seed, options.staff.adminId);
    step(`${options.clients} clients`);

    await tx.query(
      `CREATE TEMP TABLE bench_t ON COMMIT DROP AS
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(month date, k int, contract_type text, job_code text,
         risks text[], description text, labels jsonb, declaration_type text, day_count int, centi_hours int,
         amount bigint, vat bigint, vat_rate_bp int, withholding_rate_bp int, fee bigint, gross bigint,
         employer_cost bigint, net bigint, employee_contribution bigint, withholding bigint, breakdown jsonb)`,
      [
        JSON.stringify(
          templates.map((t) => ({
            month: t.month,
            k: t.k,
            contract_type: t.contractType,
            job_code: t.jobCode,
            risks: t.risks,
            description: t.description,
            labels: jobByCode(t.jobCode)?.label ?? {},
            declaration_type: declarationTypeFor(t.contractType),
            day_count: t.dayCount,
            centi_hours: t.centiHoursPerDay,
            amount: t.amountExclVatCents,
            vat: t.vatCents,
            vat_rate_bp: vatTreatmentRule('standard_21', addDays(t.month, 14)).rateBp,
            withholding_rate_bp: t.withholdingRateBp,
            fee: t.breakdown.feeCents,
            gross: t.breakdown.grossCents,
            employer_cost: t.breakdown.employerCostCents,
            net: t.breakdown.netCents,
            employee_contribution: t.breakdown.employeeContributionCents,
            withholding: t.breakdown.withholdingCents,
            breakdown: t.breakdown,
          })),
        ),
      ],
    );
    await tx.query('CREATE UNIQUE INDEX ON bench_t (month, k)');

    await plan(tx, {
      contracts: options.contracts,
      workers: workerCount,
      clients: options.clients,
      perMonth: options.templatesPerMonth ?? 48,
      spanStart,
      blockDays,
      today,
      payDelayDays: rule.days,
      entityId,
      seed: options.seed,
    });
    step('plan of every contract (dates, template, client, numbers)');

    await contracts(timed, entityId, options.staff.payrollId);
    step('contracts, days, insurance cover, employment declarations, events');

    await ledger(timed, entityId, shared, options.staff);
    step('ledger: accounts, entries (invoice, client payment, salary, net salary), postings');

    await invoices(timed, entityId, options.staff);
    step('invoices, lines, payments; pay runs and payslips');

    await counters(tx, entityId);
    step('counters set to the highest numbers used');
  });
  step('commit (deferred checks of every journal entry)');

  await db.exec('ANALYZE');
  step('ANALYZE');

  const volumes: Record<string, number> = {};
  for (const table of [
    'people',
    'members',
    'clients',
    'contracts',
    'contract_days',
    'insurance_cover',
    'employment_declarations',
    'contract_events',
    'invoices',
    'invoice_lines',
    'invoice_payments',
    'pay_runs',
    'payslips',
    'ledger_accounts',
    'journal_entries',
    'postings',
  ]) {
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    volumes[table] = rows[0]!.n;
  }
  const { rows: byStatus } = await db.query<{ status: string; n: number }>(
    'SELECT status, count(*)::int AS n FROM contracts GROUP BY status ORDER BY status',
  );
  for (const row of byStatus) volumes[`contracts.${row.status}`] = row.n;
  volumes.workers = workerCount;
  finish();
  return { volumes, seconds, workerCount };
}

/**
 * The workers, in order: members of the register (natural persons, no account yet) whose e-mail no one
 * else has (the platform finds its workers by e-mail), by member number.
 */
const WORKERS_SQL = `
  WITH dup AS (SELECT lower(email) AS e FROM people GROUP BY 1 HAVING count(*) > 1)
  SELECT (row_number() OVER (ORDER BY m.member_number) - 1)::int AS w, p.id AS person_id, p.email, p.language,
         p.first_name || ' ' || p.last_name AS name, p.first_name, m.member_number, p.street, p.postal_code,
         p.city, p.country, p.birth_date::text AS birth_date, p.iban_last4
    FROM members m JOIN people p ON p.id = m.person_id AND p.entity_id = m.entity_id
   WHERE m.entity_id = $2 AND m.status = 'member' AND p.kind = 'natural' AND p.user_id IS NULL
     AND lower(p.email) NOT IN (SELECT e FROM dup)
   ORDER BY m.member_number LIMIT $1`;

async function workers(tx: Queryable, wanted: number, registerEntityId: string): Promise<number> {
  await tx.query(`CREATE TEMP TABLE bench_w ON COMMIT DROP AS ${WORKERS_SQL}`, [wanted, registerEntityId]);
  await tx.query('CREATE UNIQUE INDEX ON bench_w (w)');
  const { rows } = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM bench_w');
  return rows[0]!.n;
}

/**
 * The first `count` workers of the generated year (call before giving any of them an account): the
 * benchmark logs in as the first ones and lets a platform declare for the next ones.
 */
export async function firstWorkers(
  db: Queryable,
  registerEntityId: string,
  count: number,
): Promise<Array<{ personId: string; email: string }>> {
  const { rows } = await db.query<{ person_id: string; email: string }>(WORKERS_SQL, [
    count,
    registerEntityId,
  ]);
  return rows.map((r) => ({ personId: r.person_id, email: r.email }));
}

/**
 * Companies, each with a valid Belgian enterprise number (`1xxxxxxx` + check digits 97 − n mod 97: the
 * demo's start with 0) and the dedup key, Peppol id and search text the app gives them.
 */
export async function generateClients(
  tx: Queryable,
  count: number,
  seed: number,
  adminId: string | null,
): Promise<void> {
  await tx.query('SELECT setseed($1)', [((seed % 1000) + 0.5) / 1000]);
  await tx.query(
    `CREATE TEMP TABLE bench_cl ON COMMIT DROP AS
     WITH places(n, postal_code, city, language) AS (VALUES
       (0, '1000', 'Bruxelles', 'fr'), (1, '1050', 'Ixelles', 'fr'), (2, '1060', 'Saint-Gilles', 'fr'),
       (3, '1080', 'Molenbeek-Saint-Jean', 'fr'), (4, '1030', 'Schaerbeek', 'fr'), (5, '2000', 'Antwerpen', 'nl'),
       (6, '9000', 'Gent', 'nl'), (7, '3000', 'Leuven', 'nl'), (8, '8000', 'Brugge', 'nl'), (9, '2800', 'Mechelen', 'nl'),
       (10, '3500', 'Hasselt', 'nl'), (11, '4000', 'Liège', 'fr'), (12, '5000', 'Namur', 'fr'), (13, '6000', 'Charleroi', 'fr'),
       (14, '7000', 'Mons', 'fr'), (15, '1348', 'Louvain-la-Neuve', 'fr'), (16, '4700', 'Eupen', 'de'),
       (17, '1210', 'Saint-Josse-ten-Noode', 'fr'), (18, '1000', 'Brussel', 'nl'), (19, '8500', 'Kortrijk', 'nl')),
     r AS (
       SELECT c, random() AS r_kind, random() AS r_core, random() AS r_form, random() AS r_place, random() AS r_terms,
              random() AS r_street, random() AS r_no
         FROM generate_series(1, $1::int) AS c
     ), d AS (
       SELECT r.*, '1' || lpad((2000000 + c)::text, 7, '0') AS first8, pl.postal_code, pl.city, pl.language
         FROM r JOIN places pl ON pl.n = floor(r.r_place * 20)::int
     )
     SELECT c, gen_random_uuid() AS id,
            (ARRAY['Atelier', 'Studio', 'Compagnie', 'Collectif', 'Agence', 'Festival', 'Maison', 'Bureau', 'Théâtre',
                   'Centre', 'Galerie', 'Éditions', 'Productions', 'Ensemble', 'Fondation', 'Huis', 'Werkplaats'])[1 + floor(r_kind * 17)::int]
            || ' ' ||
            (ARRAY['Lumière', 'Horizon', 'Boréal', 'Zénith', 'Kaléidoscope', 'Noord', 'Zuiderlicht', 'Papillon', 'Escale',
                   'Rivage', 'Ondes', 'Parcours', 'Vent d''Ouest', 'Meridiaan', 'Les Tilleuls', 'De Vlinder', 'Archipel',
                   'Sablon', 'Marolles', 'Ardenne', 'Schelde', 'Lys', 'Meuse', 'Semois', 'Atomium', 'Cinquantenaire',
                   'Flagey', 'Matongé', 'Dansaert', 'Vooruit', 'Kanaal', 'Citadelle', 'Carré', 'Prisme', 'Polyphonie',
                   'Contrepoint', 'Tempo', 'Kompas', 'Spiegel', 'Ter Kamer'])[1 + floor(r_core * 40)::int]
            || ' ' ||
            (ARRAY['SRL', 'ASBL', 'SA', 'SC', 'BV', 'VZW', 'NV', 'CV'])[1 + floor(r_form * 8)::int] AS name,
            first8 || lpad((97 - first8::bigint % 97)::text, 2, '0') AS enterprise_number,
            (ARRAY['Rue', 'Avenue', 'Chaussée', 'Straat', 'Laan', 'Boulevard'])[1 + floor(r_street * 6)::int] || ' '
              || (ARRAY['de la Station', 'du Marché', 'des Arts', 'Royale', 'van de Vrede', 'der Kunsten', 'du Parc', 'de l''Église'])[1 + floor(r_no * 8)::int]
              || ' ' || (1 + floor(r_no * 180))::int AS street,
            postal_code, city, language,
            (ARRAY[30, 30, 30, 30, 14, 45, 60, 15])[1 + floor(r_terms * 8)::int] AS payment_terms_days,
            timestamptz '2019-01-01 09:00' + floor(r_terms * 2500) * interval '1 day' AS created_at
       FROM d`,
    [count],
  );
  await tx.query(
    `INSERT INTO clients (id, kind, name, country, enterprise_number, vat_number, dedup_key, peppol_id, street,
        postal_code, city, email, language, payment_terms_days, search_text, created_by, created_at)
     SELECT id, 'company', name, 'BE', enterprise_number, 'BE' || enterprise_number, 'BE:' || enterprise_number,
            '0208:' || enterprise_number, street, postal_code, city, 'factures@client-' || c || '.example', language,
            payment_terms_days,
            translate(lower(name || ' ' || enterprise_number || ' BE' || enterprise_number || ' ' || city),
                      'àâäáéèêëíîïóôöúùûüçñ', 'aaaaeeeeiiiooouuuucn'),
            $1, created_at
       FROM bench_cl ORDER BY c`,
    [adminId],
  );
  await tx.query('CREATE UNIQUE INDEX ON bench_cl (c)');
  // Foreign keys to clients were planned when there were three (see FIRST_CHUNK).
  await tx.query('ANALYZE clients');
}

/** One row per contract with every draw and every number it will carry. */
async function plan(
  tx: Queryable,
  o: {
    contracts: number;
    workers: number;
    clients: number;
    perMonth: number;
    spanStart: string;
    blockDays: number;
    today: string;
    payDelayDays: number;
    entityId: string;
    seed: number;
  },
): Promise<void> {
  await tx.query('SELECT setseed($1)', [((o.seed % 1000) + 0.25) / 1000]);
  await tx.query(
    `CREATE TEMP TABLE bench_r ON COMMIT DROP AS
     SELECT i, random() AS r_tpl, random() AS r_off, random() AS r_lead, random() AS r_client, random() AS r_pay,
            random() AS r_delay, random() AS r_time
       FROM generate_series(1, $1::int) AS i`,
    [o.contracts],
  );
  // Numbers continue each series from its counter (the demo's contracts, invoices and entries); the
  // references the app takes from sequences continue from the sequence.
  const base = (name: string, scope: string) =>
    `COALESCE((SELECT value FROM counters WHERE entity_id = '${o.entityId}' AND name = '${name}' AND scope = ${scope}), 0)`;
  const sequenceBase = (sequence: string) =>
    `(SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM ${sequence})`;
  await tx.query(
    `CREATE TEMP TABLE bench_c ON COMMIT DROP AS
     WITH a AS (
       SELECT r.*, (i - 1) % $2::int AS w, (i - 1) / $2::int AS j,
              $4::date + ((i - 1) / $2::int) * $5::int + floor(r.r_off * ($5::int - 2))::int AS first_day
         FROM bench_r r WHERE i <= $1::int
     ), b AS (
       SELECT a.*, t.month, t.k, t.day_count, t.amount, t.vat, t.fee, t.gross, t.employer_cost, t.net,
              (a.first_day + t.day_count - 1) AS last_day,
              GREATEST(a.first_day - 1 - floor(a.r_lead * 10)::int, $6::date - 365) AS issue_date,
              cl.id AS client_id, cl.payment_terms_days, w.person_id
         FROM a
         JOIN bench_t t ON t.month = date_trunc('month', a.first_day)::date AND t.k = floor(a.r_tpl * $7::int)::int
         JOIN bench_cl cl ON cl.c = 1 + ((a.w * 3 + floor(a.r_client * 3)::int) * 7919) % $3::int
         JOIN bench_w w ON w.w = a.w
     ), c AS (
       SELECT b.*, issue_date + time '08:00' + r_time * interval '12 hours' AS created_at,
              last_day + $8::int AS pay_date,
              CASE WHEN r_pay < 0.9 AND issue_date + 3 + floor(r_delay * 50)::int < $6::date
                   THEN issue_date + 3 + floor(r_delay * 50)::int END AS paid_on
         FROM b
     )
     SELECT c.*, CASE WHEN pay_date < $6::date THEN 'paid' ELSE 'declared' END AS status,
            extract(year FROM issue_date)::int AS invoice_year,
            gen_random_uuid() AS contract_id, gen_random_uuid() AS invoice_id,
            ${sequenceBase('contract_reference_seq')} + row_number() OVER (ORDER BY created_at, i) AS contract_seq,
            ${sequenceBase('employment_declaration_seq')} + row_number() OVER (ORDER BY created_at, i) AS declaration_seq,
            ${base('invoice', 'extract(year FROM issue_date)::text')}
              + row_number() OVER (PARTITION BY extract(year FROM issue_date) ORDER BY created_at, i) AS invoice_seq,
            ${sequenceBase('invoice_reference_seq')} + row_number() OVER (ORDER BY created_at, i) AS reference_seq
       FROM c`,
    [o.contracts, o.workers, o.clients, o.spanStart, o.blockDays, o.today, o.perMonth, o.payDelayDays],
  );
  await tx.query(
    `ALTER TABLE bench_c ADD COLUMN payslip_seq bigint, ADD COLUMN reference text, ADD COLUMN invoice_number text`,
  );
  await tx.query(
    `UPDATE bench_c c SET payslip_seq = s.n FROM (
       SELECT i, ${base('payslip', 'extract(year FROM pay_date)::text')}
                 + row_number() OVER (PARTITION BY extract(year FROM pay_date) ORDER BY pay_date, contract_seq, i) AS n
         FROM bench_c WHERE status = 'paid') s
      WHERE s.i = c.i`,
  );
  await tx.query(
    `UPDATE bench_c SET
       reference = 'CT-' || $1 || '-' || extract(year FROM first_day) || '-' || lpad(contract_seq::text, 6, '0'),
       invoice_number = $1 || '-' || invoice_year || '-' || lpad(invoice_seq::text, 6, '0')`,
    [o.entityId],
  );
  await tx.query('CREATE UNIQUE INDEX ON bench_c (i)');
  await tx.query('ANALYZE bench_c');
}

async function contracts(tx: Queryable, entityId: string, payrollId: string): Promise<void> {
  await tx.query(
    `INSERT INTO contracts (id, entity_id, reference, person_id, client_id, job_code, description, country_of_work,
        risks, contract_type, first_day, last_day, day_count, total_centi_hours, amount_excl_vat_cents,
        vat_treatment, vat_rate_bp, vat_cents, withholding_rate_bp, expenses_cents, fee_cents, gross_cents,
        employer_cost_cents, net_cents, breakdown, warnings, pay_date, status, language, created_at)
     SELECT c.contract_id, $1, c.reference, c.person_id, c.client_id, t.job_code, t.description, 'BE', t.risks,
            t.contract_type, c.first_day, c.last_day, t.day_count, t.day_count * t.centi_hours, t.amount,
            'standard_21', t.vat_rate_bp, t.vat, t.withholding_rate_bp, 0, t.fee, t.gross, t.employer_cost, t.net,
            jsonb_set(t.breakdown, '{date}', to_jsonb(c.first_day::text)), '[]', c.pay_date, c.status, w.language,
            c.created_at
       FROM bench_c c JOIN bench_t t USING (month, k) JOIN bench_w w USING (w)
      ORDER BY c.created_at`,
    [entityId],
  );
  await tx.query('ANALYZE contracts');
  await tx.query(
    `INSERT INTO contract_days (contract_id, person_id, day, centi_hours)
     SELECT c.contract_id, c.person_id, d::date, t.centi_hours
       FROM bench_c c JOIN bench_t t USING (month, k), generate_series(c.first_day, c.last_day, interval '1 day') AS d`,
  );
  await tx.query(
    `INSERT INTO insurance_cover (contract_id, day, cover)
     SELECT c.contract_id, d::date, 'work_accident'
       FROM bench_c c, generate_series(c.first_day, c.last_day, interval '1 day') AS d`,
  );
  // Reference: year of the declaration (2 digits), sequence (9), Luhn check digit (employment-declaration.ts).
  await tx.query(
    `INSERT INTO employment_declarations (contract_id, entity_id, reference, declaration_type, first_day, last_day,
        planned_centi_hours, declared_at)
     SELECT c.contract_id, $1, body || (10 - (SELECT sum(CASE WHEN p % 2 = 1
                 THEN (substr(body, 12 - p, 1)::int * 2) - CASE WHEN substr(body, 12 - p, 1)::int >= 5 THEN 9 ELSE 0 END
                 ELSE substr(body, 12 - p, 1)::int END) FROM generate_series(1, 11) AS p)::int % 10) % 10,
            t.declaration_type, c.first_day, c.last_day, t.day_count * t.centi_hours, c.created_at
       FROM (SELECT c.*, to_char(c.issue_date, 'YY') || lpad(c.declaration_seq::text, 9, '0') AS body FROM bench_c c) c
       JOIN bench_t t USING (month, k)`,
    [entityId],
  );
  await tx.query(
    `INSERT INTO contract_events (contract_id, action, status_after, actor_id, at)
     SELECT contract_id, 'declare', 'declared', NULL, created_at FROM bench_c
     UNION ALL
     SELECT contract_id, 'pay', 'paid', $1::uuid, pay_date + time '06:00' FROM bench_c WHERE status = 'paid'`,
    [payrollId],
  );
}

/**
 * Accounts of the workers and clients, then every entry and its postings in two statements: entries in
 * number order (the gap-free trigger checks n − 1 row by row), postings all at once (the statement
 * trigger moves each account's balance by its net movement). The deferred check of each entry runs at
 * commit. Fingerprints are the SHA-256 of the idempotency key (no replay will ever compare them).
 */
async function ledger(
  tx: Queryable,
  entityId: string,
  shared: Record<'fee' | 'vat' | 'employee' | 'withholding' | 'employer' | 'bank', string>,
  staff: { serviceId: string; payrollId: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO ledger_accounts (entity_id, code, kind, owner_type, owner_id, currency, debits_must_not_exceed_credits)
     SELECT $1, '4891-' || person_id, 'member_contract', 'member', person_id::text, 'EUR', true
       FROM (SELECT DISTINCT person_id FROM bench_c) s
     UNION ALL
     SELECT $1, '455-' || person_id, 'salaries_payable', 'member', person_id::text, 'EUR', false
       FROM (SELECT DISTINCT person_id FROM bench_c WHERE status = 'paid') s
     UNION ALL
     SELECT $1, '400-' || client_id, 'client_receivables', 'client', client_id::text, 'EUR', false
       FROM (SELECT DISTINCT client_id FROM bench_c) s
     ON CONFLICT DO NOTHING`,
    [entityId],
  );
  await tx.query(
    `CREATE TEMP TABLE bench_acc ON COMMIT DROP AS
     SELECT kind, owner_id, id FROM ledger_accounts
      WHERE entity_id = $1 AND kind IN ('member_contract', 'salaries_payable', 'client_receivables')`,
    [entityId],
  );
  await tx.query('CREATE UNIQUE INDEX ON bench_acc (kind, owner_id)');
  await tx.query('ANALYZE ledger_accounts');

  // kind 1 invoice, 2 client payment, 3 salary, 4 net salary paid; numbered in order of time.
  await tx.query(
    `CREATE TEMP TABLE bench_e ON COMMIT DROP AS
     SELECT gen_random_uuid() AS id, u.*,
            COALESCE((SELECT value FROM counters WHERE entity_id = $1 AND name = 'journal_entry' AND scope = ''), 0)
              + row_number() OVER (ORDER BY at, kind, i) AS number
       FROM (
         SELECT 1 AS kind, i, issue_date AS entry_date, created_at AS at FROM bench_c
         UNION ALL SELECT 2, i, paid_on, paid_on + time '09:00' FROM bench_c WHERE paid_on IS NOT NULL
         UNION ALL SELECT 3, i, pay_date, pay_date + time '06:00' FROM bench_c WHERE status = 'paid'
         UNION ALL SELECT 4, i, pay_date, pay_date + time '06:01' FROM bench_c WHERE status = 'paid'
       ) u`,
    [entityId],
  );
  await tx.query('CREATE UNIQUE INDEX ON bench_e (kind, i)');
  await tx.query('ANALYZE bench_e');

  await tx.query(
    `CREATE TEMP TABLE bench_p ON COMMIT DROP AS
     SELECT entry_id, row_number() OVER (PARTITION BY entry_id ORDER BY ord)::int AS line_no, account_id, amount
       FROM (
         SELECT e.id AS entry_id, v.ord, v.account_id, v.amount
           FROM bench_e e JOIN bench_c c USING (i)
           JOIN bench_acc r ON r.kind = 'client_receivables' AND r.owner_id = c.client_id::text
           JOIN bench_acc m ON m.kind = 'member_contract' AND m.owner_id = c.person_id::text
           CROSS JOIN LATERAL (VALUES (1, r.id, c.amount + c.vat), (2, $1::uuid, -c.vat), (3, $2::uuid, -c.fee),
                                      (4, m.id, -(c.amount - c.fee))) AS v(ord, account_id, amount)
          WHERE e.kind = 1
         UNION ALL
         SELECT e.id, v.ord, v.account_id, v.amount
           FROM bench_e e JOIN bench_c c USING (i)
           JOIN bench_acc r ON r.kind = 'client_receivables' AND r.owner_id = c.client_id::text
           CROSS JOIN LATERAL (VALUES (1, $6::uuid, c.amount + c.vat), (2, r.id, -(c.amount + c.vat))) AS v(ord, account_id, amount)
          WHERE e.kind = 2
         UNION ALL
         SELECT e.id, v.ord, v.account_id, v.amount
           FROM bench_e e JOIN bench_c c USING (i) JOIN bench_t t USING (month, k)
           JOIN bench_acc m ON m.kind = 'member_contract' AND m.owner_id = c.person_id::text
           JOIN bench_acc s ON s.kind = 'salaries_payable' AND s.owner_id = c.person_id::text
           CROSS JOIN LATERAL (VALUES (1, m.id, t.employer_cost), (2, $3::uuid, -t.employee_contribution),
                                      (3, $4::uuid, -t.withholding), (4, $5::uuid, -(t.employer_cost - t.gross)),
                                      (5, s.id, -t.net)) AS v(ord, account_id, amount)
          WHERE e.kind = 3
         UNION ALL
         SELECT e.id, v.ord, v.account_id, v.amount
           FROM bench_e e JOIN bench_c c USING (i)
           JOIN bench_acc s ON s.kind = 'salaries_payable' AND s.owner_id = c.person_id::text
           CROSS JOIN LATERAL (VALUES (1, s.id, c.net), (2, $6::uuid, -c.net)) AS v(ord, account_id, amount)
          WHERE e.kind = 4
       ) x
      WHERE amount <> 0`,
    [shared.vat, shared.fee, shared.employee, shared.withholding, shared.employer, shared.bank],
  );

  const insertEntries = (where: string) =>
    tx.query(
      `INSERT INTO journal_entries (id, entity_id, number, entry_date, description, reference, source, idempotency_key,
        fingerprint, posting_count, created_by, created_at)
     SELECT e.id, $1, e.number, e.entry_date,
            CASE e.kind WHEN 1 THEN left('Invoice ' || c.invoice_number || ' – ' || cl.name, 500)
                        WHEN 2 THEN 'Payment of invoice ' || c.invoice_number
                        WHEN 3 THEN 'Salary ' || c.reference
                        ELSE 'Net salary paid ' || c.reference END,
            CASE e.kind WHEN 1 THEN c.invoice_number WHEN 2 THEN 'CODA-' || to_char(c.paid_on, 'YYYYMMDD') || '-' || c.i
                        ELSE c.reference END,
            (ARRAY['invoice', 'invoice.payment', 'salary', 'salary.payment'])[e.kind],
            k.key, encode(sha256(convert_to(k.key, 'UTF8')), 'hex'),
            pc.n,
            CASE e.kind WHEN 2 THEN $2::uuid WHEN 3 THEN $3::uuid WHEN 4 THEN $3::uuid END, e.at
       FROM bench_e e JOIN bench_c c USING (i) JOIN bench_cl cl ON cl.id = c.client_id
       JOIN (SELECT entry_id, count(*)::int AS n FROM bench_p GROUP BY entry_id) pc ON pc.entry_id = e.id
      CROSS JOIN LATERAL (SELECT CASE e.kind WHEN 1 THEN 'contract-invoice:' || c.contract_id
                                  WHEN 2 THEN 'invoice-payment:CODA-' || to_char(c.paid_on, 'YYYYMMDD') || '-' || c.i
                                  WHEN 3 THEN 'salary:' || c.contract_id
                                  ELSE 'salary-payment:' || c.contract_id END AS key) k
      WHERE ${where} ORDER BY e.number`,
      [entityId, staff.serviceId, staff.payrollId],
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

/** Invoices with their frozen document (the demo's first invoice as the shape), lines, payments; pay runs and payslips. */
async function invoices(tx: Queryable, entityId: string, staff: { serviceId: string; payrollId: string }) {
  const { rows: shapes } = await tx.query<{
    document: Record<string, unknown>;
    structured_reference: string;
  }>(
    `SELECT document, structured_reference FROM invoices WHERE entity_id = $1 AND kind = 'invoice'
      ORDER BY created_at LIMIT 1`,
    [entityId],
  );
  const { rows: slips } = await tx.query<{ document: Record<string, unknown> }>(
    'SELECT document FROM payslips WHERE entity_id = $1 ORDER BY created_at LIMIT 1',
    [entityId],
  );
  if (!shapes[0] || !slips[0])
    throw new Error('the demo invoice and payslip (DEMO_SEED) are needed as shapes');
  const { rows: prefix } = await tx.query<{ p: number }>(
    `SELECT (settings->>'shareReferencePrefix')::int AS p FROM entities WHERE id = $1`,
    [entityId],
  );
  const insertInvoices = (where: string) =>
    tx.query(
      `INSERT INTO invoices (id, entity_id, kind, number, year, sequence, contract_id, client_id, person_id, language,
        issue_date, due_date, total_excl_vat_cents, total_vat_cents, total_incl_vat_cents, structured_reference,
        document, journal_entry_id, paid_cents, status, created_at)
     SELECT c.invoice_id, $1, 'invoice', c.invoice_number, c.invoice_year, c.invoice_seq, c.contract_id, c.client_id,
            c.person_id, cl.language, c.issue_date, c.issue_date + cl.payment_terms_days, c.amount, c.vat,
            c.amount + c.vat, s.ref,
            $2::jsonb || jsonb_build_object(
              'language', cl.language, 'number', c.invoice_number, 'issueDate', c.issue_date::text,
              'dueDate', (c.issue_date + cl.payment_terms_days)::text, 'deliveryFrom', c.first_day::text,
              'deliveryTo', c.last_day::text,
              'performer', jsonb_build_object('name', w.name, 'memberNumber', w.member_number),
              'client', jsonb_build_object('name', cl.name, 'kind', 'company', 'street', cl.street,
                 'postalCode', cl.postal_code, 'city', cl.city, 'country', 'BE', 'enterpriseNumber', cl.enterprise_number,
                 'vatNumber', 'BE' || cl.enterprise_number, 'buyerReference', NULL),
              'lines', jsonb_build_array(jsonb_build_object('description', l.description, 'quantityCenti', t.day_count * 100,
                 'unit', 'day', 'unitPriceCents', round(c.amount::numeric / t.day_count)::bigint,
                 'amountExclVatCents', c.amount, 'vatRateBp', t.vat_rate_bp)),
              'vat', jsonb_build_array(($2::jsonb->'vat'->0) || jsonb_build_object('rateBp', t.vat_rate_bp,
                 'baseCents', c.amount, 'vatCents', c.vat)),
              'totalExclVatCents', c.amount, 'totalVatCents', c.vat, 'totalInclVatCents', c.amount + c.vat,
              'structuredCommunication', '+++' || substr(s.ref, 1, 3) || '/' || substr(s.ref, 4, 4) || '/' || substr(s.ref, 8, 5) || '+++',
              'paymentTermsDays', cl.payment_terms_days,
              'epcQrPayload', replace(regexp_replace($2::jsonb->>'epcQrPayload', 'EUR[0-9]+\\.[0-9]{2}',
                 'EUR' || to_char((c.amount + c.vat) / 100.0, 'FM999999990.00')), $3, s.ref)),
            e.id, CASE WHEN c.paid_on IS NOT NULL THEN c.amount + c.vat ELSE 0 END,
            CASE WHEN c.paid_on IS NOT NULL THEN 'paid' ELSE 'issued' END, c.created_at
       FROM bench_c c JOIN bench_t t USING (month, k) JOIN bench_cl cl ON cl.id = c.client_id JOIN bench_w w USING (w)
       JOIN bench_e e ON e.kind = 1 AND e.i = c.i
      CROSS JOIN LATERAL (SELECT lpad(($4::bigint * 1000000000 + c.reference_seq)::text, 10, '0') AS base) b
      CROSS JOIN LATERAL (SELECT b.base || lpad((CASE WHEN b.base::bigint % 97 = 0 THEN 97 ELSE b.base::bigint % 97 END)::text, 2, '0') AS ref) s
      CROSS JOIN LATERAL (SELECT COALESCE(t.labels->>cl.language, t.job_code) || ' – ' || t.description AS description) l
      WHERE ${where} ORDER BY c.invoice_year, c.invoice_seq`,
      [entityId, JSON.stringify(shapes[0]!.document), shapes[0]!.structured_reference, prefix[0]!.p],
    );
  await insertInvoices(
    `c.i IN (SELECT i FROM bench_c ORDER BY invoice_year, invoice_seq LIMIT ${FIRST_CHUNK})`,
  );
  await tx.query('ANALYZE invoices');
  await insertInvoices(
    `c.i NOT IN (SELECT i FROM bench_c ORDER BY invoice_year, invoice_seq LIMIT ${FIRST_CHUNK})`,
  );
  await tx.query('ANALYZE invoices');
  await tx.query(
    `INSERT INTO invoice_lines (invoice_id, line_no, description, quantity_centi, unit, unit_price_cents,
        amount_excl_vat_cents, vat_treatment, vat_rate_bp, vat_cents)
     SELECT i.id, 1, i.document->'lines'->0->>'description', t.day_count * 100, 'day',
            round(c.amount::numeric / t.day_count)::bigint, c.amount, 'standard_21', t.vat_rate_bp, c.vat
       FROM bench_c c JOIN bench_t t USING (month, k) JOIN invoices i ON i.id = c.invoice_id`,
  );
  await tx.query(
    `INSERT INTO invoice_payments (invoice_id, amount_cents, paid_on, bank_reference, journal_entry_id, recorded_by, created_at)
     SELECT c.invoice_id, c.amount + c.vat, c.paid_on, 'CODA-' || to_char(c.paid_on, 'YYYYMMDD') || '-' || c.i, e.id, $1,
            c.paid_on + time '09:00'
       FROM bench_c c JOIN bench_e e ON e.kind = 2 AND e.i = c.i`,
    [staff.serviceId],
  );
  await tx.query('ANALYZE contract_days, invoice_lines, invoice_payments');
  await tx.query(
    `CREATE TEMP TABLE bench_runs ON COMMIT DROP AS
     SELECT gen_random_uuid() AS id, pay_date, count(*)::int AS n, sum(gross)::bigint AS gross, sum(net)::bigint AS net
       FROM bench_c WHERE status = 'paid' GROUP BY pay_date`,
  );
  await tx.query(
    `INSERT INTO pay_runs (id, entity_id, pay_date, contract_count, gross_cents, net_cents, advanced_cents, run_by, created_at)
     SELECT id, $1, pay_date, n, gross, net, 0, $2, pay_date + time '06:00' FROM bench_runs ORDER BY pay_date`,
    [entityId, staff.payrollId],
  );
  await tx.query('ANALYZE pay_runs');
  await tx.query(
    `INSERT INTO payslips (entity_id, number, contract_id, pay_run_id, person_id, pay_date, gross_cents, net_cents,
        document, created_at)
     SELECT $1, n.number, c.contract_id, r.id, c.person_id, c.pay_date, c.gross, c.net,
            $2::jsonb || jsonb_build_object('language', w.language, 'number', n.number,
              'worker', jsonb_build_object('name', w.name, 'street', w.street, 'postalCode', w.postal_code, 'city', w.city,
                 'country', w.country, 'birthDate', w.birth_date, 'memberNumber', w.member_number, 'ibanLast4', w.iban_last4),
              'contractReference', c.reference, 'invoiceNumber', c.invoice_number, 'periodFrom', c.first_day::text,
              'periodTo', c.last_day::text, 'payDate', c.pay_date::text,
              'breakdown', jsonb_set(t.breakdown, '{date}', to_jsonb(c.first_day::text)), 'corrects', NULL),
            c.pay_date + time '06:00'
       FROM bench_c c JOIN bench_t t USING (month, k) JOIN bench_w w USING (w) JOIN bench_runs r USING (pay_date)
      CROSS JOIN LATERAL (SELECT 'PS-' || $1 || '-' || extract(year FROM c.pay_date) || '-' || lpad(c.payslip_seq::text, 6, '0') AS number) n
      WHERE c.status = 'paid'`,
    [entityId, JSON.stringify(slips[0].document)],
  );
}

/** Every counter the generated rows used, set to the highest number (never lowered). */
async function counters(tx: Queryable, entityId: string): Promise<void> {
  await tx.query(
    `INSERT INTO counters (entity_id, name, scope, value)
     SELECT $1, name, scope, max(value) FROM (
       SELECT 'invoice' AS name, invoice_year::text AS scope, invoice_seq AS value FROM bench_c
       UNION ALL SELECT 'payslip', extract(year FROM pay_date)::text, payslip_seq FROM bench_c WHERE payslip_seq IS NOT NULL
       UNION ALL SELECT 'journal_entry', '', number FROM bench_e
     ) u GROUP BY name, scope
     ON CONFLICT (entity_id, name, scope) DO UPDATE SET value = GREATEST(counters.value, EXCLUDED.value)`,
    [entityId],
  );
  // And the sequences of the references, past every generated one.
  await tx.query(
    `SELECT setval('contract_reference_seq', (SELECT max(contract_seq) FROM bench_c)),
            setval('employment_declaration_seq', (SELECT max(declaration_seq) FROM bench_c)),
            setval('invoice_reference_seq', (SELECT max(reference_seq) FROM bench_c))`,
  );
}
