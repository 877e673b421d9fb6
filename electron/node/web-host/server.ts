// The browser host: the built renderer and the same typed API on 127.0.0.1 only, for
// Playwright in plain Chromium and for people who prefer a browser tab. Loopback-only,
// Host-checked (no DNS rebinding), read-only files under one folder, bounded API bodies.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, sep } from 'node:path';
import type { ApiResponse } from '../../../shared/api.ts';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp.ts';
import { UPLOAD_CALLS } from '../../../shared/contract/history.ts';
import { UPLOAD_MAX_BYTES } from '../../../shared/contract/limits.ts';
import { contentTypeOf } from './content-types.ts';

export interface WebServerOptions {
  /** Folder of the built renderer (out/renderer). */
  rendererDir: string;
  /** Runs one raw API call (the host's composeHost().dispatch); never throws. */
  dispatch: (method: string, args: unknown) => Promise<ApiResponse<unknown>>;
  /** 0 picks a free port. */
  port?: number;
}

export interface WebServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024;
/** Base64 of the largest upload, with room for its JSON around it. */
const UPLOAD_BODY_BYTES = Math.ceil(UPLOAD_MAX_BYTES / 3) * 4 + 1024 * 1024;

const securityHeaders = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8', ...extra });
  res.end(text);
}

function sendJson(res: ServerResponse, status: number, body: ApiResponse<unknown>): void {
  res.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

function badRequest(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { ok: false, error: { code: 'bad-request', message } });
}

function hostHeaderCount(req: IncomingMessage): number {
  let count = 0;
  for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i]!.toLowerCase() === 'host') count++;
  return count;
}

/** Reads at most `limit` bytes; null when the body is larger. */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  dispatch: WebServerOptions['dispatch'],
): Promise<void> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  // A JSON content type cannot be sent cross-site without a CORS preflight, which we never grant.
  if (type !== 'application/json') return badRequest(res, 415, 'The API accepts only application/json bodies');
  // An upload (a document or data package, base64 in JSON) may be larger than other calls.
  const limit = UPLOAD_CALLS.has(method) ? UPLOAD_BODY_BYTES : MAX_BODY_BYTES;
  const body = await readBody(req, limit);
  if (body === null) {
    res.setHeader('Connection', 'close');
    return badRequest(res, 413, `Request body larger than ${limit} bytes`);
  }
  let args: unknown;
  try {
    args = body.length ? JSON.parse(body.toString('utf8')) : {};
  } catch {
    return badRequest(res, 400, 'The request body is not valid JSON');
  }
  // API-level failures (bad arguments, not found) travel as values with 200, as over IPC.
  sendJson(res, 200, await dispatch(method, args));
}

async function serveFile(req: IncomingMessage, res: ServerResponse, pathname: string, root: string): Promise<void> {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname);
  } catch {
    return sendText(res, 400, 'Bad path');
  }
  if (relative.includes('\0') || relative.split(/[\\/]/).includes('..')) return sendText(res, 400, 'Bad path');
  if (relative.endsWith('/')) relative += 'index.html';
  let file: string;
  try {
    file = await realpath(join(root, relative));
    if (!file.startsWith(root + sep) || !(await stat(file)).isFile()) throw new Error('outside');
  } catch {
    return sendText(res, 404, 'Not found');
  }
  const hashed = /-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(file);
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': contentTypeOf(file),
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const root = await realpath(options.rendererDir);
  let allowedHosts = new Set<string>();

  const server: Server = createServer((req, res) => {
    // Only origin-form request lines (`GET /path`): an absolute-form one (`GET http://x/`)
    // would be a proxy request, and its authority could disagree with the Host header.
    if (!(req.url ?? '').startsWith('/')) return sendText(res, 400, 'Bad request line');
    // Node keeps only the first of several Host headers; a request with two is refused whole.
    if (hostHeaderCount(req) !== 1) return sendText(res, 400, 'Exactly one Host header is required');
    const host = (req.headers.host ?? '').toLowerCase();
    if (!allowedHosts.has(host)) return sendText(res, 403, 'Forbidden host');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, '').toLowerCase())) {
      return sendText(res, 403, 'Forbidden origin');
    }
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const api = /^\/api\/([A-Za-z]+)$/.exec(pathname);
    const reply = api
      ? req.method === 'POST'
        ? handleApi(req, res, api[1], options.dispatch)
        : Promise.resolve(sendText(res, 405, 'Method not allowed', { Allow: 'POST' }))
      : req.method === 'GET' || req.method === 'HEAD'
        ? serveFile(req, res, pathname, root)
        : Promise.resolve(sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' }));
    reply.catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.destroy();
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
