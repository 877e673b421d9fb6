// The fixtures every spec of the app uses, so the same specs drive the browser host (in
// Debian's Chromium) and the Electron app (via _electron, when its binary exists):
// - `page` is the app's window in either host;
// - `gotoApp(route)` opens a hash route (`/`, `/unit/3`, `/chart`);
// - an automatic guard records every request and console message and fails the test if a
//   request left the app's origin or the console showed an error.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, test as base, expect, type ElectronApplication, type Page } from '@playwright/test';
import { SEED_UNIT_NAMES, SEED_UNIT_NAMES_SHOWN } from '../fixtures/seed-expected.ts';

const root = join(import.meta.dirname, '..', '..');
// The desktop app serves out/renderer on its own app:// protocol (electron/main/app-protocol.ts).
const rendererDirUrl = 'app://orgatlas/';
const rendererUrl = rendererDirUrl + 'index.html';

export interface AppFixtures {
  gotoApp: (route?: string) => Promise<void>;
  /** Whether a URL belongs to the app itself (its origin, or its own files in Electron). */
  isAppUrl: (url: string) => boolean;
  requests: string[];
  guard: void;
}

interface WorkerFixtures {
  electronApp: ElectronApplication | null;
}

export const test = base.extend<AppFixtures, WorkerFixtures>({
  electronApp: [
    async ({}, use, workerInfo) => {
      const binary = workerInfo.project.metadata.electronBinary as string | undefined;
      if (!binary) return use(null);
      const profile = mkdtempSync(join(tmpdir(), 'orgatlas-e2e-profile-'));
      const { ELECTRON_RENDERER_URL: _devServer, ...env } = process.env;
      const app = await _electron.launch({
        executablePath: binary,
        args: [root, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
        env: { ...env, ORGATLAS_DB: process.env.ORGATLAS_E2E_DB ?? '', ORGATLAS_USER_DATA: profile },
      });
      await use(app);
      await app.close();
      rmSync(profile, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],

  page: async ({ page, electronApp }, use) => {
    if (!electronApp) return use(page);
    const win: Page = await electronApp.firstWindow();
    await win.setViewportSize({ width: 1366, height: 768 });
    // One window serves the whole worker: start each test from a clean slate.
    await win.goto(rendererUrl + '#/');
    await win.evaluate('localStorage.clear()');
    await use(win);
  },

  isAppUrl: async ({ electronApp, baseURL }, use) => {
    const origin = baseURL ? new URL(baseURL).origin : '';
    await use((url) =>
      electronApp
        ? url.startsWith(rendererDirUrl) || url.startsWith('data:')
        : new URL(url).origin === origin || url.startsWith('data:'),
    );
  },

  gotoApp: async ({ page, electronApp }, use) => {
    await use(async (route = '/') => {
      await page.goto(electronApp ? `${rendererUrl}#${route}` : `/#${route}`);
    });
  },

  requests: async ({}, use) => {
    await use([]);
  },

  guard: [
    async ({ page, isAppUrl, requests }, use) => {
      const problems: string[] = [];
      page.on('request', (request) => {
        requests.push(request.url());
        if (!isAppUrl(request.url())) problems.push(`request outside the app: ${request.method()} ${request.url()}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use();
      expect(problems, 'no request outside the app, no console error').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The seed office as published in data/000_8d796a1540accf81.txt (written by hand from it). */
export const seed = {
  office: '江西省人民政府外事办公室',
  units: SEED_UNIT_NAMES,
  /** As the pages show them (full-width brackets). */
  unitsShown: SEED_UNIT_NAMES_SHOWN,
  secondOffice: '南昌市统计局',
};

/** Types a query and waits until the results for it are shown. */
export async function search(page: Page, query: string): Promise<void> {
  await page.getByTestId('search-input').fill(query);
  await expect(page.locator(`[data-results-for=${JSON.stringify(query)}]`)).toBeAttached();
}
