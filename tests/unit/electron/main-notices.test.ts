// electron/main/index.ts opening a zero-byte database: the store layer keeps it aside and
// rebuilds (electron/node/host/default-database.ts); the desktop app says what it found in
// a message box once its window is up, and serves the rebuilt data.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import type { FakeElectron } from './fake-electron.ts';
import { keepHostEnv, repoRoot } from '../test-files.ts';

const fake = vi.hoisted(() => ({ current: undefined as FakeElectron | undefined }));
vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./fake-electron.ts');
  fake.current = createFakeElectron();
  return fake.current.electron;
});

const dir = mkdtempSync(path.join(tmpdir(), 'orgatlas-main-notice-'));
const restoreEnv = keepHostEnv();
afterAll(() => {
  fake.current?.state.appEvents.emit('will-quit');
  restoreEnv();
  rmSync(dir, { recursive: true, force: true });
});

it('tells the user in a message box what opening a damaged database did, and serves the rebuilt data', async () => {
  mkdirSync(path.join(dir, 'data'));
  cpSync(path.join(repoRoot, 'tests', 'e2e', 'fixtures', 'nanchang-stats.txt'), path.join(dir, 'data', 'stats.txt'));
  writeFileSync(path.join(dir, 'orgatlas.db'), '');
  process.env.ORGATLAS_DB = path.join(dir, 'orgatlas.db');
  process.env.ORGATLAS_DATA_DIR = path.join(dir, 'data');
  await import('../../../electron/main/index.ts');
  const { state } = fake.current!;
  await vi.waitFor(() => expect(state.windows).toHaveLength(1), { timeout: 20_000 });
  expect(state.exitCode).toBeUndefined();
  expect(state.messages).toHaveLength(1);
  expect(state.messages[0]).toMatch(/orgatlas\.db/);
  const sender = {
    senderFrame: { url: 'app://orgatlas/index.html#/', parent: null },
    sender: state.windows[0]!.webContents,
  };
  expect(await state.ipcHandlers.get('orgatlas:api')!(sender, 'listOffices', {})).toMatchObject({
    ok: true,
    value: [{ name: '南昌市统计局' }],
  });
});
