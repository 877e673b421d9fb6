// The Electron security checklist, applied once to the session and every web contents:
// no navigation away from the app, no new windows, no webviews, no permissions, a strict CSP.
import { app, session } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp.ts';

/** The dev server's page carries React's inline refresh preamble and talks to Vite over a
 *  websocket; only `electron-vite dev` gets those two allowances, never a built app. */
function policyFor(devServerUrl: string | undefined): string {
  if (!devServerUrl) return CONTENT_SECURITY_POLICY;
  const ws = devServerUrl.replace(/^http/, 'ws');
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ${ws}`,
  );
}

export function applySecurityPolicy(isTrustedUrl: (url: string) => boolean, devServerUrl: string | undefined): void {
  const policy = policyFor(devServerUrl);
  const ses = session.defaultSession;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isTrustedUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isTrustedUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
