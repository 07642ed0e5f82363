import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type APIRequestContext } from 'playwright-core';
import { DEMO_PASSWORD } from '@partage/server';
import { chooseLanguage, login, newPage, startStage, type Stage } from './browser.ts';

let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => {
  await stage?.close();
});

/** `expect.poll` with room for a loaded machine (other suites may be running). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

/** A logged-in API client (cookies and CSRF token), like the web app. */
async function apiAs(email: string): Promise<{ api: APIRequestContext; csrf: string }> {
  const api = await request.newContext({ baseURL: stage.url, extraHTTPHeaders: { 'accept-language': 'fr' } });
  const me = await api.get('/api/v1/auth/me');
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const reply = await api.post('/api/v1/auth/login', {
    data: { email, password: DEMO_PASSWORD },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(reply.status(), await reply.text()).toBe(200);
  return { api, csrf: ((await reply.json()) as { csrfToken: string }).csrfToken };
}

describe('the adviser back office', () => {
  it('the adviser, in Dutch, approves an opening request from the portfolio, then writes a meeting note on the member’s page', async () => {
    // The member asks to open an Activity.
    const member = await apiAs('member@partage.coop');
    const name = 'Atelier Sérigraphie Bruxelles';
    const asked = await member.api.post('/api/v1/activities', {
      data: {
        name,
        description: 'Sérigraphie sur textile et affiches, atelier partagé avec deux graphistes',
        jobFamily: 'visual_arts_crafts',
        entity: 'BE-PA',
      },
      headers: { 'x-csrf-token': member.csrf },
    });
    expect(asked.status(), await asked.text()).toBe(201);
    const { id, reference } = (await asked.json()) as { id: string; reference: string };
    await member.api.dispose();

    // The adviser, in Dutch, sees it waiting in the portfolio and approves it.
    const { page, errors } = await newPage(stage);
    await login(page, 'adviser@partage.coop', DEMO_PASSWORD);
    await chooseLanguage(page, 'nl');
    await page.goto('/staff/portfolio');
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).first().textContent())
      .toBe('Mijn portefeuille');
    const opening = page.locator(`[data-testid=opening-request][data-reference="${reference}"]`);
    await poll(() => opening.count()).toBe(1);
    expect(await opening.textContent()).toContain('Camille Dubois');
    await opening.getByTestId('opening-approve').click();
    await poll(() => page.getByTestId('decision-done').textContent()).toBe(`${name}: goedgekeurd.`);
    await poll(() => opening.count()).toBe(0);
    const followed = page.locator('[data-testid=followed-activity]', { hasText: name });
    await poll(() => followed.count()).toBe(1);
    expect(await followed.getByRole('link', { name }).getAttribute('href')).toBe(`/activities/${id}`);
    const { rows } = await stage.server.ctx.db.query<{ status: string }>(
      'SELECT status FROM activities WHERE id = $1',
      [id],
    );
    expect(rows[0]!.status).toBe('active');

    // From the members followed, the adviser opens Camille's relation and writes a meeting note about it.
    const memberRow = page.locator('[data-testid=member-row][data-email="member@partage.coop"]');
    await memberRow.getByTestId('member-link').click();
    await page.waitForURL(/\/staff\/people\/[0-9a-f-]{36}$/);
    await poll(() => page.getByTestId('person-name').textContent()).toBe('Camille Dubois');
    expect(await page.getByTestId('person-activities').textContent()).toContain(name);

    // An empty note is refused by the server, on the text field, in Dutch.
    await page.getByTestId('note-save').click();
    await poll(() => page.getAttribute('textarea[name=body]', 'aria-invalid')).toBe('true');

    const text = 'Kennismakingsgesprek: het atelier start in januari, eerste offerte voor een festival.';
    expect(await page.getByTestId('note-kind-meeting').isChecked()).toBe(true);
    await page.getByTestId('note-activity').click();
    await page.getByRole('option', { name: `${name} (${reference})` }).click();
    await page.fill('textarea[name=body]', text);
    await page.getByTestId('note-save').click();
    await poll(() => page.getByTestId('note-saved').count()).toBe(1);

    const note = page.getByTestId('note').first();
    await poll(() => note.getByTestId('note-body').textContent()).toBe(text);
    expect(await note.getAttribute('data-kind')).toBe('meeting');
    const shown = await note.textContent();
    expect(shown).toContain('Afspraak');
    expect(shown).toContain(name);
    expect(shown).toContain('Conseil Partage');
    expect(await page.inputValue('textarea[name=body]')).toBe('');

    // Back in the portfolio, the member's last contact is the note's day.
    await page.goto('/staff/portfolio');
    await poll(() => memberRow.textContent()).not.toContain('nooit');

    expect(errors).toEqual([]);
    await page.context().close();
  });
});
