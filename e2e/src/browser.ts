import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createTestDatabase, type TestDatabase } from '@partage/db';
import { loadConfig, startServer, type RunningServer } from '@partage/server';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCREENSHOTS = `${ROOT}e2e/screenshots/`;

/** Debian's Chromium (installed by `.ci/run`), or CHROMIUM_PATH. */
function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('Chromium not found: install Debian package "chromium" or set CHROMIUM_PATH');
  return found;
}

export interface Stage {
  server: RunningServer;
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

/** The real server (built web app, demo cooperative, fresh database) and a real headless Chromium. */
export async function startStage(): Promise<Stage> {
  const database: TestDatabase = await createTestDatabase();
  const config = {
    ...loadConfig(
      {
        SESSION_SECRET: 'e2e-secret-0123456789abcdef0123456789abcdef',
        DEMO_SEED: 'true',
      } as NodeJS.ProcessEnv,
      ROOT,
    ),
    port: 0,
    host: '127.0.0.1',
  };
  if (!existsSync(config.webDist!)) throw new Error('Build the web app first: npm run build -w @partage/web');
  const server = await startServer(config, { db: database.db });
  config.publicUrl = server.url;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    server,
    browser,
    url: server.url,
    async close() {
      await browser.close();
      await server.close();
      await database.dispose();
    },
  };
}

/** A page that fails the test on any JavaScript error. */
export async function newPage(
  stage: Stage,
  viewport = { width: 1280, height: 900 },
): Promise<{ page: Page; errors: string[] }> {
  const context = await stage.browser.newContext({ viewport, baseURL: stage.url, locale: 'en-GB' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

export async function chooseLanguage(page: Page, language: string) {
  await page.getByTestId('language-menu').click();
  await page.getByTestId(`language-${language}`).click();
}

export async function login(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
