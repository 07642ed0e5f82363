import { addDays } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { actingAs } from '../demo/acting-as.ts';
import { confirmDeclaration } from '../contracts/confirm-declaration.ts';
import type { DeclarationInput } from '../contracts/schemas.ts';
import { runPay } from '../payroll/run-pay.ts';
import { recordInvoicePayment } from '../invoicing/record-payment.ts';
import { sendReminders } from './send-reminders.ts';
import { logContact } from './log-contact.ts';
import { setUpPlan } from './set-up-plan.ts';
import { openDispute } from './open-dispute.ts';

/**
 * The receivables demo, after the Contract tool's: three invoices the clients did not pay on time, whose
 * salaries the guarantee fund advanced, walked through the daily reminder runs of the last weeks —
 *   1. a theatre company: friendly reminder, second reminder, formal notice with interest and 40 €, then
 *      handed over to client service, who called its accountant;
 *   2. the city's cultural service: two reminders, then a payment plan in three instalments, the first
 *      one paid;
 *   3. the courier platform: a friendly reminder, then a dispute on the hours invoiced (the worker and
 *      the adviser are told).
 * The cooperative's clock is moved through those days and put back.
 */
export async function seedReceivablesDemo(ctx: AppContext, staff: { payroll: string; service: string }) {
  const today = ctx.clock.today();
  const day = (n: number) => addDays(today, n);
  const { rows: people } = await ctx.db.query<{ id: string; email: string; user_id: string }>(
    `SELECT p.id, p.email, p.user_id FROM people p JOIN members m ON m.person_id = p.id WHERE m.status = 'member'`,
  );
  const person = (email: string) => people.find((p) => p.email === email)!;
  const { rows: clients } = await ctx.db.query<{ id: string; name: string }>('SELECT id, name FROM clients');
  const client = (name: string) => clients.find((c) => c.name === name)!.id;
  const service = await actingAs(ctx.db, { id: staff.service });
  const payroll = await actingAs(ctx.db, { id: staff.payroll });

  const declaration = (over: Partial<DeclarationInput> & Pick<DeclarationInput, 'clientId' | 'days'>) => ({
    entityId: 'BE-PA',
    jobCode: 'actor',
    description: 'Représentations',
    countryOfWork: 'BE',
    risks: ['stage_events'],
    contractType: 'artistic_employee' as const,
    amountExclVatCents: 90_000,
    vatTreatment: 'standard_21',
    withholdingRateBp: 1111,
    expensesCents: 0,
    ...over,
  });
  const declareOn = async (date: string, email: string, input: DeclarationInput) => {
    ctx.clock.set(date);
    const worker = person(email);
    return confirmDeclaration(ctx, await actingAs(ctx.db, { id: worker.user_id }), worker.id, input, date);
  };
  const at = (date: string) => ctx.clock.set(date);
  const remind = async (date: string) => {
    at(date);
    await sendReminders(ctx, date);
  };
  const pay = async (date: string) => {
    at(date);
    await runPay(ctx, payroll, { entityId: 'BE-PA', payDate: date });
  };

  try {
    const theatre = await declareOn(
      day(-80),
      'member@partage.coop',
      declaration({
        clientId: client('Compagnie du Vent ASBL'),
        description: 'Lecture-spectacle « Les Voix du port »',
        days: [
          { date: day(-78), hours: 7.6 },
          { date: day(-77), hours: 7.6 },
        ],
      }),
    );
    const city = await declareOn(
      day(-70),
      'jan.peeters@example.be',
      declaration({
        clientId: client('Stad Gent – Cultuurdienst'),
        jobCode: 'trainer',
        contractType: 'employee',
        description: 'Reeks workshops podcast maken in de bibliotheek',
        risks: ['office_work', 'public_contact'],
        days: [{ date: day(-68), hours: 7.6 }],
        amountExclVatCents: 64_000,
      }),
    );
    await pay(theatre.payDate);
    await pay(city.payDate);
    const courier = await declareOn(
      day(-50),
      'lea.martin@example.be',
      declaration({
        clientId: client('Vélo Express SRL'),
        jobCode: 'lighting_technician',
        contractType: 'employee',
        description: 'Éclairage du lancement de la nouvelle flotte',
        risks: ['electrical', 'work_at_height'],
        days: [
          { date: day(-48), hours: 8 },
          { date: day(-47), hours: 8 },
        ],
        amountExclVatCents: 52_000,
      }),
    );

    await remind(day(-43)); // theatre: friendly reminder
    await pay(courier.payDate);
    await remind(day(-33)); // city: friendly reminder
    await remind(day(-29)); // theatre: second reminder; courier: friendly reminder
    at(day(-25));
    await openDispute(ctx, service, courier.invoiceId, {
      reason:
        'Le client conteste le nombre d’heures facturées pour le deuxième jour (montage annulé à midi).',
    });
    await remind(day(-19)); // city: second reminder
    at(day(-17));
    await setUpPlan(ctx, service, city.invoiceId, {
      instalments: [
        { dueOn: day(-10), amountCents: 25_440 },
        { dueOn: day(20), amountCents: 26_000 },
        { dueOn: day(50), amountCents: 26_000 },
      ],
      text: 'Betaling in drie delen afgesproken met de financiële dienst van de stad.',
    });
    await remind(day(-15)); // theatre: formal notice with interest and compensation
    at(day(-9));
    await ctx.db.transaction((tx) =>
      recordInvoicePayment(
        tx,
        { invoiceId: city.invoiceId, amountCents: 25_440, paidOn: day(-9), bankReference: 'DEMO-BANK-0101' },
        staff.service,
      ),
    );
    await remind(day(-5)); // theatre: handed over to client service
    at(day(-3));
    await logContact(ctx, service, theatre.invoiceId, {
      kind: 'call',
      text: 'Appel à la comptabilité : la facture sera présentée au conseil d’administration de l’ASBL.',
      nextActionOn: day(4),
    });
    await remind(today);
  } finally {
    ctx.clock.set(null);
  }
}
