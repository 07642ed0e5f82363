import { addDays, makeEnterpriseNumber } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { actingAs } from '../demo/acting-as.ts';
import { findOrCreateClient } from '../clients/create-client.ts';
import { recordInvoicePayment } from '../invoicing/record-payment.ts';
import { decideActivity, requestActivity } from './open-activity.ts';
import { inviteParticipant } from './participants.ts';
import { answerQuote, createQuote } from './quotes.ts';
import { invoiceQuote, issueDirectInvoice } from './invoices.ts';
import { claimExpenses, recordPurchase, uploadFile } from './spending.ts';
import { decideSpending } from './approvals.ts';
import { requestSalary } from './salaries.ts';
import { decideFinancing, requestFinancing } from './financing.ts';
import { setUpCdi } from './cdi.ts';

/** A tiny valid PNG (1 × 1 pixel): the demo's receipt photo. */
const RECEIPT_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const SUPPLIER_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/**
 * The Activity tool's demo, through the same use cases as real requests:
 * - "Studio Graphique Dubois" (Camille, with Jan selling and spending): an accepted quote invoiced in a
 *   paid deposit and an open final invoice, a quote waiting for its client, an expense claim approved and
 *   another waiting for the adviser, a purchase waiting, a salary approved (its contract to be paid), an
 *   equipment financing being repaid;
 * - "Compagnie Les Vents" (Sofie): a loan, a CDI paid from the budget and the reserve alert;
 * - "Atelier Céramique Martin" (Léa): an opening request waiting for the adviser.
 */
export async function seedActivitiesDemo(ctx: AppContext): Promise<void> {
  const today = ctx.clock.today();
  const [camille, jan, sofie, lea, adviser, service] = await Promise.all([
    actingAs(ctx.db, { email: 'member@partage.coop' }),
    actingAs(ctx.db, { email: 'jan.peeters@example.be' }),
    actingAs(ctx.db, { email: 'sofie.janssens@example.be' }),
    actingAs(ctx.db, { email: 'lea.martin@example.be' }),
    actingAs(ctx.db, { email: 'adviser@partage.coop' }),
    actingAs(ctx.db, { email: 'service@partage.coop' }),
  ]);
  const enterprise = makeEnterpriseNumber('06120834');
  const { client } = await ctx.db.transaction((tx) =>
    findOrCreateClient(tx, camille, {
      kind: 'company',
      name: 'Éditions du Parc SRL',
      country: 'BE',
      enterpriseNumber: enterprise,
      vatNumber: `BE${enterprise}`,
      street: 'Avenue du Parc 27',
      postalCode: '1060',
      city: 'Saint-Gilles',
      email: 'compta@editionsduparc.example',
      language: 'fr',
      paymentTermsDays: 30,
    }),
  );

  // Studio Graphique Dubois.
  const studio = await requestActivity(ctx, camille, {
    name: 'Studio Graphique Dubois',
    description: 'Identités visuelles, mise en page et illustration pour l’édition et la culture.',
    jobFamily: 'it_graphics_language',
    entity: 'BE-PA',
  });
  await decideActivity(ctx, adviser, studio.id, { decision: 'approve' });
  await inviteParticipant(ctx, camille, studio.id, {
    email: 'jan.peeters@example.be',
    rights: ['sell', 'spend'],
  });
  const quote = await createQuote(ctx, camille, studio.id, {
    clientId: client.id,
    title: 'Collection « Villes » : couvertures et maquette',
    validUntil: addDays(today, 30),
    lines: [
      {
        description: 'Maquette de la collection',
        quantity: 1,
        unitPriceCents: 240_000,
        vatTreatment: 'standard_21',
      },
      { description: 'Couvertures', quantity: 6, unitPriceCents: 45_000, vatTreatment: 'standard_21' },
    ],
    send: true,
  });
  await answerQuote(ctx, service, { id: quote.id }, { answer: 'accept', note: 'Accord reçu par courrier.' });
  const deposit = await invoiceQuote(ctx, camille, studio.id, quote.id, { kind: 'deposit', percentBp: 4000 });
  await ctx.db.transaction((tx) =>
    recordInvoicePayment(
      tx,
      { invoiceId: deposit.id, amountCents: 246_840, paidOn: today, bankReference: 'DEMO-STUDIO-DEPOSIT' },
      service.user!.id,
    ),
  );
  await invoiceQuote(ctx, camille, studio.id, quote.id, { kind: 'final' });
  const direct = await issueDirectInvoice(ctx, jan, studio.id, {
    clientId: client.id,
    lines: [
      {
        description: 'Illustrations pour le salon du livre',
        quantity: 3,
        unitPriceCents: 35_000,
        vatTreatment: 'standard_21',
      },
    ],
    key: 'demo-studio-direct',
  });
  await ctx.db.transaction((tx) =>
    recordInvoicePayment(
      tx,
      { invoiceId: direct.id, amountCents: 127_050, paidOn: today, bankReference: 'DEMO-STUDIO-SALON' },
      service.user!.id,
    ),
  );
  await createQuote(ctx, jan, studio.id, {
    clientId: client.id,
    title: 'Affiches du festival d’automne',
    validUntil: addDays(today, 21),
    lines: [
      {
        description: 'Série de 4 affiches',
        quantity: 4,
        unitPriceCents: 38_000,
        vatTreatment: 'standard_21',
      },
    ],
    send: true,
  });
  const receipt = await uploadFile(ctx, jan, studio.id, {
    bytes: RECEIPT_PNG,
    declaredType: 'image/png',
    name: 'ticket-papeterie.png',
  });
  const approved = await claimExpenses(ctx, jan, studio.id, {
    lines: [
      {
        kind: 'receipt',
        category: 'supplies',
        date: today,
        description: 'Papier d’épreuve et encres',
        amountInclVatCents: 9_680,
        vatCents: 1_680,
        vatInvoice: true,
        receiptFileId: receipt.id,
      },
      {
        kind: 'mileage',
        date: today,
        description: 'Livraison des épreuves',
        km: 64,
        from: 'Saint-Gilles',
        to: 'Louvain',
      },
    ],
  });
  await decideSpending(ctx, camille, studio.id, {
    subjectType: 'expense_claim',
    subjectId: approved.id,
    decision: 'approve',
  });
  const receipt2 = await uploadFile(ctx, camille, studio.id, {
    bytes: RECEIPT_PNG,
    declaredType: 'image/png',
    name: 'train.png',
  });
  await claimExpenses(ctx, camille, studio.id, {
    lines: [
      {
        kind: 'receipt',
        category: 'travel',
        date: today,
        description: 'Train Bruxelles – Liège, rendez-vous imprimeur',
        amountInclVatCents: 3_580,
        vatCents: 0,
        receiptFileId: receipt2.id,
      },
    ],
  });
  const invoiceFile = await uploadFile(ctx, camille, studio.id, {
    bytes: SUPPLIER_PDF,
    declaredType: 'application/pdf',
    name: 'facture-imprimerie.pdf',
  });
  await recordPurchase(ctx, camille, studio.id, {
    supplierName: 'Imprimerie des Marolles SRL',
    supplierIban: 'BE68 5390 0754 7034',
    supplierInvoiceNumber: 'IM-2026-0412',
    description: 'Épreuves couleur de la collection',
    category: 'services',
    investment: false,
    invoiceDate: today,
    dueDate: addDays(today, 30),
    amountExclVatCents: 42_000,
    vatCents: 8_820,
    fileId: invoiceFile.id,
  });
  const salary = await requestSalary(ctx, camille, studio.id, {
    jobCode: 'graphic_designer',
    description: 'Maquette de la collection « Villes »',
    countryOfWork: 'BE',
    risks: ['office_work'],
    days: [addDays(today, 21), addDays(today, 22)].map((date) => ({ date, hours: 7.6 })),
    contractType: 'employee',
    withholdingRateBp: 1111,
    grossCents: 60_000,
  });
  await decideSpending(ctx, adviser, studio.id, {
    subjectType: 'salary_request',
    subjectId: salary.id,
    decision: 'approve',
  });
  const equipment = await requestFinancing(ctx, camille, studio.id, {
    kind: 'equipment',
    principalCents: 420_000,
    months: 14,
    firstDueDate: addDays(today, 25),
    purpose: 'Écran calibré et tablette graphique pour le studio',
  });
  await decideFinancing(ctx, adviser, studio.id, equipment.id, { decision: 'grant' });

  // Compagnie Les Vents: a loan, a CDI whose budget is under its reserve once the month is paid.
  const vents = await requestActivity(ctx, sofie, {
    name: 'Compagnie Les Vents',
    description: 'Théâtre jeune public en tournée dans les écoles.',
    jobFamily: 'performing_arts_literature',
    entity: 'BE-PA',
  });
  await decideActivity(ctx, adviser, vents.id, { decision: 'approve' });
  const loan = await requestFinancing(ctx, sofie, vents.id, {
    kind: 'loan',
    principalCents: 1_200_000,
    months: 24,
    firstDueDate: addDays(today, 30),
    purpose: 'Fonds de roulement de la tournée 2027',
  });
  await decideFinancing(ctx, adviser, vents.id, loan.id, { decision: 'grant' });
  const { rows } = await ctx.db.query<{ id: string }>('SELECT id FROM people WHERE email = $1', [
    'sofie.janssens@example.be',
  ]);
  await setUpCdi(ctx, adviser, vents.id, {
    personId: rows[0]!.id,
    startMonth: addDays(today, 31).slice(0, 7),
    monthlyGrossCents: 230_000,
  });

  // Atelier Céramique Martin: waiting for the adviser.
  await requestActivity(ctx, lea, {
    name: 'Atelier Céramique Martin',
    description: 'Pièces uniques en grès et ateliers d’initiation pour adultes.',
    jobFamily: 'visual_arts_crafts',
    entity: 'BE-PA',
  });
}
