import type { Queryable } from '@partage/db';
import { formatDate, formatMoney, jobByCode } from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { queueEmail } from '../mail/outbox.ts';
import { accountFor } from '../ledger/index.ts';
import { issueInvoice } from '../invoicing/issue-invoice.ts';
import { clientAccessLink } from '../client-access/access-link.ts';
import { prepareDeclaration, type PlatformTerms, type PreparedDeclaration } from './prepare-declaration.ts';
import { loadWorker } from './worker.ts';
import { insertContract } from './write-contract.ts';
import type { DeclarationInput } from './schemas.ts';

export interface ConfirmedDeclaration {
  contractId: string;
  dueDate: string;
  structuredCommunication: string;
  reference: string;
  invoiceId: string;
  invoiceNumber: string;
  payDate: string;
}

/**
 * Confirms a declaration in one transaction: one fixed-term employment contract with its days, its
 * employment declaration (made now, before the first day) and its insurance cover per day, the posting
 * form when the work is abroad, and one invoice to the client with its ledger entry
 *   client receivables (incl. VAT) = VAT payable + fee income + the worker's contract account.
 * The worker's row is locked first, so two confirmations of one worker are judged one after the other
 * (overlapping days, student quota, free prestations of a non-member); a partial unique index on the
 * contract days backs the overlap rule whatever happens.
 */
export async function confirmDeclaration(
  ctx: AppContext,
  request: FastifyRequest | null,
  personId: string,
  input: DeclarationInput,
  today: string,
  platform: PlatformTerms | null = null,
): Promise<ConfirmedDeclaration> {
  return ctx.db.transaction((tx) => declareInTransaction(ctx, tx, request, personId, input, today, platform));
}

/** The same, inside the caller's transaction (a client platform's bulk declaration is all or nothing). */
export async function declareInTransaction(
  ctx: AppContext,
  tx: Queryable,
  request: FastifyRequest | null,
  personId: string,
  input: DeclarationInput,
  today: string,
  platform: PlatformTerms | null = null,
): Promise<ConfirmedDeclaration> {
  const actorId = request?.user?.id ?? null;
  const worker = await loadWorker(tx, personId, true);
  const prepared = await prepareDeclaration(tx, worker, input, today, platform);
  const confirmed = await writeDeclaration(tx, prepared, today, actorId, platform);
  await audit(tx, request, {
    action: 'contract.declare',
    subjectType: 'contract',
    subjectId: confirmed.contractId,
    entityId: prepared.entity.id,
    after: {
      reference: confirmed.reference,
      invoice: confirmed.invoiceNumber,
      client: prepared.client.id,
      days: prepared.days,
      amountExclVatCents: input.amountExclVatCents,
      platform: platform?.agreementId ?? null,
    },
  });
  await notify(ctx, tx, prepared, confirmed);
  return confirmed;
}

async function writeDeclaration(
  tx: Queryable,
  p: PreparedDeclaration,
  today: string,
  actorId: string | null,
  platform: PlatformTerms | null,
): Promise<ConfirmedDeclaration> {
  const { input, entity, worker, breakdown } = p;
  const { contractId, reference } = await insertContract(tx, {
    entityId: entity.id,
    personId: worker.person_id,
    clientId: p.client.id,
    activityId: null,
    platformAgreementId: platform?.agreementId ?? null,
    jobCode: input.jobCode,
    description: input.description,
    countryOfWork: input.countryOfWork,
    risks: input.risks,
    contractType: input.contractType,
    firstDay: p.firstDay,
    lastDay: p.lastDay,
    days: p.days,
    totalCentiHours: p.totalCentiHours,
    amountExclVatCents: input.amountExclVatCents,
    vatTreatment: input.vatTreatment,
    vatRateBp: p.vatRateBp,
    vatCents: p.vatCents,
    withholdingRateBp: input.withholdingRateBp,
    expensesCents: input.expensesCents,
    breakdown,
    warnings: p.warnings,
    payDate: p.payDate,
    withoutShares: p.consumesFreePrestation,
    language: worker.language,
    posting: p.posted ? (input.posting ?? null) : null,
    actorId,
    today,
  });
  if (p.consumesFreePrestation && worker.member_id) {
    await tx.query(
      'UPDATE members SET prestations_without_shares = prestations_without_shares + 1 WHERE id = $1',
      [worker.member_id],
    );
  }

  // One invoice per contract: fee to the cooperative, the rest to the worker's contract account.
  const feeIncome = await accountFor(tx, entity.id, 'fee_income');
  const contractAccount = await accountFor(tx, entity.id, 'member_contract', {
    type: 'member',
    id: worker.person_id,
  });
  const job = jobByCode(input.jobCode);
  const invoice = await issueInvoice(tx, {
    entity,
    client: p.client,
    performer: { personId: worker.person_id, name: worker.name, memberNumber: worker.member_number },
    contractId,
    issueDate: today,
    deliveryFrom: p.firstDay,
    deliveryTo: p.lastDay,
    lines: [
      {
        description: `${job?.label[p.client.language] ?? input.jobCode} – ${input.description}`,
        quantityCenti: p.days.length * 100,
        unit: 'day',
        unitPriceCents: Math.round(input.amountExclVatCents / p.days.length),
        amountExclVatCents: input.amountExclVatCents,
        vatRateBp: p.vatRateBp,
        vatTreatment: input.vatTreatment,
        vatCents: p.vatCents,
      },
    ],
    credits: [
      { accountId: feeIncome.id, amountCents: breakdown.feeCents },
      { accountId: contractAccount.id, amountCents: input.amountExclVatCents - breakdown.feeCents },
    ],
    createdBy: actorId,
    idempotencyKey: `contract-invoice:${contractId}`,
  });
  return {
    contractId,
    reference,
    invoiceId: invoice.id,
    invoiceNumber: invoice.number,
    dueDate: invoice.document.dueDate!,
    structuredCommunication: invoice.document.structuredCommunication,
    payDate: p.payDate,
  };
}

async function notify(ctx: AppContext, tx: Queryable, p: PreparedDeclaration, c: ConfirmedDeclaration) {
  const workerLang = p.worker.language;
  await queueEmail(
    tx,
    {
      entityId: p.entity.id,
      to: p.worker.email,
      language: workerLang,
      template: 'contract_declared',
      params: {
        name: p.worker.first_name,
        reference: c.reference,
        client: p.client.name,
        from: formatDate(p.firstDay, workerLang),
        to: formatDate(p.lastDay, workerLang),
        net: formatMoney(p.breakdown.netCents, workerLang),
        payDate: formatDate(p.payDate, workerLang),
        link: `${ctx.config.publicUrl}/contracts/${c.contractId}`,
      },
    },
    ctx.delivery,
  );
  const clientLang = p.client.language;
  await queueEmail(
    tx,
    {
      entityId: p.entity.id,
      to: p.client.email,
      language: clientLang,
      template: 'invoice_issued',
      params: {
        client: p.client.name,
        entity: p.entity.name,
        number: c.invoiceNumber,
        performer: p.worker.name,
        amount: formatMoney(p.input.amountExclVatCents + p.vatCents, clientLang),
        due: formatDate(c.dueDate, clientLang),
        iban: p.entity.iban ?? '',
        reference: c.structuredCommunication,
        link: await clientAccessLink(tx, ctx.config, p.client.id),
      },
    },
    ctx.delivery,
  );
}
