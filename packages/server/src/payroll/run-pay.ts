import { nextNumber, type Queryable } from '@partage/db';
import {
  DomainError,
  PURPOSE_SALARY,
  formatDate,
  formatMoney,
  salaryRemittance,
  transition,
} from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { queueEmail } from '../mail/outbox.ts';
import { accountFor, postEntry } from '../ledger/index.ts';
import { loadEntity, type EntityRow } from '../membership/queries.ts';
import { invoiceOfContract, type InvoiceRow } from '../invoicing/queries.ts';
import { entityParty } from '../invoicing/parties.ts';
import type { PayslipDocument } from '../contracts/documents/types.ts';
import { recordEvent, type ContractRow } from '../contracts/queries.ts';
import { loadWorker, workerParty, type WorkerRow } from '../contracts/worker.ts';
import { createPaymentOrder } from '../payments/create-payment-order.ts';

export interface PayRunResult {
  id: string;
  entityId: string;
  payDate: string;
  contractCount: number;
  grossCents: number;
  netCents: number;
  advancedCents: number;
}

/**
 * Pays every contract of an entity whose pay date has come (pay date on or before `payDate`), whether or
 * not its client has paid: the salary is guaranteed. Per contract, in one transaction for the whole run:
 *   1. the salary: the worker's contract account pays the employer cost and the expenses, which become
 *      employee and employer contributions, withholding tax, net salary and expenses payable;
 *   2. a payment order of the net salary and the expenses to the worker's IBAN, executed on the pay date (or
 *      the next TARGET business day): the money waits in salaries and expenses payable until the bank
 *      statement confirms the transfer (`payments/confirm-payment.ts`);
 *   3. when the client still owes money on the invoice, the salary guarantee fund advances it (up to
 *      the salary cost): its reserve goes down (debit the fund, credit guarantee advances) until the
 *      client's payment gives it back.
 * Then a numbered payslip (frozen document) per contract. Contracts on hold are skipped.
 */
export async function runPay(
  ctx: AppContext,
  request: FastifyRequest,
  input: { entityId: string; payDate: string },
): Promise<PayRunResult> {
  const today = ctx.clock.today();
  if (input.payDate > today) throw DomainError.field('payDate', 'payrun.pay_date_future');
  return ctx.db.transaction(async (tx) => {
    const entity = await loadEntity(tx, input.entityId);
    const { rows: due } = await tx.query<ContractRow>(
      `SELECT * FROM contracts WHERE entity_id = $1 AND status = 'declared' AND pay_date <= $2
        ORDER BY pay_date, reference FOR UPDATE`,
      [entity.id, input.payDate],
    );
    if (due.length === 0) throw DomainError.conflict('payrun.nothing_due');
    // What the guarantee fund advances: what each client still owes, up to the salary cost. A salary paid
    // from an Activity's budget has no client: its budget already paid the contract account.
    const plans: Array<{ contract: ContractRow; invoice: InvoiceRow | null; advance: number }> = [];
    for (const contract of due) {
      if (contract.activity_id) {
        plans.push({ contract, invoice: null, advance: 0 });
        continue;
      }
      const invoice = await invoiceOfContract(tx, contract.id, true);
      const outstanding = invoice.total_incl_vat_cents - invoice.paid_cents;
      const cost = contract.breakdown.employerCostCents + contract.breakdown.expensesCents;
      plans.push({ contract, invoice, advance: Math.min(cost, Math.max(0, outstanding)) });
    }
    const advanced = sum(plans.map((p) => p.advance));
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO pay_runs (entity_id, pay_date, contract_count, gross_cents, net_cents, advanced_cents, run_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        entity.id,
        input.payDate,
        due.length,
        sum(due.map((c) => c.gross_cents)),
        sum(due.map((c) => c.net_cents)),
        advanced,
        request.user?.id ?? null,
      ],
    );
    const runId = rows[0]!.id;
    for (const plan of plans) {
      await payContract(ctx, tx, entity, plan, runId, input.payDate, request.user?.id ?? null);
    }
    const result: PayRunResult = {
      id: runId,
      entityId: entity.id,
      payDate: input.payDate,
      contractCount: due.length,
      grossCents: sum(due.map((c) => c.gross_cents)),
      netCents: sum(due.map((c) => c.net_cents)),
      advancedCents: advanced,
    };
    await audit(tx, request, {
      action: 'payroll.run',
      subjectType: 'pay_run',
      subjectId: runId,
      entityId: entity.id,
      after: result,
    });
    return result;
  });
}

const sum = (values: number[]) => values.reduce((a, b) => a + Number(b), 0);

async function payContract(
  ctx: AppContext,
  tx: Queryable,
  entity: EntityRow,
  plan: { contract: ContractRow; invoice: InvoiceRow | null; advance: number },
  runId: string,
  payDate: string,
  actorId: string | null,
): Promise<void> {
  const { contract, invoice, advance } = plan;
  const b = contract.breakdown;
  const owner = { type: 'member' as const, id: contract.person_id };
  const [contractAccount, employeeContributions, withholding, employerContributions, salaries, expenses] =
    await Promise.all([
      accountFor(tx, entity.id, 'member_contract', owner),
      accountFor(tx, entity.id, 'employee_contributions_payable'),
      accountFor(tx, entity.id, 'withholding_tax_payable'),
      accountFor(tx, entity.id, 'employer_contributions_payable'),
      accountFor(tx, entity.id, 'salaries_payable', owner),
      accountFor(tx, entity.id, 'expenses_payable', owner),
    ]);
  const nonZero = (postings: Array<{ accountId: string; amountCents: number }>) =>
    postings.filter((p) => p.amountCents !== 0);
  await postEntry(tx, {
    entityId: entity.id,
    date: payDate,
    description: `Salary ${contract.reference}`,
    reference: contract.reference,
    idempotencyKey: `salary:${contract.id}`,
    source: 'salary',
    createdBy: actorId,
    postings: nonZero([
      { accountId: contractAccount.id, amountCents: b.employerCostCents + b.expensesCents },
      { accountId: employeeContributions.id, amountCents: -b.employeeContributionCents },
      { accountId: withholding.id, amountCents: -b.withholdingCents },
      { accountId: employerContributions.id, amountCents: -(b.employerCostCents - b.grossCents) },
      { accountId: salaries.id, amountCents: -b.netCents },
      { accountId: expenses.id, amountCents: -b.expensesCents },
    ]),
  });

  // The guarantee: what the client still owes, up to the salary cost, is advanced by the fund.
  if (advance > 0 && invoice) {
    const [advances, fund] = await Promise.all([
      accountFor(tx, entity.id, 'guarantee_advances'),
      accountFor(tx, entity.id, 'salary_guarantee_fund'),
    ]);
    const { entry } = await postEntry(tx, {
      entityId: entity.id,
      date: payDate,
      description: `Guarantee fund advance ${contract.reference} (invoice ${invoice.number} unpaid)`,
      reference: invoice.number,
      idempotencyKey: `guarantee-advance:${contract.id}`,
      source: 'guarantee.advance',
      createdBy: actorId,
      postings: [
        { accountId: fund.id, amountCents: advance },
        { accountId: advances.id, amountCents: -advance },
      ],
    });
    await tx.query(
      `INSERT INTO guarantee_advances (entity_id, contract_id, invoice_id, amount_cents, journal_entry_id)
       VALUES ($1, $2, $3, $4, $5)`,
      [entity.id, contract.id, invoice.id, advance, entry.id],
    );
  }

  const worker = await loadWorker(tx, contract.person_id);
  const year = payDate.slice(0, 4);
  const number = `PS-${entity.id}-${year}-${String(await nextNumber(tx, entity.id, 'payslip', year)).padStart(6, '0')}`;
  const document = payslipDocument(
    entity,
    worker,
    contract,
    invoice?.number ?? (await activityReferenceOf(tx, contract)),
    number,
    payDate,
  );
  const { rows: payslips } = await tx.query<{ id: string }>(
    `INSERT INTO payslips (entity_id, number, contract_id, pay_run_id, person_id, pay_date, gross_cents, net_cents,
       document) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      entity.id,
      number,
      contract.id,
      runId,
      contract.person_id,
      payDate,
      b.grossCents,
      b.netCents,
      JSON.stringify(document),
    ],
  );
  const transfer = b.netCents + b.expensesCents;
  const order =
    transfer > 0 &&
    (await createPaymentOrder(tx, ctx.protector, {
      entityId: entity.id,
      kind: 'salary',
      sourceType: 'payslip',
      sourceId: payslips[0]!.id,
      beneficiary: { personId: contract.person_id },
      amountCents: transfer,
      remittance: salaryRemittance(
        worker.language,
        number,
        contract.first_day,
        contract.last_day,
        b.expensesCents > 0,
      ),
      requestedExecutionDate: payDate,
      purpose: PURPOSE_SALARY,
      settlements: [
        { accountId: salaries.id, amountCents: b.netCents },
        { accountId: expenses.id, amountCents: b.expensesCents },
      ].filter((s) => s.amountCents > 0),
      createdBy: actorId,
    }));
  const next = transition(contract.status, 'pay', {
    today: payDate,
    firstDay: contract.first_day,
    actor: 'staff',
  });
  await tx.query('UPDATE contracts SET status = $2 WHERE id = $1', [contract.id, next]);
  await recordEvent(tx, contract.id, 'pay', next, actorId);
  await queueEmail(
    tx,
    {
      entityId: entity.id,
      to: worker.email,
      language: worker.language,
      template: 'salary_paid',
      params: {
        name: worker.first_name,
        reference: contract.reference,
        net: formatMoney(b.netCents, worker.language),
        // The day the transfer is executed: the pay date, or the next TARGET business day.
        date: formatDate(order ? order.requested_execution_date : payDate, worker.language),
        link: `${ctx.config.publicUrl}/contracts/${contract.id}`,
      },
    },
    ctx.delivery,
  );
}

/** What a payslip names instead of an invoice for a salary paid from an Activity: the Activity. */
async function activityReferenceOf(tx: Queryable, contract: ContractRow): Promise<string> {
  const { rows } = await tx.query<{ reference: string }>('SELECT reference FROM activities WHERE id = $1', [
    contract.activity_id,
  ]);
  return rows[0]?.reference ?? '';
}

function payslipDocument(
  entity: EntityRow,
  worker: WorkerRow,
  contract: ContractRow,
  invoiceNumber: string,
  number: string,
  payDate: string,
): PayslipDocument {
  return {
    language: worker.language,
    number,
    employer: entityParty(entity),
    worker: workerParty(worker),
    contractReference: contract.reference,
    invoiceNumber,
    periodFrom: contract.first_day,
    periodTo: contract.last_day,
    payDate,
    breakdown: contract.breakdown,
    corrects: null,
  };
}
