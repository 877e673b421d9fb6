// The Electron security checklist, applied once to the session and every web contents:
// a strict CSP on every response, and the navigation policy (no navigation away from the
// app, no new windows, no webviews, no permissions) wired to Electron's events.
import { app, session } from 'electron';
import { contentSecurityPolicy } from '../../shared/csp.ts';
import type { NavigationPolicy } from './navigation-policy.ts';

export function applySecurityPolicy(policy: NavigationPolicy, devServerUrl: string | undefined): void {
  const csp = contentSecurityPolicy(devServerUrl);
  const ses = session.defaultSession;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(policy.allowPermission(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => policy.allowPermission(permission));

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!policy.allowNavigation(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!policy.allowNavigation(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => {
      if (!policy.allowWebview()) event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => (policy.allowNewWindow(url) ? { action: 'allow' } : { action: 'deny' }));
  });
}
