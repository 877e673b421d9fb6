// The app:// protocol the desktop window loads from: the built renderer's files, and
// nothing outside its folder. Paths are compared after resolving them, never as URL
// strings, so `C:\PROGRA~1\...` or `D:\Apps [x86]\...` installs work and `..` cannot escape.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp.ts';
import { contentTypeOf } from '../node/web-host/content-types.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'orgatlas';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window opens (any hash route of it). */
export const APP_PAGE_URL = `${APP_ORIGIN}/index.html`;

/** The privileges app:// needs: a standard, secure origin for 'self' in the CSP, fetch for the font embedding. */
export const appSchemePrivileges = { standard: true, secure: true, supportFetchAPI: true } as const;

/** Whether a parsed URL is on app://orgatlas. Node parses app: as a non-special scheme (origin
 *  "null", host case kept) where Chromium, with the scheme registered standard, does not. */
export function isAppUrl(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.host.toLowerCase() === APP_HOST;
}

/** The file an app:// URL names inside `rendererDir`, or null when it names anything else. */
export function resolveAppFile(
  rendererDir: string,
  requestUrl: string,
  paths: path.PlatformPath = path,
): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (!isAppUrl(url)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  if (relative === '/' || relative === '') relative = '/index.html';
  const root = paths.resolve(rendererDir);
  const file = paths.resolve(root, `.${relative}`);
  const inside = paths.relative(root, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${paths.sep}`) || paths.isAbsolute(inside)) return null;
  return file;
}

type ReadFile = (file: string) => Promise<Uint8Array>;

/** The protocol.handle handler: GET and HEAD of files inside rendererDir, 404 for anything else. */
export function appProtocolHandler(
  rendererDir: string,
  read: ReadFile = readFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response('Method not allowed', { status: 405 });
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    let body: Uint8Array;
    try {
      body = await read(file);
    } catch {
      return new Response('Not found', { status: 404 });
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': contentTypeOf(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}
