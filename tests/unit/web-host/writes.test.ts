// The serving hosts' writer queue, through the browser host's real HTTP API: four imports sent
// at once all land, also while another process holds the database's write lock, and the host
// keeps answering reads while they wait (the waiting is not a blocking sleep).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeHost, type Host } from '../../../electron/node/host/compose.ts';
import { startWebServer, type WebServer } from '../../../electron/node/web-host/server.ts';
import { officeText } from '../store/states.ts';
const holdLock = path.join(import.meta.dirname, '..', 'store', 'children', 'hold-lock.ts');
let dir: string;
let host: Host;
let server: WebServer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'orgatlas-writes-'));
  const renderer = path.join(dir, 'renderer');
  mkdirSync(renderer);
  host = composeHost({ env: {}, dbFlag: path.join(dir, 'atlas.db'), create: true, serving: true });
  server = await startWebServer({ rendererDir: renderer, dispatch: host.dispatch, port: 0 });
});
afterAll(async () => {
  await server?.close();
  host?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(method: string, args: unknown): Promise<{ ok: boolean; value?: unknown; error?: unknown }> {
  const response = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${server.port}` },
    body: JSON.stringify(args),
  });
  return (await response.json()) as { ok: boolean };
}

const upload = (office: string, units: string[]) => ({
  name: `${office}.txt`,
  content: Buffer.from(officeText(office, units)).toString('base64'),
});

async function lockFor(ms: number): Promise<{ released: Promise<number> }> {
  const proc = spawn(process.execPath, [holdLock, path.join(dir, 'atlas.db'), String(ms)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const released = new Promise<number>((resolve) => proc.on('close', () => resolve(performance.now())));
  while (!out.includes('locked')) await sleep(10);
  return { released };
}

describe('writes through the browser host', () => {
  it('four imports sent at once all land, one version each', async () => {
    const offices = ['甲市外事办公室', '乙市外事办公室', '丙市外事办公室', '丁市外事办公室'];
    const results = await Promise.all(offices.map((o) => call('applyImport', upload(o, ['办公室', '礼宾科']))));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true]);
    const listed = (await call('listOffices', {})) as { value: { name: string }[] };
    expect(listed.value.map((o) => o.name).sort()).toEqual([...offices].sort());
  });

  it('four imports sent while another process holds the write lock wait for it, and reads go on meanwhile', async () => {
    const { released } = await lockFor(3000);
    const offices = ['戊市外事办公室', '己市外事办公室', '庚市外事办公室', '辛市外事办公室'];
    const imports = Promise.all(offices.map((o) => call('applyImport', upload(o, ['综合科']))));
    await sleep(300);
    const read = await call('listOffices', {});
    const readAt = performance.now();
    expect(read.ok).toBe(true);
    const results = await imports;
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true]);
    // The read was answered while the lock was still held (the imports were waiting).
    expect(readAt).toBeLessThan(await released);
    const listed = (await call('listOffices', {})) as { value: { name: string }[] };
    expect(listed.value).toHaveLength(8);
    expect(readFileSync(path.join(dir, 'atlas.db')).subarray(0, 15).toString()).toBe('SQLite format 3');
  }, 30_000);
});
