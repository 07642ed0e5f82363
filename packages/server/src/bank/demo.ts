import type { AppContext } from '../context.ts';
import { actingAs } from '../demo/acting-as.ts';
import { importStatementFile } from './import-statement.ts';
import { statementXml, type EntryToWrite, type StatementToWrite } from './statement-xml.ts';

interface OpenDemoItem {
  type: 'invoice' | 'share_request';
  id: string;
  entity_id: string;
  iban: string;
  reference: string | null;
  due: number;
  name: string;
  number: string | null;
}

/** What the demo cooperative is owed now, on the accounts of its entities. */
async function openDemoItems(ctx: AppContext): Promise<OpenDemoItem[]> {
  const { rows } = await ctx.db.query<OpenDemoItem>(
    `SELECT 'invoice' AS type, i.id, i.entity_id, e.iban, i.structured_reference AS reference,
            (i.total_incl_vat_cents - i.paid_cents - i.credited_cents - i.written_off_cents)::bigint AS due,
            i.document->'client'->>'name' AS name, i.number
       FROM invoices i JOIN entities e ON e.id = i.entity_id
      WHERE i.kind = 'invoice' AND i.status IN ('issued', 'partially_paid') AND e.iban IS NOT NULL
        AND i.total_incl_vat_cents - i.paid_cents - i.credited_cents - i.written_off_cents > 0
     UNION ALL
     SELECT 'share_request', r.id, r.entity_id, e.iban, r.structured_reference, (r.amount_cents - r.paid_cents)::bigint,
            COALESCE(p.legal_name, p.first_name || ' ' || p.last_name), NULL
       FROM share_requests r JOIN entities e ON e.id = r.entity_id JOIN members m ON m.id = r.member_id
       JOIN people p ON p.id = m.person_id
      WHERE r.kind IN ('subscription', 'additional') AND r.status IN ('pending', 'approved')
        AND r.amount_cents > r.paid_cents AND e.iban IS NOT NULL
      ORDER BY 1, 8 NULLS LAST, 5`,
  );
  return rows.map((r) => ({ ...r, due: Number(r.due), iban: r.iban.replace(/\s/g, '').toUpperCase() }));
}

function stamp(ctx: AppContext) {
  const now = new Date();
  return {
    date: ctx.clock.today(),
    createdAt: now.toISOString().slice(0, 19),
    id: now.toISOString().replace(/\D/g, '').slice(0, 14),
  };
}

/**
 * Demo only: a statement of today paying every open demo invoice and share subscription by its structured
 * communication, one statement per entity account, so that a person can try an import.
 */
export async function demoStatementFile(ctx: AppContext): Promise<{ fileName: string; xml: string }> {
  const items = await openDemoItems(ctx);
  const { date, createdAt, id } = stamp(ctx);
  const byAccount = new Map<string, EntryToWrite[]>();
  items.forEach((item, i) => {
    const entries = byAccount.get(item.iban) ?? [];
    entries.push({
      direction: 'credit',
      amountCents: item.due,
      reference: item.reference,
      name: item.name.toUpperCase(),
      accountServicerReference: `DEMO-${id}-${String(i + 1).padStart(4, '0')}`,
    });
    byAccount.set(item.iban, entries);
  });
  const statements: StatementToWrite[] = [...byAccount].map(([iban, entries]) => ({
    id: `DEMO-${id}-${iban.slice(-4)}`,
    iban,
    date,
    openingCents: 0,
    entries,
  }));
  return { fileName: `camt053-demo-${id}.xml`, xml: statementXml(`DEMO-${id}`, createdAt, statements) };
}

/**
 * The bank's demo: one statement imported by client service, in which
 * - a client pays an invoice with its structured communication (matched),
 * - another pays without communication the exact amount, under its own name (matched by amount and name),
 * - a third pays part of an invoice with a mistyped communication (not matched: it waits in the queue with
 *   the invoice as suggestion),
 * and the cooperative's own account shows the bank's monthly fee (in the queue, to set aside).
 */
export async function seedBankDemo(ctx: AppContext, serviceUserId: string): Promise<void> {
  const invoices = (await openDemoItems(ctx)).filter((i) => i.type === 'invoice' && i.entity_id === 'BE-PA');
  // The partial payment goes to an invoice whose salary the guarantee fund advanced: accepting the
  // suggestion gives part of the advance back to the fund (the rest stays outstanding, as the payroll page
  // shows).
  const { rows: advanced } = await ctx.db.query<{ invoice_id: string }>(
    'SELECT invoice_id FROM guarantee_advances WHERE reimbursed_cents < amount_cents',
  );
  const partly =
    invoices.find((i) => advanced.some((a) => a.invoice_id === i.id) && i.reference) ??
    invoices.findLast((i) => i.reference);
  const others = invoices.filter((i) => i !== partly);
  const [byReference, ...rest] = others;
  // Exactly one open invoice of that client with that amount: the rule "amount and name" applies.
  const byName = rest.find((i) => others.filter((o) => o.name === i.name && o.due === i.due).length === 1);

  const service = await actingAs(ctx.db, { id: serviceUserId });
  const { date, createdAt, id } = stamp(ctx);
  const entries: EntryToWrite[] = [];
  if (byReference)
    entries.push({
      direction: 'credit',
      amountCents: byReference.due,
      reference: byReference.reference,
      name: byReference.name.toUpperCase(),
      accountServicerReference: `${id}-0001`,
    });
  if (byName)
    entries.push({
      direction: 'credit',
      amountCents: byName.due,
      text: `Facture ${byName.number}`,
      name: byName.name,
      accountServicerReference: `${id}-0002`,
    });
  if (partly) {
    // The payer mistyped the check digits of the communication: it no longer holds (one base, one check).
    const ref = partly.reference!;
    const wrong = ref.slice(0, 10) + String((Number(ref.slice(10)) + 1) % 100).padStart(2, '0');
    entries.push({
      direction: 'credit',
      amountCents: Math.floor(partly.due / 2 / 100) * 100,
      text: `Acompte +++${wrong.slice(0, 3)}/${wrong.slice(3, 7)}/${wrong.slice(7)}+++`,
      name: partly.name.toUpperCase(),
      accountServicerReference: `${id}-0003`,
    });
  }
  const statements: StatementToWrite[] = [
    { id: `${id}-BE71`, iban: 'BE71096123456769', date, openingCents: 24_500_000, entries },
    {
      id: `${id}-BE68`,
      iban: 'BE68539007547034',
      date,
      openingCents: 1_250_000,
      entries: [
        {
          direction: 'debit',
          amountCents: 1250,
          text: 'Frais de gestion de compte',
          accountServicerReference: `${id}-0901`,
        },
      ],
    },
  ];
  await importStatementFile(ctx, service, {
    fileName: `camt053-${date}.xml`,
    xml: statementXml(`DEMO-SEED-${id}`, createdAt, statements),
  });
}
