// The browser host refuses requests a proxy or a rebinding page could send: two Host
// headers, or an absolute-form request line whose authority differs from the Host header.
// Sent as raw bytes, since an HTTP client library would not write them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../electron/node/web-host/server.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'orgatlas-web-'));
let server: WebServer;

beforeAll(async () => {
  mkdirSync(path.join(dir, 'renderer'));
  writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>ok</title>');
  server = await startWebServer({
    rendererDir: path.join(dir, 'renderer'),
    dispatch: async () => ({ ok: true, value: 'api' }),
    port: 0,
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Sends one raw request and returns the status code of the answer. */
function statusOf(raw: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => socket.write(raw));
    let data = '';
    socket.on('data', (chunk) => {
      data += chunk.toString('latin1');
      const match = /^HTTP\/1\.1 (\d{3})/.exec(data);
      if (match) {
        resolve(Number(match[1]));
        socket.destroy();
      }
    });
    socket.on('error', reject);
  });
}

describe('browser host request line and Host header', () => {
  const own = () => `127.0.0.1:${server.port}`;

  it('serves a plain request with its own Host', async () => {
    expect(await statusOf(`GET / HTTP/1.1\r\nHost: ${own()}\r\nConnection: close\r\n\r\n`)).toBe(200);
  });

  it('refuses two Host headers, whichever comes first', async () => {
    expect(await statusOf(`GET / HTTP/1.1\r\nHost: ${own()}\r\nHost: evil.example\r\nConnection: close\r\n\r\n`)).toBe(
      400,
    );
    expect(await statusOf(`GET / HTTP/1.1\r\nHost: evil.example\r\nHost: ${own()}\r\nConnection: close\r\n\r\n`)).toBe(
      400,
    );
    expect(await statusOf(`GET / HTTP/1.1\r\nHost: ${own()}\r\nhost: ${own()}\r\nConnection: close\r\n\r\n`)).toBe(400);
  });

  it('refuses absolute-form request lines, also for its own authority, and for the API', async () => {
    expect(await statusOf(`GET http://evil.example/ HTTP/1.1\r\nHost: ${own()}\r\nConnection: close\r\n\r\n`)).toBe(
      400,
    );
    expect(await statusOf(`GET http://${own()}/ HTTP/1.1\r\nHost: ${own()}\r\nConnection: close\r\n\r\n`)).toBe(400);
    const body = '{}';
    expect(
      await statusOf(
        `POST http://${own()}/api/listOffices HTTP/1.1\r\nHost: ${own()}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
      ),
    ).toBe(400);
  });

  it('refuses a missing Host header', async () => {
    expect(await statusOf(`GET / HTTP/1.0\r\n\r\n`)).toBe(400);
  });
});
