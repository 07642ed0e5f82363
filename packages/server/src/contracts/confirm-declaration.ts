import { nextInSequence, type Queryable } from '@partage/db';
import {
  declarationTypeFor,
  formatDate,
  formatMoney,
  jobByCode,
  makeDeclarationReference,
} from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { queueEmail } from '../mail/outbox.ts';
import { accountFor } from '../ledger/index.ts';
import { issueInvoice } from '../invoicing/issue-invoice.ts';
import { clientAccessLink } from '../client-access/access-link.ts';
import { prepareDeclaration, type PlatformTerms, type PreparedDeclaration } from './prepare-declaration.ts';
import { loadWorker } from './worker.ts';
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

/** `CT-BE-PA-2026-000123`. */
function contractReference(entityId: string, year: string, sequence: number): string {
  return `CT-${entityId}-${year}-${String(sequence).padStart(6, '0')}`;
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
  const year = p.firstDay.slice(0, 4);
  // Unique references from sequences (nobody waits); the gap-free numbers come last, with the invoice.
  const reference = contractReference(entity.id, year, await nextInSequence(tx, 'contract_reference_seq'));
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO contracts (entity_id, reference, person_id, client_id, platform_agreement_id, job_code, description,
       country_of_work, risks, contract_type, first_day, last_day, day_count, total_centi_hours,
       amount_excl_vat_cents, vat_treatment, vat_rate_bp, vat_cents, withholding_rate_bp, expenses_cents, fee_cents,
       gross_cents, employer_cost_cents, net_cents, breakdown, warnings, pay_date, without_shares, language, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23,
       $24, $25, $26, $27, $28, $29, $30) RETURNING id`,
    [
      entity.id,
      reference,
      worker.person_id,
      p.client.id,
      platform?.agreementId ?? null,
      input.jobCode,
      input.description,
      input.countryOfWork,
      input.risks,
      input.contractType,
      p.firstDay,
      p.lastDay,
      p.days.length,
      p.totalCentiHours,
      input.amountExclVatCents,
      input.vatTreatment,
      p.vatRateBp,
      p.vatCents,
      input.withholdingRateBp,
      input.expensesCents,
      breakdown.feeCents,
      breakdown.grossCents,
      breakdown.employerCostCents,
      breakdown.netCents,
      JSON.stringify(breakdown),
      JSON.stringify(p.warnings),
      p.payDate,
      p.consumesFreePrestation,
      worker.language,
      actorId,
    ],
  );
  const contractId = rows[0]!.id;
  await tx.query(
    `INSERT INTO contract_days (contract_id, person_id, day, centi_hours)
     SELECT $1, $2, d, h FROM unnest($3::date[], $4::int[]) AS t(d, h)`,
    [contractId, worker.person_id, p.days.map((d) => d.date), p.days.map((d) => d.centiHours)],
  );
  await tx.query(
    `INSERT INTO insurance_cover (contract_id, day, cover)
     SELECT $1, d, c FROM unnest($2::date[]) AS t(d), unnest($3::text[]) AS k(c)`,
    [
      contractId,
      p.days.map((d) => d.date),
      p.posted ? ['work_accident', 'mobility_abroad'] : ['work_accident'],
    ],
  );
  const declarationSequence = await nextInSequence(tx, 'employment_declaration_seq');
  await tx.query(
    `INSERT INTO employment_declarations (contract_id, entity_id, reference, declaration_type, first_day, last_day,
       planned_centi_hours) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      contractId,
      entity.id,
      makeDeclarationReference(declarationSequence, today),
      declarationTypeFor(input.contractType),
      p.firstDay,
      p.lastDay,
      p.totalCentiHours,
    ],
  );
  if (p.posted && input.posting) {
    await tx.query(
      `INSERT INTO posting_forms (contract_id, entity_id, country, host_name, street, postal_code, city, start_date,
         end_date) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        contractId,
        entity.id,
        input.countryOfWork,
        input.posting.hostName,
        input.posting.street,
        input.posting.postalCode,
        input.posting.city,
        input.posting.startDate,
        input.posting.endDate,
      ],
    );
  }
  await tx.query(
    `INSERT INTO contract_events (contract_id, action, status_after, actor_id) VALUES ($1, 'declare', 'declared', $2)`,
    [contractId, actorId],
  );
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
