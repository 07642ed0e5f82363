import type { Queryable } from '@partage/db';
import {
  addDays,
  ageBucketOfDays,
  daysSalesOutstanding,
  DomainError,
  DSO_WINDOW_DAYS,
  emptyBuckets,
  RECOVERY_WINDOW_DAYS,
  recoveryRate,
  type AgeBuckets,
  type ReminderEmailKind,
} from '@partage/domain';

export const MAX_FIGURE_MONTHS = 24;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The months from `from` to `to` (YYYY-MM, both included), each with its last day. */
export function monthsBetween(
  from: string,
  to: string,
): Array<{ month: string; start: string; end: string }> {
  const [fm, tm] = [MONTH.exec(from), MONTH.exec(to)];
  if (!fm) throw DomainError.field('from', 'field.invalid');
  if (!tm) throw DomainError.field('to', 'field.invalid');
  const months = [];
  let [y, m] = [Number(fm[1]), Number(fm[2])];
  const last = Number(tm[1]) * 12 + Number(tm[2]);
  while (y * 12 + m <= last) {
    const start = `${y}-${String(m).padStart(2, '0')}-01`;
    const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    months.push({ month: start.slice(0, 7), start, end: addDays(next, -1) });
    if (months.length > MAX_FIGURE_MONTHS) break;
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  if (months.length === 0 || months.length > MAX_FIGURE_MONTHS)
    throw DomainError.field('from', 'receivables.figures.range', { max: MAX_FIGURE_MONTHS });
  return months;
}

export interface MonthFigures {
  month: string;
  /** The day the amounts are taken: the month's last day, or today for the current month. */
  asOf: string;
  outstanding: AgeBuckets;
  outstandingCents: number;
  salesInclVatCents: number;
  dso: number | null;
  reminders: Record<ReminderEmailKind, number> & { total: number };
  recovery: { remindedCents: number; recoveredCents: number; rate: number | null; windowClosed: boolean };
}

/**
 * Receivables figures per entity and per month, for the board: what was still owed at the month's end by
 * age (payments, credit notes and write-offs counted on their dates), DSO (simple method, 90 days of
 * sales), reminders sent, and the recovery rate of the month's first reminders (paid within 30 days).
 */
export async function readFigures(
  db: Queryable,
  input: { entityId?: string; from: string; to: string },
  today: string,
) {
  const months = monthsBetween(input.from, input.to).filter((m) => m.start <= today);
  const asOf = months.map((m) => (m.end < today ? m.end : today));
  const entity = input.entityId ?? '';
  const { rows: entities } = await db.query<{ id: string; name: string }>(
    `SELECT id, name FROM entities e WHERE ($1 = '' OR id = $1)
        AND ($1 <> '' OR EXISTS (SELECT 1 FROM invoices i WHERE i.entity_id = e.id)) ORDER BY id`,
    [entity],
  );
  if (input.entityId && entities.length === 0) throw DomainError.field('entityId', 'field.invalid_choice');
  const figures = new Map<string, MonthFigures>();
  const key = (entityId: string, month: string) => `${entityId}|${month}`;
  for (const e of entities)
    months.forEach((m, i) =>
      figures.set(key(e.id, m.month), {
        month: m.month,
        asOf: asOf[i]!,
        outstanding: emptyBuckets(),
        outstandingCents: 0,
        salesInclVatCents: 0,
        dso: null,
        reminders: { friendly: 0, second: 0, formal_notice: 0, total: 0 },
        recovery: { remindedCents: 0, recoveredCents: 0, rate: null, windowClosed: true },
      }),
    );
  if (months.length > 0) {
    const params = [months.map((m) => m.month), asOf, entity];
    const { rows: owed } = await db.query<{ entity_id: string; month: string; days: number; cents: number }>(
      `WITH m(month, as_of) AS (SELECT * FROM unnest($1::text[], $2::date[]))
       SELECT i.entity_id, m.month, (m.as_of - i.due_date) AS days, sum(o.outstanding)::bigint AS cents
         FROM m JOIN invoices i ON i.kind = 'invoice' AND i.issue_date <= m.as_of AND ($3 = '' OR i.entity_id = $3)
        CROSS JOIN LATERAL (SELECT i.total_incl_vat_cents
            - COALESCE((SELECT sum(p.amount_cents) FROM invoice_payments p
                         WHERE p.invoice_id = i.id AND p.paid_on <= m.as_of), 0)
            - COALESCE((SELECT sum(c.total_incl_vat_cents) FROM invoices c
                         WHERE c.credits_invoice_id = i.id AND c.kind = 'credit_note' AND c.issue_date <= m.as_of), 0)
            - COALESCE((SELECT sum(e.amount_cents) FROM collection_events e JOIN collection_cases k ON k.id = e.case_id
                         WHERE k.invoice_id = i.id AND e.kind = 'write_off' AND e.occurred_on <= m.as_of), 0)
            AS outstanding) o
        WHERE o.outstanding > 0
        GROUP BY 1, 2, 3`,
      params,
    );
    for (const row of owed) {
      const f = figures.get(key(row.entity_id, row.month));
      if (!f) continue;
      f.outstanding[ageBucketOfDays(Number(row.days))] += Number(row.cents);
      f.outstandingCents += Number(row.cents);
    }
    const { rows: sales } = await db.query<{ entity_id: string; month: string; cents: number }>(
      `WITH m(month, as_of) AS (SELECT * FROM unnest($1::text[], $2::date[]))
       SELECT i.entity_id, m.month,
              sum(CASE WHEN i.kind = 'invoice' THEN i.total_incl_vat_cents ELSE -i.total_incl_vat_cents END)::bigint AS cents
         FROM m JOIN invoices i ON i.issue_date > m.as_of - $4::int AND i.issue_date <= m.as_of
          AND ($3 = '' OR i.entity_id = $3)
        GROUP BY 1, 2`,
      [...params, DSO_WINDOW_DAYS],
    );
    for (const row of sales) {
      const f = figures.get(key(row.entity_id, row.month));
      if (f) f.salesInclVatCents = Number(row.cents);
    }
    const first = months[0]!.start;
    const last = asOf[asOf.length - 1]!;
    const { rows: sent } = await db.query<{
      entity_id: string;
      month: string;
      kind: ReminderEmailKind;
      n: number;
    }>(
      `SELECT entity_id, to_char(sent_on, 'YYYY-MM') AS month, kind, count(*)::int AS n FROM invoice_reminders
        WHERE sent_on BETWEEN $1 AND $2 AND ($3 = '' OR entity_id = $3) GROUP BY 1, 2, 3`,
      [first, last, entity],
    );
    for (const row of sent) {
      const f = figures.get(key(row.entity_id, row.month));
      if (!f) continue;
      f.reminders[row.kind] += row.n;
      f.reminders.total += row.n;
    }
    const { rows: recovery } = await db.query<{
      entity_id: string;
      month: string;
      reminded: number;
      recovered: number;
      last_sent: string;
    }>(
      `SELECT r.entity_id, to_char(r.sent_on, 'YYYY-MM') AS month, sum(r.amount_due_cents)::bigint AS reminded,
              sum(LEAST(r.amount_due_cents, COALESCE((SELECT sum(p.amount_cents) FROM invoice_payments p
                   WHERE p.invoice_id = r.invoice_id AND p.paid_on BETWEEN r.sent_on AND r.sent_on + $4::int), 0)))::bigint
                AS recovered,
              max(r.sent_on)::text AS last_sent
         FROM invoice_reminders r
        WHERE r.step = (SELECT min(x.step) FROM invoice_reminders x WHERE x.invoice_id = r.invoice_id)
          AND r.sent_on BETWEEN $1 AND $2 AND ($3 = '' OR r.entity_id = $3)
        GROUP BY 1, 2`,
      [first, last, entity, RECOVERY_WINDOW_DAYS],
    );
    for (const row of recovery) {
      const f = figures.get(key(row.entity_id, row.month));
      if (!f) continue;
      f.recovery = {
        remindedCents: Number(row.reminded),
        recoveredCents: Number(row.recovered),
        rate: recoveryRate(Number(row.reminded), Number(row.recovered)),
        windowClosed: addDays(row.last_sent, RECOVERY_WINDOW_DAYS) < today,
      };
    }
    for (const f of figures.values()) f.dso = daysSalesOutstanding(f.outstandingCents, f.salesInclVatCents);
  }
  return {
    from: input.from,
    to: input.to,
    today,
    dsoWindowDays: DSO_WINDOW_DAYS,
    recoveryWindowDays: RECOVERY_WINDOW_DAYS,
    entities: entities.map((e) => ({
      entityId: e.id,
      name: e.name,
      months: months.map((m) => figures.get(key(e.id, m.month))!),
    })),
  };
}
