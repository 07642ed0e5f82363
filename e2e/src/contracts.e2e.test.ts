import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, jobByCode, jobFamilyByCode, makeEnterpriseNumber, translator } from '@partage/domain';
import { DEMO_PASSWORD } from '@partage/server';
import { chooseLanguage, login, newPage, SCREENSHOTS, startStage, type Stage } from './browser.ts';

let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => {
  stage?.server.ctx.clock.set(null);
  await stage?.close();
});

/** Downloads a document link of the page and checks it is a real PDF. */
async function expectPdf(page: Page, testId: string) {
  const href = await page.getByTestId(testId).getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  const bytes = await response.body();
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(1500);
}

/** Two consecutive days, from a week ahead, on which the worker has no contract yet (the demo has some). */
async function freeDays(email: string): Promise<[string, string]> {
  const { rows } = await stage.server.ctx.db.query<{ day: string }>(
    `SELECT d.day::text AS day FROM contract_days d JOIN people p ON p.id = d.person_id
      WHERE p.email = $1 AND NOT d.cancelled`,
    [email],
  );
  const taken = new Set(rows.map((r) => r.day));
  let first = addDays(stage.server.ctx.clock.today(), 7);
  while (taken.has(first) || taken.has(addDays(first, 1))) first = addDays(first, 1);
  return [first, addDays(first, 1)];
}

/** A full-page screenshot from the top (the header stays where it belongs). */
async function shoot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

const JOB = jobByCode('sound_technician')!;

describe('the Contract tool', () => {
  it('a member declares a job for a new client (French), payroll pays it on its pay date (Dutch), the member downloads the payslip', async () => {
    const [first, second] = await freeDays('member@partage.coop');
    const enterpriseNumber = makeEnterpriseNumber('08123457');

    // The member, in French, declares a job for a client the cooperative does not know yet.
    const { page, errors } = await newPage(stage);
    await login(page, 'member@partage.coop', DEMO_PASSWORD);
    await chooseLanguage(page, 'fr');
    await page.goto('/contracts');
    await page.getByTestId('declare').click();
    await page.waitForURL('**/contracts/new');

    await page.getByTestId('client-new').click();
    await page.fill('input[name=client-name]', 'Théâtre des Galeries Test SRL');
    await page.fill('input[name=client-enterpriseNumber]', enterpriseNumber);
    await page.fill('input[name=client-street]', 'Galerie du Roi 32');
    await page.fill('input[name=client-postalCode]', '1000');
    await page.fill('input[name=client-city]', 'Bruxelles');
    await page.fill('input[name=client-email]', 'factures@galeries-test.example');
    await page.getByTestId('client-create').click();
    await expect
      .poll(() => page.getByTestId('client-selected').textContent())
      .toContain('Théâtre des Galeries');
    await page.getByTestId('declare-next').click();

    // The work: a job (its usual risks come with it), two days, a price.
    await page.getByTestId('job-family').click();
    await page.getByRole('option', { name: jobFamilyByCode(JOB.family).label.fr }).click();
    await page.getByTestId('job').click();
    await page.getByRole('option', { name: JOB.label.fr }).click();
    await page.fill('textarea[name=description]', 'Régie son du spectacle de fin de saison');
    await page.fill('input[name="days.0.date"]', first);
    await page.getByTestId('add-day').click();
    expect(await page.inputValue('input[name="days.1.date"]')).toBe(second);

    // Without a price, the server's refusal shows on the price field, in French.
    await page.getByTestId('declare-next').click();
    const zero = translator.t('fr', 'contract.amount.zero');
    await expect.poll(() => page.getByText(zero).count()).toBe(1);
    expect(await page.getAttribute('input[name=amount]', 'aria-invalid')).toBe('true');

    await page.fill('input[name=amount]', '900');
    await page.getByTestId('declare-next').click();
    await expect.poll(() => page.getByTestId('preview-total').textContent()).toMatch(/1\.089,00/);
    expect(await page.getByTestId('preview-net').textContent()).toMatch(/\d,\d\d/);
    expect(await page.getByTestId('preview-lines').locator('tbody tr').count()).toBeGreaterThan(8);
    await shoot(page, 'contracts-preview-fr');

    await page.getByTestId('declare-confirm').click();
    await page.waitForURL(/\/contracts\/[0-9a-f-]{36}$/);
    const contractUrl = new URL(page.url()).pathname;
    const contractId = contractUrl.split('/').pop()!;
    await expect.poll(() => page.locator('[data-status=declared]').first().textContent()).toBe('Déclaré');
    await expectPdf(page, 'doc-invoice');
    await expectPdf(page, 'doc-contract');
    expect(await page.getByTestId('doc-payslip').count()).toBe(0);

    const { rows } = await stage.server.ctx.db.query<{ pay_date: string }>(
      'SELECT pay_date::text AS pay_date FROM contracts WHERE id = $1',
      [contractId],
    );
    const payDate = rows[0]!.pay_date;
    expect(payDate > second).toBe(true);

    // Payroll, in Dutch: the pay date has not come, the button waits; once it has, the pay runs.
    const payroll = await newPage(stage);
    await login(payroll.page, 'payroll@partage.coop', DEMO_PASSWORD);
    await chooseLanguage(payroll.page, 'nl');
    await payroll.page.goto('/staff/payroll');
    const row = payroll.page.locator(`[data-testid=pay-date-row][data-date="${payDate}"]`);
    await expect.poll(() => row.getByTestId('run-pay').isDisabled()).toBe(true);

    stage.server.ctx.clock.set(payDate);
    await payroll.page.reload();
    await expect.poll(() => row.getByTestId('run-pay').isEnabled()).toBe(true);
    expect(await row.getByTestId('run-pay').textContent()).toBe('Loon uitbetalen');
    await row.getByTestId('run-pay').click();
    await expect.poll(() => payroll.page.getByTestId('run-done').count()).toBe(1);
    await expect.poll(() => row.count()).toBe(0);
    await shoot(payroll.page, 'payroll-nl');

    // The member, on a phone, opens the contract again: paid, with its payslip.
    const phone = await newPage(stage, { width: 390, height: 844 });
    await login(phone.page, 'member@partage.coop', DEMO_PASSWORD);
    await chooseLanguage(phone.page, 'fr');
    await phone.page.goto(contractUrl);
    await expect.poll(() => phone.page.locator('[data-status=paid]').first().textContent()).toBe('Payé');
    await expectPdf(phone.page, 'doc-payslip');
    await expectPdf(phone.page, 'doc-invoice');
    await shoot(phone.page, 'contract-paid-fr-phone');

    // The salary was paid before the client paid: the guarantee fund advanced it. Client service, in German,
    // records the client's transfer and sees the advance go back to the fund.
    const { rows: invoices } = await stage.server.ctx.db.query<{ number: string }>(
      `SELECT number FROM invoices WHERE contract_id = $1 AND kind = 'invoice'`,
      [contractId],
    );
    const service = await newPage(stage);
    await login(service.page, 'service@partage.coop', DEMO_PASSWORD);
    await chooseLanguage(service.page, 'de');
    await service.page.goto('/staff/invoices');
    await service.page.fill('input[name=q]', invoices[0]!.number);
    const invoiceRow = service.page.locator(
      `[data-testid=invoice-row][data-number="${invoices[0]!.number}"]`,
    );
    await expect.poll(() => service.page.getByTestId('invoice-row').count()).toBe(1);
    await invoiceRow.getByTestId('record-invoice-payment').click();
    expect(await service.page.inputValue('input[name=amount]')).toMatch(/1\.089,00/);
    await service.page.fill('input[name=bankReference]', `E2E-${contractId.slice(0, 8)}`);
    await service.page.getByTestId('invoice-payment-save').click();
    // The whole advance goes back to the fund (the client paid everything).
    const { rows: advances } = await stage.server.ctx.db.query<{ amount_cents: number }>(
      'SELECT amount_cents FROM guarantee_advances WHERE contract_id = $1',
      [contractId],
    );
    const advanced = new Intl.NumberFormat('de-BE', { style: 'currency', currency: 'EUR' }).format(
      Number(advances[0]!.amount_cents) / 100,
    );
    expect(Number(advances[0]!.amount_cents)).toBeGreaterThan(0);
    await expect
      .poll(() => service.page.getByTestId('reimbursed').textContent())
      .toBe(`${advanced} sind an den Lohngarantiefonds zurückgeflossen.`);
    await shoot(service.page, 'invoice-payment-de');

    stage.server.ctx.clock.set(null);
    expect([...errors, ...payroll.errors, ...phone.errors, ...service.errors]).toEqual([]);
    await Promise.all([page.context().close(), payroll.page.context().close(), phone.page.context().close()]);
  });

  it('a person who is not a member and has used the free declarations is invited to become one (Dutch)', async () => {
    const email = 'tom.devos@example.be';
    await stage.server.ctx.db.query(
      `UPDATE members SET prestations_without_shares = 3 WHERE person_id = (SELECT id FROM people WHERE email = $1)`,
      [email],
    );
    const [first] = await freeDays(email);
    const { page, errors } = await newPage(stage);
    await login(page, email, DEMO_PASSWORD);
    await chooseLanguage(page, 'nl');
    await page.goto('/contracts');
    const invite = page.getByTestId('membership-invite');
    await expect.poll(() => invite.textContent()).toContain('Uw aangiften zonder aandelen zijn op');
    expect(await invite.getByRole('link').getAttribute('href')).toBe('/membership');

    // Declaring anyway: the server refuses, the page invites again rather than showing an error.
    await page.goto('/contracts/new');
    await page.fill('input[name=client-search]', 'Compagnie du Vent');
    await page.getByTestId('client-result').first().click();
    await page.getByTestId('declare-next').click();
    await page.getByTestId('job-family').click();
    await page.getByRole('option', { name: jobFamilyByCode(JOB.family).label.nl }).click();
    await page.getByTestId('job').click();
    await page.getByRole('option', { name: JOB.label.nl }).click();
    await page.fill('textarea[name=description]', 'Geluid voor een voorstelling');
    await page.fill('input[name="days.0.date"]', first);
    await page.fill('input[name=amount]', '400');
    await page.getByTestId('declare-next').click();
    await expect.poll(() => page.getByTestId('membership-invite').count()).toBe(1);
    expect(await page.getByTestId('error').count()).toBe(0);
    await shoot(page, 'contracts-gate-nl');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
