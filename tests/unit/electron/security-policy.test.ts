// The shell's security decisions, checked under plain Node: which URLs count as the app's
// own page, which IPC senders are answered, what navigation, new windows and permission
// requests get, and how the main window isolates the renderer.
import { describe, expect, it } from 'vitest';
import { appPageMatcher } from '../../../electron/main/app-page.ts';
import { isTrustedSender } from '../../../electron/main/ipc-guard.ts';
import { navigationPolicy } from '../../../electron/main/navigation-policy.ts';
import { mainWindowOptions } from '../../../electron/main/window-options.ts';

const rendererFileUrl = 'file:///opt/OrgAtlas/resources/app.asar/out/renderer/index.html';
const production = appPageMatcher({ rendererFileUrl });
const dev = appPageMatcher({ rendererFileUrl, devServerUrl: 'http://localhost:5173' });

const foreignUrls = [
  'https://evil.example',
  'https://evil.example/out/renderer/index.html',
  'file:///tmp/other.html',
  'file:///opt/OrgAtlas/resources/app.asar/out/renderer/other.html',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'not a url',
  '',
];

describe('the app page', () => {
  it('in production is the built renderer file, with any hash route', () => {
    expect(production(rendererFileUrl)).toBe(true);
    expect(production(`${rendererFileUrl}#/unit/12`)).toBe(true);
  });

  it('in production is nothing else', () => {
    for (const url of [...foreignUrls, 'http://localhost:5173/', `${rendererFileUrl}?x=1`]) expect(production(url), url).toBe(false);
  });

  it('in dev is the dev server origin only', () => {
    expect(dev('http://localhost:5173/')).toBe(true);
    expect(dev('http://localhost:5173/#/search')).toBe(true);
    for (const url of [...foreignUrls, 'http://localhost:5174/', 'https://localhost:5173/', rendererFileUrl]) expect(dev(url), url).toBe(false);
  });
});

describe('IPC sender check', () => {
  const top = (url: string) => ({ url, parent: null });

  it('accepts the app page as top-level frame', () => {
    expect(isTrustedSender(top(rendererFileUrl), production)).toBe(true);
    expect(isTrustedSender(top('http://localhost:5173/'), dev)).toBe(true);
  });

  it('refuses foreign senders', () => {
    for (const url of ['https://evil.example', 'file:///tmp/other.html', 'data:text/html,hi', 'about:blank']) {
      expect(isTrustedSender(top(url), production), url).toBe(false);
      expect(isTrustedSender(top(url), dev), url).toBe(false);
    }
  });

  it('refuses a subframe even with the app URL, and a disposed frame', () => {
    expect(isTrustedSender({ url: rendererFileUrl, parent: top(rendererFileUrl) }, production)).toBe(false);
    expect(isTrustedSender(null, production)).toBe(false);
    expect(isTrustedSender(undefined, production)).toBe(false);
  });
});

describe('navigation policy', () => {
  const policy = navigationPolicy(production);

  it('denies navigation to any other URL', () => {
    for (const url of [...foreignUrls, 'http://localhost:5173/']) expect(policy.allowNavigation(url), url).toBe(false);
  });

  it('lets only the app page load itself again (reload, hash route)', () => {
    expect(policy.allowNavigation(rendererFileUrl)).toBe(true);
    expect(policy.allowNavigation(`${rendererFileUrl}#/office/1`)).toBe(true);
  });

  it('denies every new window, webview and permission, the app page included', () => {
    for (const url of [rendererFileUrl, 'https://evil.example', 'about:blank']) expect(policy.allowNewWindow(url), url).toBe(false);
    expect(policy.allowWebview()).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(policy.allowPermission(permission), permission).toBe(false);
    }
  });
});

describe('main window options', () => {
  const { webPreferences } = mainWindowOptions('/opt/OrgAtlas/out/main');

  it('isolates the renderer', () => {
    expect(webPreferences.contextIsolation).toBe(true);
    expect(webPreferences.sandbox).toBe(true);
    expect(webPreferences.nodeIntegration).toBe(false);
    expect(webPreferences.nodeIntegrationInSubFrames).toBe(false);
    expect(webPreferences.webviewTag).toBe(false);
    expect(webPreferences.webSecurity).toBe(true);
    expect(webPreferences.allowRunningInsecureContent).toBe(false);
  });

  it('loads the CommonJS preload built beside the main script', () => {
    expect(webPreferences.preload).toBe('/opt/OrgAtlas/out/preload/index.cjs');
  });
});
