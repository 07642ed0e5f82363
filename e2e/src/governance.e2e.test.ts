import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@partage/server';
import type { Page } from 'playwright-core';
import { chooseLanguage, login, newPage, SCREENSHOTS, startStage, type Stage } from './browser.ts';

let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(() => stage?.close());

/** A `datetime-local` value, in the time zone the browser and this process share. */
function local(offsetMinutes: number): string {
  const d = new Date(Date.now() + offsetMinutes * 60_000);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

async function fillTranslated(page: Page, testId: string, text: string) {
  for (const lang of ['fr', 'nl', 'en', 'de'])
    await page.getByTestId(`${testId}-${lang}`).fill(`${text} ${lang}`);
}

/** The tests cannot wait for real weeks: this moves the election's calendar, as time would. */
async function timePasses(voteSql: string) {
  await stage.server.ctx.db.query(
    `UPDATE gov_votes SET ${voteSql} WHERE kind = 'election' AND title->>'en' = 'Board election en'`,
  );
}

describe('board election in the browser', () => {
  it('an administrator opens an election, two members stand, members vote in two languages, the close publishes the results and a member checks their receipt', async () => {
    // The administrator prepares the assembly, sends the convocation and opens the election.
    const admin = await newPage(stage);
    admin.page.on('dialog', (dialog) => void dialog.accept());
    await login(admin.page, 'admin@partage.coop', DEMO_PASSWORD);
    await chooseLanguage(admin.page, 'en');
    await admin.page.goto('/governance');
    await admin.page.getByTestId('prepare-assembly').click();
    await fillTranslated(admin.page, 'assembly-title', 'Annual assembly');
    await admin.page.getByTestId('assembly-held-at').fill(local(20 * 24 * 60));
    await admin.page.getByTestId('assembly-cutoff').fill(local(0).slice(0, 10));
    await admin.page.getByTestId('assembly-place').fill('Rue Coenraets 72, Saint-Gilles');
    await admin.page.getByTestId('create-assembly').click();
    await admin.page.waitForURL('**/governance/assemblies/*');
    const assemblyUrl = new URL(admin.page.url()).pathname;
    await admin.page.getByTestId('send-convocation').click();
    await expect
      .poll(() => admin.page.getByTestId('admin-panel').textContent())
      .toContain('Convocation sent to');
    await admin.page.getByText('Board election', { exact: true }).click();
    await fillTranslated(admin.page, 'vote-title', 'Board election');
    await admin.page.getByTestId('call-opens').fill(local(-60));
    await admin.page.getByTestId('call-closes').fill(local(60));
    await admin.page.getByTestId('vote-opens').fill(local(60));
    await admin.page.getByTestId('vote-closes').fill(local(20 * 24 * 60 + 120));
    await admin.page.getByTestId('max-choices').fill('2');
    await admin.page.getByTestId('create-vote').click();
    await expect.poll(() => admin.page.getByTestId('vote-election').count()).toBe(1);
    await admin.page.screenshot({ path: `${SCREENSHOTS}governance-admin.png`, fullPage: true });

    // Two members stand, one in French, one in Dutch.
    const members = [
      { email: 'member@partage.coop', language: 'fr', name: 'Camille Dubois', cast: 'Déposer mon bulletin' },
      { email: 'jan.peeters@example.be', language: 'nl', name: 'Jan Peeters', cast: 'Mijn stem uitbrengen' },
    ];
    const pages: Page[] = [];
    for (const m of members) {
      const { page, errors } = await newPage(stage);
      await login(page, m.email, DEMO_PASSWORD);
      await chooseLanguage(page, m.language);
      await page.goto(assemblyUrl);
      const form = page.getByTestId('candidacy-form');
      for (const field of ['profile', 'motivation', 'skills', 'vision'])
        await form.locator(`textarea[name=${field}]`).fill(`${field} – ${m.name}`);
      await page.getByTestId('submit-candidacy').click();
      await expect.poll(() => page.getByTestId('vote-election').textContent()).toContain(m.name);
      expect(errors).toEqual([]);
      pages.push(page);
    }

    // The call closes and the vote opens; both members vote, each in their language.
    await timePasses(`call_closes_at = now() - interval '2 minutes', opens_at = now() - interval '1 minute'`);
    const receipts: string[] = [];
    for (const [i, m] of members.entries()) {
      const page = pages[i]!;
      await page.reload();
      await page.getByLabel('Camille Dubois (A)').check();
      await page.getByLabel('Jan Peeters (A)').check();
      await page.getByRole('button', { name: m.cast }).click();
      await expect.poll(() => page.getByTestId('receipt').count()).toBe(1);
      receipts.push((await page.getByTestId('receipt').textContent())!.trim());
      await page.screenshot({ path: `${SCREENSHOTS}governance-ballot-${m.language}.png`, fullPage: true });
    }
    expect(receipts[0]).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    // The voting period ends; the administrator closes the vote and the results are published.
    await timePasses(`closes_at = now() - interval '1 second'`);
    await admin.page.goto(assemblyUrl);
    await admin.page.getByTestId('close-election').click();
    await admin.page.getByTestId('see-results').click();
    await admin.page.waitForURL('**/results');
    await expect
      .poll(() => admin.page.getByTestId('election-results').textContent())
      .toContain('Camille Dubois');
    const table = (await admin.page.getByTestId('election-results').textContent())!;
    expect(table).toContain('Jan Peeters');
    expect(await admin.page.getByTestId('voters').textContent()).toBe('2');
    await admin.page.screenshot({ path: `${SCREENSHOTS}governance-results.png`, fullPage: true });

    // The first member checks her receipt among the published ballots, in French.
    const camille = pages[0]!;
    await camille.goto(new URL(admin.page.url()).pathname);
    await camille.getByTestId('receipt-input').fill(receipts[0]!.toLowerCase());
    await camille.getByTestId('check-receipt').click();
    await expect
      .poll(() => camille.getByTestId('receipt-found').textContent())
      .toContain('Votre bulletin est compté');
    expect(await camille.getByTestId('published-ballots').textContent()).toContain(receipts[1]!);
    await camille.screenshot({ path: `${SCREENSHOTS}governance-receipt-fr.png`, fullPage: true });
    expect(admin.errors).toEqual([]);
  });
});
