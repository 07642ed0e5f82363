import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseCamt053, translator, type DomainError } from '@partage/domain';
import { DEMO_PASSWORD } from '@partage/server';
import { chooseLanguage, login, newPage, SCREENSHOTS, startStage, type Stage } from './browser.ts';

let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => {
  await stage?.close();
});

async function shoot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

interface OpenInvoice {
  id: string;
  number: string;
  reference: string;
  due: number;
  client: string;
}

async function openInvoices(): Promise<OpenInvoice[]> {
  const { rows } = await stage.server.ctx.db.query<OpenInvoice>(
    `SELECT id, number, structured_reference AS reference, document->'client'->>'name' AS client,
            (total_incl_vat_cents - paid_cents - credited_cents - written_off_cents)::int AS due
       FROM invoices WHERE kind = 'invoice' AND entity_id = 'BE-PA' AND status IN ('issued', 'partially_paid')
      ORDER BY number`,
  );
  return rows;
}

const plain = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** A camt.053.001.02 statement as a Belgian bank writes it: one transfer received on Productions Associées. */
function statement(id: string, payment: { cents: number; payer: string; text: string }): string {
  const today = stage.server.ctx.clock.today();
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>${id}</MsgId><CreDtTm>${today}T06:30:00+01:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>${id}</Id>
      <CreDtTm>${today}T06:30:00+01:00</CreDtTm>
      <Acct><Id><IBAN>BE71096123456769</IBAN></Id><Ccy>EUR</Ccy></Acct>
      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${today}</Dt></Dt></Bal>
      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${plain(100_000 + payment.cents)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${today}</Dt></Dt></Bal>
      <Ntry>
        <Amt Ccy="EUR">${plain(payment.cents)}</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>${today}</Dt></BookgDt>
        <ValDt><Dt>${today}</Dt></ValDt>
        <AcctSvcrRef>${id}-1</AcctSvcrRef>
        <NtryDtls><TxDtls>
          <RltdPties><Dbtr><Nm>${payment.payer}</Nm></Dbtr></RltdPties>
          <RmtInf><Ustrd>${payment.text}</Ustrd></RmtInf>
        </TxDtls></NtryDtls>
      </Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>`;
}

/** The communication with two neighbouring digits of its base swapped: no longer valid, almost right. */
function mistyped(reference: string): string {
  const digits = reference.split('');
  const i = digits.findIndex((d, k) => k < 9 && d !== digits[k + 1]);
  [digits[i], digits[i + 1]] = [digits[i + 1]!, digits[i]!];
  const typed = digits.join('');
  return `+++${typed.slice(0, 3)}/${typed.slice(3, 7)}/${typed.slice(7)}+++`;
}

/** The message the server gives for a file it refuses, in a language. */
function refusal(language: 'fr' | 'nl', file: string, xml: string): string {
  try {
    parseCamt053(xml, file);
  } catch (error) {
    const e = error as DomainError;
    return translator.t(language, e.code, e.params);
  }
  throw new Error('expected a refusal');
}

async function upload(page: Page, name: string, xml: string) {
  await page
    .getByTestId('camt-files')
    .setInputFiles({ name, mimeType: 'application/xml', buffer: Buffer.from(xml) });
  await expect.poll(() => page.locator(`[data-testid=import-result][data-file="${name}"]`).count()).toBe(1);
  return page.locator(`[data-testid=import-result][data-file="${name}"]`);
}

describe('the bank statements', () => {
  it('client service imports a statement (French), accepts the suggestion for a payment not matched, then allocates the demo payment by hand (Dutch)', async () => {
    const invoices = await openInvoices();
    // The demo's waiting payment is for the first; the file below pays another one.
    const target = invoices.find((i) => i.client === 'Compagnie du Vent ASBL' && i.due > 200_000)!;
    expect(target).toBeDefined();

    const { page, errors } = await newPage(stage);
    await login(page, 'service@partage.coop', DEMO_PASSWORD);
    await chooseLanguage(page, 'fr');
    await page.goto('/staff/bank');
    // The demo's import is listed, and its payment not matched waits in the queue.
    await expect.poll(() => page.getByTestId('statement-file').count()).toBe(1);
    await expect.poll(() => page.locator('[data-testid=bank-line][data-status=unmatched]').count()).toBe(2);

    // A transfer of the whole amount, with the communication mistyped and the payer's name abbreviated.
    const xml = statement('E2E-FR-1', {
      cents: target.due,
      payer: 'C. DU VENT',
      text: mistyped(target.reference),
    });
    const result = await upload(page, 'extrait-fr.xml', xml);
    await expect
      .poll(() => result.textContent())
      .toContain('1 extrait(s), 1 nouvelle(s) ligne(s) : 0 rapprochée(s) automatiquement, 1 à examiner');

    const line = page.locator(`[data-testid=bank-line][data-amount="${target.due}"]`);
    await expect.poll(() => line.count()).toBe(1);
    const first = line.getByTestId('suggestion').first();
    await expect.poll(() => first.textContent()).toContain(`Facture ${target.number}`);
    expect(await first.textContent()).toContain('communication presque juste');
    await shoot(page, 'bank-queue-fr');
    await first.getByTestId('accept-suggestion').click();
    await expect.poll(() => line.count()).toBe(0);

    // The same file again changes nothing, and says so.
    const again = await upload(page, 'extrait-fr.xml', xml);
    await expect.poll(() => again.textContent()).toContain('Déjà importé le');

    // A damaged file is refused with its name, in French.
    const cut = await upload(page, 'abime.xml', xml.slice(0, 700));
    await expect
      .poll(() => cut.getByTestId('import-error').textContent())
      .toBe(refusal('fr', 'abime.xml', xml.slice(0, 700)));

    await page.goto('/staff/invoices');
    await page.fill('input[name=q]', target.number);
    await page.getByText('Payées', { exact: true }).click();
    await expect.poll(() => page.getByTestId('invoice-row').count()).toBe(1);
    const paidRow = page.locator(`[data-testid=invoice-row][data-number="${target.number}"]`);
    await expect.poll(() => paidRow.locator('[data-status]').textContent()).toBe('Payée');

    // In Dutch: the demo's partial payment, allocated by hand to the invoice found by its number.
    await chooseLanguage(page, 'nl');
    await page.goto('/staff/bank');
    const demo = page
      .locator('[data-testid=bank-line][data-status=unmatched]')
      .filter({ hasText: 'Acompte' });
    await expect.poll(() => demo.count()).toBe(1);
    const amount = Number(await demo.getAttribute('data-amount'));
    // The invoice whose salary the guarantee fund advanced: the allocation gives the fund part of it back.
    const { rows: advanced } = await stage.server.ctx.db.query<{ invoice_id: string }>(
      'SELECT invoice_id FROM guarantee_advances WHERE reimbursed_cents < amount_cents',
    );
    const partly = invoices.find(
      (i) => i.id !== target.id && i.due > amount && advanced.some((a) => a.invoice_id === i.id),
    )!;
    expect(partly).toBeDefined();
    await demo.getByTestId('allocate').click();
    await page.fill('input[name=invoice-search]', partly.number);
    const found = page.locator(`[data-testid=invoice-result][data-number="${partly.number}"]`);
    await expect.poll(() => found.count()).toBe(1);
    await found.getByTestId('add-invoice').click();
    await expect
      .poll(() => page.getByTestId('allocate-left').textContent())
      .toMatch(/^0,00\s€ toe te wijzen$/);
    await page.getByTestId('allocate-save').click();
    await expect.poll(() => page.getByTestId('allocation-done').textContent()).toContain('Toegewezen.');
    await expect.poll(() => page.getByTestId('allocation-done').textContent()).toContain('loonwaarborgfonds');
    await shoot(page, 'bank-allocated-nl');
    await page.getByRole('button', { name: 'Sluiten' }).click();
    await expect.poll(() => demo.count()).toBe(0);

    await page.goto('/staff/invoices');
    await page.fill('input[name=q]', partly.number);
    const partlyRow = page.locator(`[data-testid=invoice-row][data-number="${partly.number}"]`);
    await expect.poll(() => partlyRow.locator('[data-status]').textContent()).toBe('Deels betaald');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
