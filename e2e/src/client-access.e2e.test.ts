import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatMoney, translator } from '@partage/domain';
import { DEMO_PASSWORD } from '@partage/server';
import { login, newPage, SCREENSHOTS, startStage, type Stage } from './browser.ts';

let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(() => stage?.close());

/** The link of the demo client's latest invoice e-mail (its page, on this server), and what it owes. */
async function demoClient(name: string) {
  const db = stage.server.ctx.db;
  const { rows } = await db.query<{ id: string; email: string }>(
    'SELECT id, email FROM clients WHERE name = $1',
    [name],
  );
  const { id, email } = rows[0]!;
  const { rows: mails } = await db.query<{ body: string }>(
    `SELECT body FROM outbox_emails WHERE template = 'invoice_issued' AND to_address = $1 ORDER BY id DESC LIMIT 1`,
    [email],
  );
  const path = mails[0]!.body.match(/\/c\/[A-Za-z0-9_-]{43}/)![0];
  const { rows: due } = await db.query<{ due: string }>(
    `SELECT COALESCE(sum(total_incl_vat_cents - paid_cents - credited_cents - written_off_cents), 0) AS due
       FROM invoices WHERE client_id = $1 AND kind = 'invoice' AND status IN ('issued', 'partially_paid')`,
    [id],
  );
  return { id, link: `${stage.url}${path}`, dueCents: Number(due[0]!.due) };
}

/** The PDF behind a download button is a real PDF. */
async function expectPdf(page: Page) {
  const href = await page.locator('[data-testid^="pdf-"]').first().getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  const bytes = await response.body();
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
}

/** The QR code image is drawn (loaded, not broken). */
async function expectQr(page: Page) {
  const qr = page.getByTestId('pay-qr').first();
  await qr.scrollIntoViewIfNeeded();
  await expect
    .poll(() =>
      qr.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth),
    )
    .toBeGreaterThan(0);
}

async function shoot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

describe("the client's own page", () => {
  it('a French-speaking client opens the link of its invoice e-mail, sees what it owes and how to pay, downloads a PDF and asks for more time', async () => {
    const theatre = await demoClient('Compagnie du Vent ASBL');
    expect(theatre.dueCents).toBeGreaterThan(0);
    const { page, errors } = await newPage(stage);
    await page.goto(theatre.link);

    // The page speaks the client's language, whatever the browser's.
    await expect.poll(() => page.locator('h2').first().textContent()).toContain('Factures de');
    expect(await page.getByTestId('client-due').textContent()).toBe(formatMoney(theatre.dueCents, 'fr'));
    const first = page.getByTestId('open-invoice').first();
    expect(await first.getByTestId('pay-iban').textContent()).toMatch(/^BE\d\d( \d{4}){3}$/);
    expect(await first.getByTestId('pay-communication').textContent()).toMatch(
      /^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/,
    );
    await expectQr(page);
    await expectPdf(page);
    await shoot(page, 'client-page-fr');

    // A question about the first open invoice: more time to pay.
    const number = await first.getAttribute('data-number');
    await first.getByText('Une question sur cette facture ?').click();
    await page.getByTestId('request-kind').getByText('Un délai de paiement').click();
    await page.fill(
      'textarea[name=message]',
      'Notre subside arrive à la fin du mois : pouvons-nous payer le 15 ?',
    );
    await page.getByTestId('request-send').click();
    await page.getByTestId('request-sent').waitFor();
    await expect.poll(() => page.getByTestId('client-request').first().textContent()).toContain(number!);
    await shoot(page, 'client-page-fr-request');
    expect(errors).toEqual([]);
    await page.context().close();

    // Client service finds it in its queue and closes it.
    const staff = await newPage(stage);
    await login(staff.page, 'service@partage.coop', DEMO_PASSWORD);
    await staff.page.goto('/staff/client-requests');
    const row = staff.page.getByTestId('client-request-row').filter({ hasText: number! });
    await row.waitFor();
    expect(await row.textContent()).toContain('Compagnie du Vent ASBL');
    await row.getByTestId('client-request-close').click();
    await staff.page.fill('textarea[name=resolution]', 'Délai accordé jusqu’au 15.');
    await staff.page.getByTestId('client-request-close-save').click();
    await expect
      .poll(() => staff.page.getByTestId('client-request-row').filter({ hasText: number! }).count())
      .toBe(0);
    expect(staff.errors).toEqual([]);
    await staff.page.context().close();
  });

  it('a Dutch-speaking client opens its page on a phone, sees the amount due and the QR code, downloads a PDF; a request without a message is refused in Dutch', async () => {
    const city = await demoClient('Stad Gent – Cultuurdienst');
    expect(city.dueCents).toBeGreaterThan(0);
    const { page, errors } = await newPage(stage, { width: 390, height: 844 });
    await page.goto(city.link);
    await expect.poll(() => page.locator('h2').first().textContent()).toContain('Facturen van');
    expect(await page.getByTestId('client-due').textContent()).toBe(formatMoney(city.dueCents, 'nl'));
    await expectQr(page);
    await expectPdf(page);
    await shoot(page, 'client-page-nl-phone');

    await page.getByTestId('request-kind').getByText('Mijn facturatiegegevens wijzigen').click();
    await page.getByTestId('request-send').click();
    await expect.poll(() => page.locator('textarea[name=message]').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText(translator.t('nl', 'field.required')).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('client service opens the page of an invoice’s client from the invoice list; a wrong link shows a calm message', async () => {
    const staff = await newPage(stage);
    await login(staff.page, 'service@partage.coop', DEMO_PASSWORD);
    await staff.page.goto('/staff/invoices');
    await staff.page.getByTestId('invoice-client-page').first().click();
    const link = await staff.page.getByTestId('client-link').inputValue();
    expect(link).toMatch(/\/c\/[A-Za-z0-9_-]{43}$/);
    await staff.page.getByTestId('client-link-send').click();
    await staff.page.getByTestId('client-link-sent').waitFor();
    expect(staff.errors).toEqual([]);
    await staff.page.context().close();

    const { page, errors } = await newPage(stage);
    await page.goto(`${link.slice(0, -4)}AAAA`);
    await page.getByTestId('client-not-found').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
