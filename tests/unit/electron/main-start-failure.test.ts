// electron/main/index.ts when its database cannot be opened: one sentence in an error box,
// exit code 1, no window and no IPC handler.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import type { FakeElectron } from './fake-electron.ts';
import { keepHostEnv } from '../test-files.ts';

const fake = vi.hoisted(() => ({ current: undefined as FakeElectron | undefined }));
vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./fake-electron.ts');
  fake.current = createFakeElectron();
  return fake.current.electron;
});

const dir = mkdtempSync(path.join(tmpdir(), 'orgatlas-main-fail-'));
const restoreEnv = keepHostEnv(['ORGATLAS_DB']);
afterAll(() => {
  restoreEnv();
  rmSync(dir, { recursive: true, force: true });
});

it('reports a database that cannot be opened in one sentence and exits 1', async () => {
  // A folder where the database file should be.
  process.env.ORGATLAS_DB = dir;
  await import('../../../electron/main/index.ts');
  const { state } = fake.current!;
  await vi.waitFor(() => expect(state.exitCode).toBe(1));
  expect(state.errorBoxes).toHaveLength(1);
  const [title, message] = state.errorBoxes[0]!;
  expect(title).toBe('OrgAtlas');
  expect(message).toMatch(/^OrgAtlas could not open its database: .*it is a directory/);
  expect(message).not.toContain('\n');
  expect(message).not.toMatch(/\bat \S+:\d+/);
  expect(state.windows).toHaveLength(0);
  expect(state.ipcHandlers.size).toBe(0);
});
