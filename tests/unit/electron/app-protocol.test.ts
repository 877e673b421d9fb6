// The app:// protocol: which files a URL may name (resolved paths, POSIX and Windows
// installs alike), and what the handler answers.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appProtocolHandler, resolveAppFile } from '../../../electron/main/app-protocol.ts';
import { tempDirMaker } from '../test-files.ts';

const tempDir = tempDirMaker('orgatlas-protocol-');

describe('app:// path checks', () => {
  const root = '/opt/OrgAtlas/resources/app.asar/out/renderer';

  it('maps the page and its assets to files inside the renderer folder', () => {
    expect(resolveAppFile(root, 'app://orgatlas/index.html#/chart', path.posix)).toBe(`${root}/index.html`);
    expect(resolveAppFile(root, 'app://orgatlas/', path.posix)).toBe(`${root}/index.html`);
    expect(resolveAppFile(root, 'app://orgatlas/assets/noto%20sans.woff2', path.posix)).toBe(
      `${root}/assets/noto sans.woff2`,
    );
  });

  it('refuses every way out of the folder', () => {
    const escapes = [
      'app://orgatlas/../../../etc/passwd',
      'app://orgatlas/%2e%2e/%2e%2e/etc/passwd',
      'app://orgatlas/assets%2F..%2F..%2F..%2Fetc%2Fpasswd',
      'app://orgatlas/..%2F..%2Frenderer-other/x.js',
      'app://orgatlas/%2Fetc%2Fpasswd',
      'app://orgatlas/index.html%00.js',
      'app://orgatlas/%E0%A4%A',
    ];
    for (const url of escapes) {
      const file = resolveAppFile(root, url, path.posix);
      expect(file === null || file.startsWith(`${root}/`), `${url} -> ${file}`).toBe(true);
    }
    expect(resolveAppFile(root, 'app://orgatlas/..%2F..%2Frenderer-other/x.js', path.posix)).toBeNull();
    expect(resolveAppFile(root, 'app://orgatlas/index.html%00.js', path.posix)).toBeNull();
  });

  it('refuses other hosts and schemes', () => {
    for (const url of [
      'app://other/index.html',
      'file:///opt/OrgAtlas/resources/app.asar/out/renderer/index.html',
      'https://orgatlas/index.html',
      'nonsense',
    ]) {
      expect(resolveAppFile(root, url, path.posix), url).toBeNull();
    }
  });

  it('works for Windows install paths with short names, brackets and spaces, and refuses backslash escapes', () => {
    for (const root of [
      'C:\\PROGRA~1\\OrgAtlas\\resources\\app.asar\\out\\renderer',
      'D:\\Apps [x86]\\OrgAtlas 100%\\out\\renderer',
    ]) {
      expect(resolveAppFile(root, 'app://orgatlas/index.html#/unit/3', path.win32)).toBe(`${root}\\index.html`);
      expect(resolveAppFile(root, 'app://orgatlas/assets/a.js', path.win32)).toBe(`${root}\\assets\\a.js`);
      expect(resolveAppFile(root, 'app://orgatlas/..%5C..%5C..%5CWindows%5Cwin.ini', path.win32)).toBeNull();
      expect(resolveAppFile(root, 'app://orgatlas/assets%5C..%5C..%5C..%5Cx', path.win32)).toBeNull();
      expect(resolveAppFile(root, 'app://orgatlas/C:%5CWindows%5Cwin.ini', path.win32)).toBeNull();
    }
  });
});

describe('app:// handler', () => {
  /** A renderer folder with a page and a script, and a secret beside it. */
  function handler() {
    const root = tempDir();
    mkdirSync(path.join(root, 'renderer', 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(path.join(root, 'renderer', 'assets', 'a.js'), 'console.log(1)');
    writeFileSync(path.join(root, 'secret.txt'), 'secret');
    return appProtocolHandler(path.join(root, 'renderer'));
  }

  it('serves the page with its type and the CSP, and assets', async () => {
    const handle = handler();
    const index = await handle(new Request('app://orgatlas/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await index.text()).toBe('<!doctype html><title>t</title>');
    const script = await handle(new Request('app://orgatlas/assets/a.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('answers 404 for a file outside, missing or a folder, and 405 for writes', async () => {
    const handle = handler();
    for (const url of ['app://orgatlas/..%2Fsecret.txt', 'app://orgatlas/missing.js', 'app://orgatlas/assets']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
    expect((await handle(new Request('app://orgatlas/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
