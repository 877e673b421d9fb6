// End-to-end tests in Debian's Chromium against the browser host (`npm run web` on a
// temporary database), and the same specs against the Electron app when its binary exists.
import { defineConfig } from '@playwright/test';
import { installedElectron } from './scripts/electron-binary.ts';

const root = import.meta.dirname;
const electron = installedElectron(root);
const port = process.env.ORGATLAS_E2E_PORT;

// Printed once, by the runner process (workers load this file too).
if (!electron && !process.env.TEST_WORKER_INDEX) {
  console.log(
    'e2e: Electron binary not installed (node_modules/electron/dist) - the desktop-app run of the specs is skipped; the browser-host run goes ahead.',
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous for a busy shared machine; on an idle one the whole suite takes about a minute.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: port ? `http://127.0.0.1:${port}/` : undefined,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node tests/e2e/host.mjs',
    cwd: root,
    wait: {
      stdout:
        /OrgAtlas e2e db: (?<orgatlas_e2e_db>\S+)[\s\S]*OrgAtlas web: http:\/\/127\.0\.0\.1:(?<orgatlas_e2e_port>\d+)\//,
    },
    timeout: 120_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 3_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
  projects: [
    { name: 'browser' },
    ...(electron
      ? [{ name: 'electron', testIgnore: [/chart/, /print/, /host\.spec/], metadata: { electronBinary: electron } }]
      : []),
  ],
});
