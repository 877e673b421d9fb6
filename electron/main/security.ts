// The Electron security checklist, applied once to the session and to every web contents:
// every request that is not the app's own is cancelled, every response carries the strict
// CSP, permissions are refused, and navigation, frame navigation, redirects, webviews and
// new windows are refused (a link to an allowed site opens in the system browser instead).
import { app, session, shell, type WebContents } from 'electron';
import { contentSecurityPolicy } from '../../shared/csp.ts';
import type { NavigationPolicy } from './navigation-policy.ts';

/** A link the page tried to follow: to the system browser when allowed, nowhere otherwise. */
function openOutside(policy: NavigationPolicy, url: string): void {
  if (policy.allowExternal(url)) void shell.openExternal(url);
}

function lockDown(contents: WebContents, policy: NavigationPolicy): void {
  contents.on('will-navigate', (event, url) => {
    if (policy.allowNavigation(url)) return;
    event.preventDefault();
    openOutside(policy, url);
  });
  // Also fires for subframes, which will-navigate does not cover.
  contents.on('will-frame-navigate', (event) => {
    if (!policy.allowNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!policy.allowNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(policy, url);
    return { action: 'deny' };
  });
}

export function applySecurityPolicy(policy: NavigationPolicy, devServerUrl: string | undefined): void {
  const csp = contentSecurityPolicy(devServerUrl);
  const ses = session.defaultSession;
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !policy.allowRequest(details.url, details.resourceType) });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  app.on('web-contents-created', (_event, contents) => lockDown(contents, policy));
}
