// The built main process (out/main/index.js, as Electron runs it; npm test builds first)
// against the fake Electron surface: it serves the built page over app:// with the CSP meta
// tag first in <head>, and points the window at the built CommonJS preload.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FakeElectron } from './fake-electron.ts';
import { keepHostEnv, repoRoot } from '../test-files.ts';

const fake = vi.hoisted(() => ({ current: undefined as FakeElectron | undefined }));
vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./fake-electron.ts');
  fake.current = createFakeElectron();
  return fake.current.electron;
});

const bundle = path.join(repoRoot, 'out', 'main', 'index.js');
const dir = mkdtempSync(path.join(tmpdir(), 'orgatlas-bundle-'));
const restoreEnv = keepHostEnv();
let state: FakeElectron['state'];

beforeAll(async () => {
  expect(existsSync(bundle), `${bundle} (run "npx electron-vite build" first)`).toBe(true);
  mkdirSync(path.join(dir, 'data'));
  cpSync(path.join(repoRoot, 'tests', 'e2e', 'fixtures', 'nanchang-stats.txt'), path.join(dir, 'data', 'stats.txt'));
  process.env.ORGATLAS_DB = path.join(dir, 'bundle.db');
  process.env.ORGATLAS_DATA_DIR = path.join(dir, 'data');
  await import(/* @vite-ignore */ bundle);
  state = fake.current!.state;
  await vi.waitFor(() => expect(state.windows).toHaveLength(1), { timeout: 20_000 });
});

afterAll(() => {
  state?.appEvents.emit('will-quit');
  restoreEnv();
  rmSync(dir, { recursive: true, force: true });
});

describe('the built main process', () => {
  it('serves the built page over app:// with the strict CSP as a header and as the first tag in <head>', async () => {
    const response = await state.protocolHandlers.get('app')!(new Request('app://orgatlas/index.html#/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(
      /^default-src 'self'; script-src 'self'; style-src 'self';/,
    );
    const html = await response.text();
    const head = html.slice(html.indexOf('<head>') + '<head>'.length).trimStart();
    expect(head).toMatch(
      /^<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;; style-src &#39;self&#39;;/,
    );
    expect(html).not.toContain('unsafe-');
    const script = /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"/.exec(html)![1]!;
    const js = await state.protocolHandlers.get('app')!(new Request(`app://orgatlas/${script}`));
    expect([js.status, js.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
  });

  it('refuses to serve its own main script or package.json over app://', async () => {
    for (const url of [
      'app://orgatlas/../main/index.js',
      'app://orgatlas/..%2Fmain%2Findex.js',
      'app://orgatlas/..%2F..%2Fpackage.json',
    ]) {
      expect((await state.protocolHandlers.get('app')!(new Request(url))).status, url).toBe(404);
    }
  });

  it('gives the window the built CommonJS preload, and answers the page from the database', async () => {
    const preload = state.windows[0]!.options.webPreferences.preload as string;
    expect(preload).toBe(path.join(repoRoot, 'out', 'preload', 'index.cjs'));
    expect(existsSync(preload)).toBe(true);
    const sender = {
      senderFrame: { url: 'app://orgatlas/index.html#/', parent: null },
      sender: state.windows[0]!.webContents,
    };
    expect(await state.ipcHandlers.get('orgatlas:api')!(sender, 'listOffices', {})).toMatchObject({
      ok: true,
      value: [{ name: '南昌市统计局' }],
    });
  });
});
