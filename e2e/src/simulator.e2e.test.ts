import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLanguage, newPage, SCREENSHOTS, startStage, type Stage } from './browser.ts';

let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(() => stage?.close());

describe('public salary simulator', () => {
  it.each([
    { language: 'de', netMode: 'Ausgehend vom gewünschten Nettolohn' },
    { language: 'en', netMode: 'From the wished net pay' },
  ])(
    'shows the breakdown from an amount and finds the invoice for a wished net ($language)',
    async ({ language, netMode }) => {
      const { page, errors } = await newPage(stage, { width: 390, height: 844 });
      await page.goto('/simulator');
      await chooseLanguage(page, language);
      await page.fill('input[name=amount]', '1000');
      await expect.poll(() => page.getByTestId('sim-invoiced').textContent()).toMatch(/1[.,]000[.,]00/);
      const net = await page.getByTestId('sim-net').textContent();
      expect(await page.getByTestId('sim-lines').locator('tbody tr').count()).toBeGreaterThan(8);

      await page.getByTestId('sim-mode').getByText(netMode).click();
      await page.fill('input[name=amount]', '400');
      await expect.poll(() => page.getByTestId('sim-net').textContent()).toMatch(/400[.,]00/);
      expect(await page.getByTestId('sim-net').textContent()).not.toBe(net);
      await page.screenshot({ path: `${SCREENSHOTS}simulator-${language}.png`, fullPage: true });
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});
