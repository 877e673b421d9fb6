// The shell's security decisions, checked under plain Node: which URLs count as the app's
// own page, which IPC senders are answered, which requests, navigations and outside links
// pass.
import { describe, expect, it } from 'vitest';
import { appPageMatcher } from '../../../electron/main/app-page.ts';
import { isTrustedSender } from '../../../electron/main/ipc-guard.ts';
import { navigationPolicy } from '../../../electron/main/navigation-policy.ts';

const page = 'app://orgatlas/index.html';
const production = appPageMatcher();
const dev = appPageMatcher('http://localhost:5173');

const foreignUrls = [
  'https://evil.example',
  'https://evil.example/index.html',
  'app://other/index.html',
  'app://orgatlas/other.html',
  'app://orgatlas.evil/index.html',
  'file:///opt/OrgAtlas/resources/app.asar/out/renderer/index.html',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'not a url',
  '',
];

describe('the app page', () => {
  it('in production is app://orgatlas/index.html, with any hash route', () => {
    expect(production(page)).toBe(true);
    expect(production(`${page}#/unit/12`)).toBe(true);
    expect(production('APP://ORGATLAS/index.html#/search')).toBe(true);
  });

  it('in production is nothing else', () => {
    for (const url of [...foreignUrls, 'http://localhost:5173/', `${page}?x=1`, 'app://orgatlas/assets/index.js']) {
      expect(production(url), url).toBe(false);
    }
  });

  it('in dev is the dev server origin only', () => {
    expect(dev('http://localhost:5173/')).toBe(true);
    expect(dev('http://localhost:5173/#/search')).toBe(true);
    for (const url of [...foreignUrls, 'http://localhost:5174/', 'https://localhost:5173/', page])
      expect(dev(url), url).toBe(false);
  });
});

describe('IPC sender check', () => {
  const top = (url: string) => ({ url, parent: null });

  it('accepts the app page as top-level frame', () => {
    expect(isTrustedSender(top(`${page}#/chart`), production)).toBe(true);
    expect(isTrustedSender(top('http://localhost:5173/'), dev)).toBe(true);
  });

  it('refuses foreign senders, subframes and disposed frames', () => {
    for (const url of foreignUrls) expect(isTrustedSender(top(url), production), url).toBe(false);
    expect(isTrustedSender({ url: page, parent: top(page) }, production)).toBe(false);
    expect(isTrustedSender(null, production)).toBe(false);
    expect(isTrustedSender(undefined, production)).toBe(false);
  });
});

describe('request policy', () => {
  const policy = navigationPolicy(production);

  it("lets the app's own files through", () => {
    const own = [
      [page, 'mainFrame'],
      ['app://orgatlas/assets/index-x.js', 'script'],
      ['app://orgatlas/assets/a.woff2', 'font'],
      ['blob:app://orgatlas/5f0c-11', 'other'],
    ];
    for (const [url, type] of own) {
      expect(policy.allowRequest(url!, type!), url).toBe(true);
    }
  });

  it('cancels every network scheme and every other local one', () => {
    const urls = [
      'http://127.0.0.1/',
      'https://example.org/x.js',
      'ws://localhost:5173/',
      'wss://x/',
      'ftp://x/',
      'file:///etc/passwd',
      'app://other/index.html',
      'devtools://devtools/bundled/inspector.html',
      'chrome://gpu',
      'blob:https://evil.example/1',
      'blob:null/1',
    ];
    for (const url of urls) expect(policy.allowRequest(url, 'xhr'), url).toBe(false);
  });

  it('allows data: fonts and images, never a data: script or frame', () => {
    expect(policy.allowRequest('data:font/woff2;base64,AAAA', 'font')).toBe(true);
    expect(policy.allowRequest('data:image/png;base64,AAAA', 'image')).toBe(true);
    for (const type of ['script', 'subFrame', 'mainFrame'])
      expect(policy.allowRequest('data:text/javascript,alert(1)', type), type).toBe(false);
  });

  it('under the dev server also lets its page, its websocket and devtools through, nothing else', () => {
    const inDev = navigationPolicy(dev, 'http://localhost:5173');
    expect(inDev.allowRequest('http://localhost:5173/src/main.tsx', 'script')).toBe(true);
    expect(inDev.allowRequest('ws://localhost:5173/', 'webSocket')).toBe(true);
    expect(inDev.allowRequest('devtools://devtools/bundled/inspector.html', 'mainFrame')).toBe(true);
    expect(inDev.allowRequest('http://localhost:5174/', 'script')).toBe(false);
    expect(inDev.allowRequest('https://example.org/', 'script')).toBe(false);
  });
});

describe('navigation and outside links', () => {
  it('only the app page may be navigated to (reload, hash route)', () => {
    const policy = navigationPolicy(production);
    expect(policy.allowNavigation(page)).toBe(true);
    expect(policy.allowNavigation(`${page}#/office/1`)).toBe(true);
    for (const url of foreignUrls) expect(policy.allowNavigation(url), url).toBe(false);
  });

  it('opens outside links only for an https origin on the allow-list, which is empty by default', () => {
    expect(navigationPolicy(production).allowExternal('https://www.gov.cn/')).toBe(false);
    const listed = navigationPolicy(production, undefined, ['https://www.gov.cn']);
    expect(listed.allowExternal('https://www.gov.cn/zhengce/')).toBe(true);
    for (const url of [
      'http://www.gov.cn/',
      'https://www.gov.cn.evil.example/',
      'https://evil.example/?https://www.gov.cn',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ]) {
      expect(listed.allowExternal(url), url).toBe(false);
    }
  });
});
