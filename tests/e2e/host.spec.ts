// The browser host's own guarantees, checked over raw HTTP: loopback only, Host and Origin
// checked, files only by GET/HEAD from inside out/renderer, the API only by JSON POST with
// a bounded body, the app's CSP on every response, the right content types.
import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request exactly as written: no URL normalisation, any Host header. */
function raw(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method, path, headers: { Host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const port = Number(process.env.ORGATLAS_E2E_PORT);
const json = { 'Content-Type': 'application/json' };

test('serves the app with its CSP and the right content types', async () => {
  const index = await raw(port, 'GET', '/');
  expect(index.status).toBe(200);
  expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
  const csp = String(index.headers['content-security-policy']);
  for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "font-src 'self' data:"])
    expect(csp).toContain(directive);
  expect(index.headers['x-content-type-options']).toBe('nosniff');
  const assets = [...index.body.matchAll(/(?:src|href)="\.?\/(assets\/[^"]+)"/g)].map((m) => m[1]);
  const script = assets.find((a) => a.endsWith('.js'));
  const style = assets.find((a) => a.endsWith('.css'));
  expect(script && style).toBeTruthy();
  expect((await raw(port, 'HEAD', `/${script}`)).headers['content-type']).toBe('text/javascript; charset=utf-8');
  const css = await raw(port, 'GET', `/${style}`);
  expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  const font = /url\(\.?\/?([^)]*noto-sans-sc-[^)]*\.woff2)\)/.exec(css.body)?.[1];
  expect(font, 'the stylesheet refers to a bundled woff2 font').toBeTruthy();
  expect(css.body, 'only woff2 fonts ship: no woff fallbacks').not.toMatch(/\.woff\)/);
  const fontResponse = await raw(port, 'HEAD', `/assets/${font!.split('/').pop()}`);
  expect(fontResponse.status).toBe(200);
  expect(fontResponse.headers['content-type']).toBe('font/woff2');
});

test('refuses foreign Host and Origin headers (DNS rebinding, cross-site calls)', async () => {
  expect((await raw(port, 'GET', '/', { Host: 'evil.example' })).status).toBe(403);
  expect((await raw(port, 'GET', '/', { Host: `evil.example:${port}` })).status).toBe(403);
  expect((await raw(port, 'GET', '/', { Host: `localhost:${port}` })).status).toBe(200);
  const foreign = await raw(port, 'POST', '/api/listOffices', { ...json, Origin: 'http://evil.example' }, '{}');
  expect(foreign.status).toBe(403);
  const own = await raw(port, 'POST', '/api/listOffices', { ...json, Origin: `http://127.0.0.1:${port}` }, '{}');
  expect(own.status).toBe(200);
});

test('no file outside the renderer folder can be read', async () => {
  for (const path of [
    '/../package.json',
    '/..%2fpackage.json',
    '/%2e%2e/%2e%2e/package.json',
    '/assets/..%2f..%2f..%2fpackage.json',
    '/%00index.html',
    '/..\\package.json',
  ]) {
    const response = await raw(port, 'GET', path);
    expect([400, 404], path).toContain(response.status);
    expect(response.body).not.toContain('"name": "orgatlas"');
  }
  expect((await raw(port, 'GET', '/no-such-file.js')).status).toBe(404);
});

test('only GET/HEAD for files and JSON POST for the API, with a bounded body', async () => {
  expect((await raw(port, 'POST', '/', json, '{}')).status).toBe(405);
  expect((await raw(port, 'DELETE', '/index.html')).status).toBe(405);
  expect((await raw(port, 'GET', '/api/listOffices')).status).toBe(405);
  expect((await raw(port, 'POST', '/api/listOffices', { 'Content-Type': 'text/plain' }, '{}')).status).toBe(415);
  expect(
    (await raw(port, 'POST', '/api/listOffices', { 'Content-Type': 'application/x-www-form-urlencoded' }, 'a=1'))
      .status,
  ).toBe(415);
  const big = await raw(port, 'POST', '/api/search', json, JSON.stringify({ query: 'x'.repeat(200_000) }));
  expect(big.status).toBe(413);
  const broken = await raw(port, 'POST', '/api/search', json, '{"query":');
  expect(broken.status).toBe(400);
  expect(JSON.parse(broken.body)).toEqual({
    ok: false,
    error: { code: 'bad-request', message: 'The request body is not valid JSON' },
  });
});

test('API answers travel as ApiResponse values: results, bad arguments, unknown ids and methods', async () => {
  const offices = JSON.parse((await raw(port, 'POST', '/api/listOffices', json, '{}')).body);
  expect(offices.ok).toBe(true);
  expect(offices.value.map((o: { name: string }) => o.name)).toEqual(['江西省人民政府外事办公室', '南昌市统计局']);
  const badArgs = JSON.parse((await raw(port, 'POST', '/api/getUnit', json, '{"unitId":"3"}')).body);
  expect(badArgs.ok).toBe(false);
  expect(badArgs.error.code).toBe('bad-request');
  const missing = JSON.parse((await raw(port, 'POST', '/api/getUnit', json, '{"unitId":999999}')).body);
  expect(missing).toEqual({ ok: false, error: { code: 'not-found', message: 'No unit with id 999999' } });
  const unknown = JSON.parse((await raw(port, 'POST', '/api/dropTables', json, '{}')).body);
  expect(unknown.ok).toBe(false);
  expect(unknown.error.code).toBe('bad-request');
  expect(JSON.stringify(unknown)).not.toMatch(/at .*\.ts:\d+/);
});
