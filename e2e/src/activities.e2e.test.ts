import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, jobByCode, jobFamilyByCode, translator } from '@partage/domain';
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

/** CRC-32 of PNG chunks (ISO 3309). */
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A real 2×2 PNG picture (a receipt photo, as far as the server can tell). */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const rows = Buffer.from([0, 255, 255, 255, 30, 30, 30, 0, 30, 30, 30, 255, 255, 255]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A day at least a week ahead on which the worker has no contract yet (the demo has some). */
async function freeDay(email: string): Promise<string> {
  const { rows } = await stage.server.ctx.db.query<{ day: string }>(
    `SELECT d.day::text AS day FROM contract_days d JOIN people p ON p.id = d.person_id
      WHERE p.email = $1 AND NOT d.cancelled`,
    [email],
  );
  const taken = new Set(rows.map((r) => r.day));
  let day = addDays(stage.server.ctx.clock.today(), 7);
  while (taken.has(day)) day = addDays(day, 1);
  return day;
}

/** A full-page screenshot from the top. */
async function shoot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

/** The budget figures the Overview shows, in cents (each card carries its amount). */
async function budget(page: Page): Promise<Record<string, number>> {
  await page.getByTestId('budget').waitFor();
  const figures: Record<string, number> = {};
  for (const key of ['invoiced', 'received', 'available', 'committed', 'free', 'projected']) {
    figures[key] = Number(await page.getByTestId(`budget-${key}`).getAttribute('data-cents'));
  }
  return figures;
}

const euros = (cents: number, lang = 'fr') =>
  new Intl.NumberFormat(lang === 'en' ? 'en-BE' : 'de-BE', { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );

/** Opens the Overview of an Activity afresh and answers its budget. */
async function overview(page: Page, activityUrl: string) {
  await page.goto(activityUrl);
  return budget(page);
}

const JOB = jobByCode('graphic_designer')!;

describe('the Activity tool', () => {
  it('opens an Activity, sells through a quote, spends, pays a salary, the budget following each step', async () => {
    const PNG = tinyPng();

    // --- The member, in French, asks to open an Activity.
    const member = await newPage(stage);
    const m = member.page;
    await login(m, 'member@partage.coop', DEMO_PASSWORD);
    await chooseLanguage(m, 'fr');
    await m.goto('/activities');
    await m.getByTestId('open-activity-button').click();
    await m.fill('input[name=activity-name]', 'Atelier Typo E2E');
    await m.fill(
      'textarea[name=activity-description]',
      'Typographie, mise en page et édition de livres pour de petites maisons d’édition.',
    );
    await m.getByTestId('activity-job-family').click();
    await m.getByRole('option', { name: jobFamilyByCode(JOB.family).label.fr }).click();
    await m.getByTestId('open-activity-submit').click();
    await expect.poll(() => m.getByTestId('open-activity-sent').textContent()).toContain('conseiller');
    const card = m.locator('[data-testid=activity-card]', { hasText: 'Atelier Typo E2E' });
    await expect
      .poll(() => card.locator('[data-status]').textContent())
      .toBe(translator.t('fr', 'activity.status.label.requested'));
    const activityUrl = (await card.getByTestId('activity-link').getAttribute('href'))!;
    expect(activityUrl).toMatch(/^\/activities\/[0-9a-f-]{36}$/);
    await m.goto(activityUrl);
    await expect.poll(() => m.getByTestId('opening-request').count()).toBe(1);
    expect(await m.getByTestId('opening-decision').count()).toBe(0);

    // --- The adviser, in Dutch, approves it: the budget opens, empty.
    const adviser = await newPage(stage);
    const a = adviser.page;
    await login(a, 'adviser@partage.coop', DEMO_PASSWORD);
    await chooseLanguage(a, 'nl');
    await a.goto(activityUrl);
    await expect.poll(() => a.getByTestId('tab-overview').textContent()).toBe('Overzicht');
    const approveOpening = a.getByTestId('opening-decision').getByTestId('approve');
    expect(await approveOpening.textContent()).toBe('Goedkeuren en budget openen');
    await approveOpening.click();
    await expect.poll(() => a.getByTestId('activity-page').getAttribute('data-status')).toBe('active');
    expect(await a.getByTestId('activity-status').textContent()).toBe(
      translator.t('nl', 'activity.status.label.active'),
    );
    expect(await a.getByTestId('budget-available').textContent()).toBe(euros(0, 'nl'));
    await shoot(a, 'activity-approved-nl');

    // --- The member writes a quote for a client the cooperative knows, and sends it at once.
    expect(await overview(m, activityUrl)).toMatchObject({
      invoiced: 0,
      received: 0,
      available: 0,
      committed: 0,
    });
    await m.getByTestId('tab-sales').click();
    await m.getByTestId('new-quote').click();
    await m.fill('input[name=client-search]', 'Compagnie du Vent');
    await m.getByTestId('client-result').first().click();
    await m.fill('input[name=quote-title]', 'Mise en page du catalogue 2027');
    await m.fill('input[name="lines.0.description"]', 'Mise en page, jours de travail');
    await m.fill('input[name="lines.0.quantity"]', '2');
    await m.fill('input[name="lines.0.unitPrice"]', '1000');
    await expect.poll(() => m.getByTestId('lines-total-incl').textContent()).toBe(euros(242_000));
    await m.getByTestId('quote-send').click();
    await expect.poll(() => m.getByTestId('quote-detail').getAttribute('data-status')).toBe('sent');
    const link = await m.getByTestId('quote-link').inputValue();
    expect(link).toMatch(/\/q\/[A-Za-z0-9_-]{43}$/);
    const quoteUrl = new URL(m.url()).pathname + new URL(m.url()).search;
    await shoot(m, 'activity-quote-sent-fr');

    // --- The client opens the link without an account, reads the quote and accepts it.
    const client = await newPage(stage);
    const c = client.page;
    await c.goto(new URL(link).pathname);
    await expect.poll(() => c.getByTestId('public-quote').getAttribute('data-status')).toBe('sent');
    expect(await c.getByTestId('public-quote-total').textContent()).toBe(euros(242_000));
    await shoot(c, 'activity-public-quote-fr');
    await c.fill('textarea[name=quote-note]', 'Parfait, on commence en septembre.');
    await c.getByTestId('accept-quote').click();
    await expect.poll(() => c.getByTestId('public-quote').getAttribute('data-status')).toBe('accepted');
    expect(await c.getByTestId('quote-result').textContent()).toContain('Devis accepté');
    expect(await c.getByTestId('accept-quote').count()).toBe(0);
    // The same link again: the answer stands, no buttons.
    await c.reload();
    await expect.poll(() => c.getByTestId('quote-result').count()).toBe(1);
    expect(await c.getByTestId('quote-answer-form').count()).toBe(0);
    const clientPhone = await newPage(stage, { width: 390, height: 844 });
    await clientPhone.page.goto(new URL(link).pathname);
    await expect.poll(() => clientPhone.page.getByTestId('quote-result').count()).toBe(1);
    await shoot(clientPhone.page, 'activity-public-quote-accepted-fr-phone');
    expect(clientPhone.errors).toEqual([]);
    await clientPhone.page.context().close();

    // --- The member issues the final invoice: invoiced, nothing received, nothing available.
    await m.goto(quoteUrl);
    await expect.poll(() => m.getByTestId('quote-detail').getAttribute('data-status')).toBe('accepted');
    expect(await m.getByTestId('quote-answer').textContent()).toContain('on commence en septembre');
    await m.getByTestId('issue-invoice').click();
    await expect.poll(() => m.getByTestId('invoice-issued').count()).toBe(1);
    const invoiceNumber = await m
      .getByTestId('quote-detail')
      .getByTestId('invoice-row')
      .first()
      .getAttribute('data-number');
    expect(invoiceNumber).toBeTruthy();
    let figures = await overview(m, activityUrl);
    expect(figures).toMatchObject({
      invoiced: 200_000,
      received: 0,
      available: 0,
      committed: 0,
      projected: 187_000,
    });
    expect(await m.getByTestId('budget-invoiced').textContent()).toBe(euros(200_000));
    expect(await m.getByTestId('budget-fee').textContent()).toBe(euros(13_000));

    // --- Client service records the client's transfer: the budget receives the amount minus the 6.5 % fee.
    const service = await newPage(stage);
    const s = service.page;
    await login(s, 'service@partage.coop', DEMO_PASSWORD);
    await chooseLanguage(s, 'fr');
    await s.goto('/staff/invoices');
    await s.fill('input[name=q]', invoiceNumber!);
    await expect.poll(() => s.getByTestId('invoice-row').count()).toBe(1);
    await s.getByTestId('record-invoice-payment').click();
    expect(await s.inputValue('input[name=amount]')).toMatch(/2\.420,00/);
    await s.fill('input[name=bankReference]', 'E2E-ACTIVITY-1');
    await s.getByTestId('invoice-payment-save').click();
    await expect.poll(() => s.getByTestId('payment-recorded').count()).toBe(1);
    figures = await overview(m, activityUrl);
    expect(figures).toMatchObject({
      invoiced: 200_000,
      received: 187_000,
      available: 187_000,
      free: 187_000,
    });
    expect(await m.getByTestId('budget-available').textContent()).toBe(euros(187_000));

    // --- The member claims an expense with a photo of the receipt: committed rises.
    await m.getByTestId('tab-spending').click();
    await m.getByTestId('new-expense').click();
    await m.getByTestId('lines.0.category').click();
    await m.getByRole('option', { name: translator.t('fr', 'activity.expense_category.supplies') }).click();
    await m.fill('input[name="lines.0.description"]', 'Papier et encres pour les épreuves');
    await m.fill('input[name="lines.0.amount"]', '60,50');
    await m.fill('input[name="lines.0.vat"]', '10,50');
    await m.setInputFiles('input[name="lines.0.file"]', {
      name: 'ticket.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await expect.poll(() => m.getByTestId('file-uploaded').textContent()).toContain('ticket.png');
    await m.getByTestId('add-mileage').click();
    await m.fill('input[name="lines.1.description"]', "Livraison des épreuves à l'imprimeur");
    await m.fill('input[name="lines.1.km"]', '10');
    expect(await m.getByTestId('expense-form').textContent()).toMatch(/€\/km/);
    await m.getByTestId('expense-submit').click();
    await expect.poll(() => m.getByTestId('spending-done').count()).toBe(1);
    const claimRow = m.getByTestId('expense-row').first();
    expect(await claimRow.getAttribute('data-status')).toBe('submitted');
    expect(await claimRow.getByTestId('waiting-step').getAttribute('data-step')).toBe('staff');
    const claimed = Number(
      (
        await stage.server.ctx.db.query<{ cents: number }>(
          `SELECT budget_cost_cents AS cents FROM activity_expense_claims ORDER BY created_at DESC LIMIT 1`,
        )
      ).rows[0]!.cents,
    );
    expect(claimed).toBeGreaterThan(6050);
    await claimRow.getByTestId('claim-toggle').click();
    const receipt = await claimRow.getByTestId('receipt-link').getAttribute('href');
    const download = await m.request.get(receipt!);
    expect(download.headers()['content-type']).toBe('image/png');
    await shoot(m, 'activity-spending-fr');
    figures = await overview(m, activityUrl);
    expect(figures).toMatchObject({ available: 187_000, committed: claimed, free: 187_000 - claimed });

    // --- The adviser approves it (the member is the only manager: the staff step): spent, nothing committed.
    await a.goto(activityUrl);
    const waiting = a.getByTestId('waiting-for-me').getByTestId('waiting-row');
    await expect.poll(() => waiting.count()).toBe(1);
    await waiting.getByTestId('approve').click();
    await expect.poll(() => a.getByTestId('waiting-for-me').count()).toBe(0);
    figures = await overview(m, activityUrl);
    expect(figures).toMatchObject({ available: 187_000 - claimed, committed: 0, free: 187_000 - claimed });
    expect(await m.getByTestId('budget-spent').textContent()).toBe(euros(claimed));

    // --- The member asks for a salary from the budget for a day ahead: its employer cost is committed.
    const day = await freeDay('member@partage.coop');
    await m.getByTestId('tab-salaries').click();
    await m.getByTestId('new-salary').click();
    await m.getByTestId('salary-job-family').click();
    await m.getByRole('option', { name: jobFamilyByCode(JOB.family).label.fr }).click();
    await m.getByTestId('salary-job').click();
    await m.getByRole('option', { name: JOB.label.fr }).click();
    await m.fill('textarea[name=salary-description]', 'Mise en page du catalogue');
    await m.fill('input[name="days.0.date"]', day);
    await m.fill('input[name=salary-amount]', '300');
    await expect.poll(() => m.getByTestId('salary-cost').textContent()).toBe(euros(46_500));
    expect(await m.getByTestId('salary-affordable').count()).toBe(1);
    expect(await m.getByTestId('salary-breakdown').locator('tbody tr').count()).toBeGreaterThan(4);
    await shoot(m, 'activity-salary-preview-fr');
    await m.getByTestId('salary-submit').click();
    await expect.poll(() => m.getByTestId('salary-done').count()).toBe(1);
    figures = await overview(m, activityUrl);
    expect(figures).toMatchObject({ available: 187_000 - claimed, committed: 46_500 });

    // --- The adviser approves it: a contract of the Contract tool, paid from the budget.
    await a.goto(activityUrl);
    await expect.poll(() => a.getByTestId('waiting-for-me').getByTestId('waiting-row').count()).toBe(1);
    await a.getByTestId('waiting-for-me').getByTestId('approve').click();
    await expect.poll(() => a.getByTestId('waiting-for-me').count()).toBe(0);
    figures = await overview(m, activityUrl);
    expect(figures).toMatchObject({ available: 187_000 - claimed - 46_500, committed: 0 });
    await m.getByTestId('tab-salaries').click();
    const salaryRow = m.getByTestId('salary-row').first();
    await expect.poll(() => salaryRow.getAttribute('data-status')).toBe('approved');
    const contractUrl = (await salaryRow.getByTestId('salary-contract').getAttribute('href'))!;
    const contractId = contractUrl.split('/').pop()!;
    const { rows } = await stage.server.ctx.db.query<{ pay_date: string }>(
      'SELECT pay_date::text AS pay_date FROM contracts WHERE id = $1',
      [contractId],
    );
    const payDate = rows[0]!.pay_date;

    // --- Payroll pays it once its pay date has come.
    const payroll = await newPage(stage);
    const p = payroll.page;
    await login(p, 'payroll@partage.coop', DEMO_PASSWORD);
    stage.server.ctx.clock.set(payDate);
    await p.goto('/staff/payroll');
    await p.waitForLoadState('networkidle');
    // The salary paid from the Activity's budget is listed with the other contracts of its pay date.
    const payRow = p.locator(`[data-testid=pay-date-row][data-date="${payDate}"]`);
    await payRow.waitFor();
    await expect.poll(() => payRow.getByTestId('run-pay').isEnabled()).toBe(true);
    await payRow.getByTestId('run-pay').click();
    await expect.poll(() => p.getByTestId('run-done').count()).toBe(1);

    // --- The member sees the contract paid, and the budget as it was after the approval.
    await m.goto(contractUrl);
    await expect.poll(() => m.locator('[data-status=paid]').first().textContent()).toBe('Payé');
    figures = await overview(m, activityUrl);
    expect(figures).toMatchObject({ invoiced: 200_000, available: 187_000 - claimed - 46_500, committed: 0 });
    await shoot(m, 'activity-overview-fr');
    await m.getByTestId('tab-sales').click();
    await m.getByTestId('invoices').waitFor();
    await shoot(m, 'activity-sales-fr');
    await m.getByTestId('tab-history').click();
    await expect.poll(() => m.getByTestId('history-event').count()).toBeGreaterThan(8);
    await shoot(m, 'activity-history-fr');

    // The year's statement closes on what is available; the history tells the whole story.
    await m.getByTestId('tab-statements').click();
    await expect
      .poll(() => m.getByTestId('statement-closing').first().textContent())
      .toBe(euros(187_000 - claimed - 46_500));
    await shoot(m, 'activity-statements-fr');

    // --- The member asks for an internal loan; the adviser refuses it, with a reason the member reads.
    await m.getByTestId('tab-financing').click();
    await m.getByTestId('new-financing').click();
    await m.fill('input[name=financing-principal]', '500');
    await m.fill('textarea[name=financing-purpose]', 'Une presse à épreuves d’occasion');
    await m.getByTestId('financing-submit').click();
    await expect.poll(() => m.getByTestId('financing-row').count()).toBe(1);
    await a.goto(activityUrl);
    const loanRow = a.getByTestId('waiting-for-me').getByTestId('waiting-row');
    await expect.poll(() => loanRow.count()).toBe(1);
    await loanRow.getByTestId('refuse').click();
    await a.fill('textarea[name=reason]', 'Le budget couvre déjà cet achat.');
    await a.getByTestId('refuse-confirm').click();
    await expect.poll(() => a.getByTestId('waiting-for-me').count()).toBe(0);
    await m.reload();
    await expect
      .poll(() => m.getByTestId('financing-row').textContent())
      .toContain('Le budget couvre déjà cet achat.');

    // --- The adviser computes a CDI for the member: the reserve the budget would need.
    await a.goto(`${activityUrl}?tab=salaries`);
    await a.getByTestId('new-cdi').click();
    await a.fill('input[name=cdi-gross]', '2500');
    await a.getByTestId('cdi-preview-button').click();
    await expect.poll(() => a.getByTestId('cdi-preview').count()).toBe(1);
    expect(await a.getByTestId('cdi-submit').isDisabled()).toBe(true);
    await shoot(a, 'activity-cdi-preview-nl');

    await m.goto(`${activityUrl}?tab=participants`);
    await expect
      .poll(() => m.locator('[data-testid=participant][data-email="member@partage.coop"]').count())
      .toBe(1);

    // The same pages on a phone.
    const phone = await newPage(stage, { width: 390, height: 844 });
    await login(phone.page, 'member@partage.coop', DEMO_PASSWORD);
    await chooseLanguage(phone.page, 'fr');
    await phone.page.goto(activityUrl);
    await budget(phone.page);
    await shoot(phone.page, 'activity-overview-fr-phone');
    await phone.page.goto(`${activityUrl}?tab=sales`);
    await phone.page.getByTestId('invoices').waitFor();
    await shoot(phone.page, 'activity-sales-fr-phone');
    await phone.page.goto(`${activityUrl}?tab=spending`);
    await phone.page.getByTestId('expense-claims').waitFor();
    await shoot(phone.page, 'activity-spending-fr-phone');
    const overflow = await phone.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    stage.server.ctx.clock.set(null);
    expect([
      ...member.errors,
      ...adviser.errors,
      ...client.errors,
      ...service.errors,
      ...payroll.errors,
      ...phone.errors,
    ]).toEqual([]);
    for (const page of [m, a, c, s, p, phone.page]) await page.context().close();
  });
  it('sells without a quote and credits it, sends a draft quote, and cannot spend an empty budget (English, German)', async () => {
    const member = await newPage(stage);
    const m = member.page;
    await login(m, 'member@partage.coop', DEMO_PASSWORD);
    await chooseLanguage(m, 'en');
    await m.goto('/activities');
    await m.getByTestId('open-activity-button').click();
    await m.fill('input[name=activity-name]', 'Studio Klang E2E');
    await m.fill('textarea[name=activity-description]', 'Sound design for theatre companies.');
    await m.getByTestId('activity-job-family').click();
    await m.getByRole('option', { name: jobFamilyByCode(JOB.family).label.en }).click();
    await m.getByTestId('open-activity-submit').click();
    const card = m.locator('[data-testid=activity-card]', { hasText: 'Studio Klang E2E' });
    const activityUrl = (await card.getByTestId('activity-link').getAttribute('href'))!;

    // An administrator of the platform, in German, approves it from the list of every Activity.
    const admin = await newPage(stage);
    const a = admin.page;
    await login(a, 'adviser@partage.coop', DEMO_PASSWORD);
    await chooseLanguage(a, 'de');
    await a.goto('/activities');
    await a.fill('input[name=activity-search]', 'Studio Klang');
    await a
      .locator('[data-testid=all-activities] [data-testid=activity-link]', { hasText: 'Studio Klang E2E' })
      .click();
    await a.getByTestId('opening-decision').getByTestId('approve').click();
    await expect.poll(() => a.getByTestId('activity-page').getAttribute('data-status')).toBe('active');
    expect(await a.getByTestId('tab-spending').textContent()).toBe('Ausgaben');

    // An invoice without a quote, then its credit note: the budget is back to nothing.
    await m.goto(`${activityUrl}?tab=sales`);
    await m.getByTestId('new-direct-invoice').click();
    await m.fill('input[name=client-search]', 'Compagnie du Vent');
    await m.getByTestId('client-result').first().click();
    await m.fill('input[name="lines.0.description"]', 'Sound design, one day');
    await m.fill('input[name="lines.0.unitPrice"]', '400');
    await m.getByTestId('direct-invoice-submit').click();
    await expect.poll(() => m.getByTestId('invoice-issued').textContent()).toContain(euros(40_000, 'en'));
    await m.getByTestId('credit-invoice').click();
    await m.fill('textarea[name=credit-reason]', 'Invoiced to the wrong company');
    await m.getByTestId('credit-note-submit').click();
    await expect.poll(() => m.getByTestId('credit-note-done').count()).toBe(1);
    await m.keyboard.press('Escape');
    await expect.poll(() => m.getByTestId('invoice-row').count()).toBe(2);
    expect(await overview(m, activityUrl)).toMatchObject({ invoiced: 0, received: 0, available: 0 });

    // A quote saved as a draft, sent later.
    await m.getByTestId('tab-sales').click();
    await m.getByTestId('new-quote').click();
    await m.fill('input[name=client-search]', 'Compagnie du Vent');
    await m.getByTestId('client-result').first().click();
    await m.fill('input[name=quote-title]', 'Sound for the spring tour');
    await m.fill('input[name="lines.0.description"]', 'Sound design');
    await m.fill('input[name="lines.0.unitPrice"]', '1500');
    await m.getByTestId('quote-save-draft').click();
    await expect.poll(() => m.getByTestId('quote-detail').getAttribute('data-status')).toBe('draft');
    expect(await m.getByTestId('quote-link-box').count()).toBe(0);
    await m.getByTestId('quote-send-draft').click();
    await expect.poll(() => m.getByTestId('quote-detail').getAttribute('data-status')).toBe('sent');
    expect(await m.getByTestId('quote-link').inputValue()).toMatch(/\/q\/[A-Za-z0-9_-]{43}$/);

    // A supplier's invoice with its PDF: the empty budget cannot pay it, and the page says why.
    await m.goto(`${activityUrl}?tab=spending`);
    await m.getByTestId('new-purchase').click();
    await m.fill('input[name=supplierName]', 'Audio Rental SRL');
    await m.fill('input[name=supplierIban]', 'BE68 5390 0754 7034');
    await m.fill('input[name=supplierInvoiceNumber]', 'AR-2026-117');
    await m.fill('input[name=purchase-description]', 'Two monitors for a week');
    await m.getByTestId('purchase-category').click();
    await m.getByRole('option', { name: translator.t('en', 'activity.expense_category.equipment') }).click();
    await m.fill('input[name=purchase-amount]', '200');
    await m.fill('input[name=purchase-vat]', '42');
    await m.setInputFiles('input[name=purchase-file]', {
      name: 'invoice.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(
        '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
      ),
    });
    await expect.poll(() => m.getByTestId('file-uploaded').textContent()).toContain('invoice.pdf');
    await m.getByTestId('purchase-submit').click();
    await expect.poll(() => m.getByTestId('error').count()).toBe(1);
    expect(await m.getByTestId('purchase-form').count()).toBe(1);
    await shoot(m, 'activity-purchase-refused-en');

    expect([...member.errors, ...admin.errors]).toEqual([]);
    await Promise.all([m.context().close(), a.context().close()]);
  });
});
