import { actingAs } from '../demo/acting-as.ts';
import { addDays, makeEnterpriseNumber } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { accountFor, postEntry } from '../ledger/index.ts';
import { findOrCreateClient } from '../clients/create-client.ts';
import type { ClientInput } from '../clients/schemas.ts';
import { runPay } from '../payroll/run-pay.ts';
import { recordInvoicePayment } from '../invoicing/record-payment.ts';
import { createAgreement } from '../platform/agreements.ts';
import { confirmDeclaration } from './confirm-declaration.ts';
import { holdContract } from './hold-contract.ts';
import type { DeclarationInput } from './schemas.ts';

/** The API token of the demo courier platform (demo database only; a real agreement gets a random one). */
export const DEMO_PLATFORM_TOKEN = 'ptk_demo_velo_express_2026';

const BE = (first8: string) => makeEnterpriseNumber(first8);

const CLIENTS: ClientInput[] = [
  {
    kind: 'company',
    name: 'Compagnie du Vent ASBL',
    country: 'BE',
    enterpriseNumber: BE('04123456'),
    vatNumber: `BE${BE('04123456')}`,
    street: 'Rue des Ateliers 14',
    postalCode: '1080',
    city: 'Molenbeek-Saint-Jean',
    email: 'factures@compagnieduvent.example',
    language: 'fr',
    paymentTermsDays: 30,
  },
  {
    kind: 'public_body',
    name: 'Stad Gent – Cultuurdienst',
    country: 'BE',
    enterpriseNumber: BE('02073963'),
    street: 'Botermarkt 1',
    postalCode: '9000',
    city: 'Gent',
    email: 'facturen@stad.gent.example',
    language: 'nl',
    paymentTermsDays: 30,
  },
  {
    kind: 'company',
    name: 'Vélo Express SRL',
    country: 'BE',
    enterpriseNumber: BE('07654321'),
    vatNumber: `BE${BE('07654321')}`,
    street: 'Quai des Péniches 52',
    postalCode: '1000',
    city: 'Bruxelles',
    email: 'compta@veloexpress.example',
    language: 'fr',
    paymentTermsDays: 14,
  },
];

/**
 * The Contract tool's demo: the guarantee fund's reserve, clients, advisers following the demo members, a
 * courier platform with its agreement, and contracts at every stage — paid with the guarantee fund's
 * advance and then reimbursed by the client, paid after the client, on hold, abroad with its posting form,
 * to come. The seed lives through the dates it needs by moving the cooperative's clock, then puts it back.
 */
export async function seedContractsDemo(
  ctx: AppContext,
  staff: { adviser: string; payroll: string; admin: string; service: string },
) {
  const today = ctx.clock.today();
  const { rows: people } = await ctx.db.query<{
    id: string;
    email: string;
    user_id: string;
    language: string;
  }>(
    `SELECT p.id, p.email, p.user_id, p.language FROM people p JOIN members m ON m.person_id = p.id
      WHERE m.status = 'member' ORDER BY p.email`,
  );
  const person = (email: string) => people.find((p) => p.email === email)!;
  const camille = person('member@partage.coop');
  const jan = person('jan.peeters@example.be');
  const lea = person('lea.martin@example.be');
  const admin = await actingAs(ctx.db, { id: staff.admin });

  await ctx.db.transaction(async (tx) => {
    for (const p of people) {
      await tx.query(
        'INSERT INTO adviser_assignments (person_id, adviser_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [p.id, staff.adviser],
      );
    }
    const bank = await accountFor(tx, 'BE-PA', 'bank');
    const fund = await accountFor(tx, 'BE-PA', 'salary_guarantee_fund');
    await postEntry(tx, {
      entityId: 'BE-PA',
      date: addDays(today, -120),
      description: 'Salary guarantee fund: reserve brought forward',
      idempotencyKey: 'demo:guarantee-fund-reserve',
      source: 'manual',
      postings: [
        { accountId: bank.id, amountCents: 25_000_000 },
        { accountId: fund.id, amountCents: -25_000_000 },
      ],
    });
  });
  const clients = [];
  for (const input of CLIENTS) {
    clients.push((await ctx.db.transaction((tx) => findOrCreateClient(tx, admin, input))).client);
  }
  const [theatre, city, courier] = clients as [(typeof clients)[0], (typeof clients)[0], (typeof clients)[0]];

  const declaration = (
    over: Partial<DeclarationInput> & Pick<DeclarationInput, 'clientId' | 'days'>,
  ): DeclarationInput => ({
    entityId: 'BE-PA',
    jobCode: 'actor',
    description: 'Représentations',
    countryOfWork: 'BE',
    risks: ['stage_events'],
    contractType: 'artistic_employee',
    amountExclVatCents: 90_000,
    vatTreatment: 'standard_21',
    withholdingRateBp: 1111,
    expensesCents: 0,
    ...over,
  });
  const declareOn = async (date: string, personId: string, userId: string, input: DeclarationInput) => {
    ctx.clock.set(date);
    return confirmDeclaration(ctx, await actingAs(ctx.db, { id: userId }), personId, input, date);
  };
  const payroll = await actingAs(ctx.db, { id: staff.payroll });
  try {
    // 1. Paid before the client paid: the guarantee fund advanced it, the client's payment gave it back.
    const d1 = addDays(today, -60);
    const first = await declareOn(
      d1,
      camille.id,
      camille.user_id,
      declaration({
        clientId: theatre.id,
        description: 'Deux représentations de « La Traversée »',
        days: [
          { date: addDays(d1, 2), hours: 7.6 },
          { date: addDays(d1, 3), hours: 7.6 },
        ],
      }),
    );
    ctx.clock.set(first.payDate);
    await runPay(ctx, payroll, { entityId: 'BE-PA', payDate: first.payDate });
    const paidOn = addDays(first.payDate, 12);
    ctx.clock.set(paidOn);
    await ctx.db.transaction((tx) =>
      recordInvoicePayment(
        tx,
        { invoiceId: first.invoiceId, amountCents: 108_900, paidOn, bankReference: 'DEMO-BANK-0001' },
        staff.service,
      ),
    );

    // 2. The client paid before the pay date: no advance.
    const d2 = addDays(today, -40);
    const second = await declareOn(
      d2,
      jan.id,
      jan.user_id,
      declaration({
        clientId: city.id,
        jobCode: 'trainer',
        contractType: 'employee',
        description: 'Workshop stadsfotografie voor jongeren',
        risks: ['office_work', 'public_contact'],
        days: [{ date: addDays(d2, 1), hours: 6 }],
        amountExclVatCents: 48_000,
      }),
    );
    const cityPaid = addDays(second.payDate, -3);
    ctx.clock.set(cityPaid);
    await ctx.db.transaction((tx) =>
      recordInvoicePayment(
        tx,
        {
          invoiceId: second.invoiceId,
          amountCents: 58_080,
          paidOn: cityPaid,
          bankReference: 'DEMO-BANK-0002',
        },
        staff.service,
      ),
    );
    ctx.clock.set(second.payDate);
    await runPay(ctx, payroll, { entityId: 'BE-PA', payDate: second.payDate });

    // 3. Still unpaid by the client and already paid to the worker: an outstanding advance.
    const d3 = addDays(today, -25);
    const third = await declareOn(
      d3,
      lea.id,
      lea.user_id,
      declaration({
        clientId: theatre.id,
        jobCode: 'lighting_technician',
        contractType: 'employee',
        description: 'Régie lumière – festival d’été',
        risks: ['work_at_height', 'electrical'],
        days: [
          { date: addDays(d3, 3), hours: 9 },
          { date: addDays(d3, 4), hours: 9 },
          { date: addDays(d3, 5), hours: 8 },
        ],
        amountExclVatCents: 126_000,
      }),
    );
    ctx.clock.set(third.payDate);
    await runPay(ctx, payroll, { entityId: 'BE-PA', payDate: third.payDate });

    // 4. A client platform: the couriers' agreement and two days of deliveries declared in bulk.
    ctx.clock.set(addDays(today, -5));
    await ctx.db.transaction((tx) =>
      createAgreement(
        tx,
        admin,
        {
          clientId: courier.id,
          entityId: 'BE-PA',
          jobCode: 'courier',
          risks: ['road_traffic'],
          contractType: 'employee',
          vatTreatment: 'standard_21',
          minPaidHoursPerDay: 3,
        },
        addDays(today, -5),
        DEMO_PLATFORM_TOKEN,
      ),
    );
    await ctx.db.query(
      `INSERT INTO platform_workers (agreement_id, person_id)
       SELECT a.id, p FROM platform_agreements a, unnest($1::uuid[]) AS p`,
      [[jan.id, lea.id]],
    );
  } finally {
    ctx.clock.set(null);
  }

  // 5. To come: a job next week, one abroad with its posting form, and one put on hold by the adviser.
  const soon = addDays(today, 7);
  await confirmDeclaration(
    ctx,
    await actingAs(ctx.db, { id: camille.user_id }),
    camille.id,
    declaration({
      clientId: city.id,
      description: 'Lecture publique – bibliothèque De Krook',
      vatTreatment: 'standard_21',
      days: [{ date: soon, hours: 4 }],
      amountExclVatCents: 35_000,
    }),
    today,
  );
  const abroad = addDays(today, 14);
  await confirmDeclaration(
    ctx,
    await actingAs(ctx.db, { id: camille.user_id }),
    camille.id,
    declaration({
      clientId: theatre.id,
      description: 'Tournée à Lille – trois représentations',
      countryOfWork: 'FR',
      days: [0, 1, 2].map((n) => ({ date: addDays(abroad, n), hours: 7.6 })),
      amountExclVatCents: 165_000,
      posting: {
        hostName: 'Théâtre du Nord',
        street: '4 place du Général de Gaulle',
        postalCode: '59000',
        city: 'Lille',
        startDate: abroad,
        endDate: addDays(abroad, 2),
      },
    }),
    today,
  );
  const big = await confirmDeclaration(
    ctx,
    await actingAs(ctx.db, { id: lea.user_id }),
    lea.id,
    declaration({
      clientId: theatre.id,
      jobCode: 'lighting_technician',
      contractType: 'employee',
      description: 'Montage et démontage du décor',
      risks: ['manual_handling', 'work_at_height'],
      days: [{ date: addDays(today, 10), hours: 8 }],
      amountExclVatCents: 480_000,
    }),
    today,
  );
  await holdContract(
    ctx,
    await actingAs(ctx.db, { id: staff.adviser }),
    big.contractId,
    { message: 'Le montant par jour est très élevé : pouvez-vous joindre le devis accepté par le client ?' },
    today,
  );
}
