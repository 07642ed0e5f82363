import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNiss } from '@partage/domain';
import { DEMO_PASSWORD } from '@partage/server';
import { chooseLanguage, login, newPage, SCREENSHOTS, startStage, type Stage } from './browser.ts';

let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(() => stage?.close());

const JOURNEYS = [
  {
    language: 'fr',
    sequence: 611,
    texts: {
      next: 'Suivant',
      submit: 'Envoyer ma demande',
      member: 'Membre',
      approve: 'Approuver',
      record: 'Enregistrer un paiement',
    },
  },
  {
    language: 'nl',
    sequence: 613,
    texts: {
      next: 'Volgende',
      submit: 'Mijn aanvraag versturen',
      member: 'Lid',
      approve: 'Goedkeuren',
      record: 'Betaling registreren',
    },
  },
] as const;

describe.each(JOURNEYS)('joining the cooperative in $language', ({ language, sequence, texts }) => {
  it('a newcomer signs up and subscribes, client service records the payment, the board approves, the member downloads the certificate', async () => {
    const email = `e2e-${language}@example.be`;
    const niss = makeNiss({ year: 1992, month: 6, day: 3, sequence });

    // The newcomer, on a phone, in their language.
    const { page, errors } = await newPage(stage, { width: 390, height: 844 });
    await page.goto('/');
    await chooseLanguage(page, language);
    await page.getByTestId('cta-join').click();
    await page.fill('input[name=email]', email);
    await page.fill('input[name=password]', 'a-long-password-42');
    await page.getByRole('button', { name: texts.next }).click();
    await page.fill('input[name=firstName]', language === 'fr' ? 'Élodie' : 'Wout');
    await page.fill('input[name=lastName]', language === 'fr' ? 'Lambert' : 'Claes');
    await page.fill('input[name=birthDate]', '1992-06-03');
    await page.selectOption('select[name=gender]', language === 'fr' ? 'female' : 'male');
    await page.fill('input[name=niss]', niss);
    await page.getByRole('button', { name: texts.next }).click();
    await page.fill('input[name=street]', 'Rue du Marché 5');
    await page.fill('input[name=postalCode]', '1000');
    await page.fill('input[name=city]', 'Bruxelles');
    await page.fill('input[name=iban]', 'BE68 5390 0754 7034');
    await page.getByRole('button', { name: texts.next }).click();
    await page.fill('input[name=quantity]', '3');
    await expect.poll(() => page.getByTestId('join-total').textContent()).toContain('90,00');
    await page.getByRole('button', { name: texts.next }).click();
    for (const checkbox of await page.locator('input[type=checkbox][name^=consent]').all())
      await checkbox.check();
    await page.screenshot({ path: `${SCREENSHOTS}join-consents-${language}.png`, fullPage: true });
    await page.getByTestId('join-submit').click();

    await page.waitForURL('**/membership');
    await expect
      .poll(() => page.getByTestId('structured-reference').textContent())
      .toMatch(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
    const reference = (await page.getByTestId('structured-reference').textContent())!;
    await page.screenshot({ path: `${SCREENSHOTS}payment-instructions-${language}.png`, fullPage: true });

    // Client service records the payment.
    const service = await newPage(stage);
    await login(service.page, 'service@partage.coop', DEMO_PASSWORD);
    await chooseLanguage(service.page, language);
    await service.page.goto('/staff/requests');
    const serviceRow = service.page.locator(`[data-testid=queue-row][data-email="${email}"]`);
    await serviceRow.getByRole('button', { name: texts.record }).click();
    await service.page.getByTestId('payment-save').click();
    await expect.poll(() => serviceRow.getByRole('button', { name: texts.record }).count()).toBe(0);

    // The board approves.
    const board = await newPage(stage);
    await login(board.page, 'board@partage.coop', DEMO_PASSWORD);
    await chooseLanguage(board.page, language);
    await board.page.goto('/staff/requests');
    const boardRow = board.page.locator(`[data-testid=queue-row][data-email="${email}"]`);
    await boardRow.getByRole('button', { name: texts.approve }).click();
    await board.page.screenshot({ path: `${SCREENSHOTS}board-approves-${language}.png` });
    await board.page.getByTestId('decision-save').click();
    await expect.poll(() => boardRow.count()).toBe(0);

    // The member now holds shares, a member number and a certificate.
    await page.reload();
    await expect.poll(() => page.locator('[data-status=member]').first().textContent()).toBe(texts.member);
    expect(Number(await page.getByTestId('member-number').textContent())).toBeGreaterThan(0);
    expect(await page.getByTestId('holding-A').textContent()).toBe('3');
    await page.screenshot({ path: `${SCREENSHOTS}member-${language}.png`, fullPage: true });
    const href = await page.getByTestId('certificate').getAttribute('href');
    const pdf = await page.request.get(href!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(1500);
    expect(reference).toContain('+++');

    expect([...errors, ...service.errors, ...board.errors]).toEqual([]);
    await Promise.all([page.context().close(), service.page.context().close(), board.page.context().close()]);
  });
});
