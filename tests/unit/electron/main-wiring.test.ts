// Runs electron/main/index.ts against a fake of the Electron surface (fake-electron.ts) and
// checks that every handler and policy is attached and behaves: the app:// protocol, the
// session's request, header and permission handlers, the web contents' navigation rules,
// the window's options, both IPC channels (sender check, argument check, real database),
// printing and save-PDF, File → Import… and opened packages reaching the import preview, and
// the app's lifecycle events.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FakeElectron, FakeWebContents } from './fake-electron.ts';
import { fakeEvent } from './fake-electron.ts';
import { keepHostEnv, repoRoot } from '../test-files.ts';
import { buildPackage } from '../../../electron/node/packages/package.ts';
import { openStore } from '../../../electron/node/store/store.ts';
import { readDocumentsForImportNow } from '../../../electron/node/store/import.ts';

const fake = vi.hoisted(() => ({ current: undefined as FakeElectron | undefined }));
vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./fake-electron.ts');
  fake.current = createFakeElectron();
  return fake.current.electron;
});

const dir = mkdtempSync(path.join(tmpdir(), 'orgatlas-main-'));
const dataDir = path.join(dir, 'data');
const dbPath = path.join(dir, 'profile', 'orgatlas.db');
const restoreEnv = keepHostEnv();
let state: FakeElectron['state'];

beforeAll(async () => {
  mkdirSync(dataDir);
  cpSync(
    path.join(repoRoot, 'tests', 'e2e', 'fixtures', 'nanchang-stats.txt'),
    path.join(dataDir, 'nanchang-stats.txt'),
  );
  mkdirSync(path.dirname(dbPath));
  process.env.ORGATLAS_DB = dbPath;
  process.env.ORGATLAS_DATA_DIR = dataDir;
  await import('../../../electron/main/index.ts');
  state = fake.current!.state;
  await vi.waitFor(() => expect(state.windows).toHaveLength(1), { timeout: 20_000 });
});

afterAll(() => {
  state?.appEvents.emit('will-quit');
  restoreEnv();
  rmSync(dir, { recursive: true, force: true });
});

const page = 'app://orgatlas/index.html';
const trusted = (contents: FakeWebContents, url = `${page}#/`) => ({
  senderFrame: { url, parent: null },
  sender: contents,
});
const window = () => state.windows[0]!;

describe('start-up order', () => {
  it('registers app:// as a privileged standard, secure scheme before the app is ready, then handles it', () => {
    expect(state.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(state.calls.indexOf('whenReady'));
    expect(state.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect([...state.protocolHandlers.keys()]).toEqual(['app']);
  });

  it('sets a menu without zoom accelerators', () => {
    const roles = (state.menu as { role?: string; label?: string }[]).map((item) => item.role ?? item.label);
    expect(roles).toContain('editMenu');
    expect(roles).not.toContain('viewMenu');
  });
});

describe('the window', () => {
  it('is created isolated, sandboxed and without Node, and loads the app page from app://', () => {
    const { webPreferences, show } = window().options;
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(webPreferences.preload).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(show).toBe(false);
    expect(window().loaded).toEqual([page]);
  });
});

describe('the app:// handler attached', () => {
  it('refuses paths outside the renderer folder and anything but GET', async () => {
    const handle = state.protocolHandlers.get('app')!;
    expect((await handle(new Request('app://orgatlas/..%2F..%2Fpackage.json'))).status).toBe(404);
    expect((await handle(new Request('app://orgatlas/%2e%2e/%2e%2e/package.json'))).status).toBe(404);
    expect((await handle(new Request(page, { method: 'POST', body: '{}' }))).status).toBe(405);
  });
});

describe('the session', () => {
  const request = (url: string, resourceType: string) =>
    new Promise<{ cancel: boolean }>((resolve) => state.session.onBeforeRequest!({ url, resourceType }, resolve));

  it('cancels every request that is not the app, and lets the app through', async () => {
    for (const url of [
      'https://example.org/a.js',
      'http://127.0.0.1:8080/',
      'ws://localhost:1/',
      'ftp://x/',
      'file:///etc/passwd',
    ]) {
      expect(await request(url, 'script'), url).toEqual({ cancel: true });
    }
    expect(await request('data:text/javascript,alert(1)', 'script')).toEqual({ cancel: true });
    expect(await request('app://orgatlas/assets/index.js', 'script')).toEqual({ cancel: false });
    expect(await request('data:font/woff2;base64,AA', 'font')).toEqual({ cancel: false });
  });

  it('adds the strict CSP to every response', async () => {
    const headers = await new Promise<{ responseHeaders: Record<string, string[]> }>((resolve) =>
      state.session.onHeadersReceived!({ responseHeaders: { 'X-Other': ['1'] } }, resolve),
    );
    expect(headers.responseHeaders['X-Other']).toEqual(['1']);
    const csp = headers.responseHeaders['Content-Security-Policy']![0]!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-');
  });

  it('refuses every permission request, check and device', async () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const granted = await new Promise((resolve) => state.session.permissionRequest!({}, permission, resolve));
      expect(granted, permission).toBe(false);
      expect(state.session.permissionCheck!({}, permission), permission).toBe(false);
    }
    expect(state.session.devicePermission!({ deviceType: 'usb' })).toBe(false);
  });
});

describe('every web contents', () => {
  const contents = () => window().webContents;

  it('may navigate only to the app page again', () => {
    for (const url of [
      'https://example.org/',
      'file:///etc/passwd',
      'app://orgatlas/other.html',
      'javascript:alert(1)',
    ]) {
      const event = fakeEvent();
      contents().emit('will-navigate', event, url);
      expect(event.prevented, url).toBe(true);
    }
    const reload = fakeEvent();
    contents().emit('will-navigate', reload, `${page}#/chart`);
    expect(reload.prevented).toBe(false);
  });

  it('refuses frame navigation, redirects away and webviews', () => {
    const frame = fakeEvent('https://example.org/');
    contents().emit('will-frame-navigate', frame);
    expect(frame.prevented).toBe(true);
    const ownFrame = fakeEvent(`${page}#/`);
    contents().emit('will-frame-navigate', ownFrame);
    expect(ownFrame.prevented).toBe(false);
    const redirect = fakeEvent();
    contents().emit('will-redirect', redirect, 'https://example.org/');
    expect(redirect.prevented).toBe(true);
    const webview = fakeEvent();
    contents().emit('will-attach-webview', webview, {}, {});
    expect(webview.prevented).toBe(true);
  });

  it('opens no new window, and no outside link while the allow-list is empty', () => {
    for (const url of [page, 'https://www.gov.cn/', 'about:blank']) {
      expect(contents().windowOpenHandler!({ url }), url).toEqual({ action: 'deny' });
    }
    contents().emit('will-navigate', fakeEvent(), 'https://www.gov.cn/');
    expect(state.opened).toEqual([]);
  });
});

describe('the data channel', () => {
  const call = (event: unknown, method: unknown, args?: unknown) =>
    state.ipcHandlers.get('orgatlas:api')!(event, method, args);

  it('is registered with the desktop channel, and nothing else', () => {
    expect([...state.ipcHandlers.keys()].sort()).toEqual(['orgatlas:api', 'orgatlas:desktop']);
  });

  it('answers the app page from the database ORGATLAS_DB names, built from ORGATLAS_DATA_DIR', async () => {
    const offices = await call(trusted(window().webContents), 'listOffices', {});
    expect(offices).toMatchObject({ ok: true, value: [{ name: '南昌市统计局' }] });
    expect(readFileSync(dbPath).subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  it('refuses a forged sender before reading anything', async () => {
    for (const frame of [{ url: 'https://evil.example/', parent: null }, { url: page, parent: {} }, null]) {
      expect(await call({ senderFrame: frame, sender: window().webContents }, 'listOffices', {})).toEqual({
        ok: false,
        error: { code: 'bad-request', message: 'Call from an untrusted frame refused' },
      });
    }
  });

  it('refuses malformed arguments and unknown methods as values', async () => {
    expect(await call(trusted(window().webContents), 'getOffice', { officeId: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request', field: 'officeId' },
    });
    expect(await call(trusted(window().webContents), 'getOffice', { officeId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await call(trusted(window().webContents), 'constructor', {})).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });
});

describe('the desktop channel', () => {
  const call = (event: unknown, method: string, args?: unknown) =>
    state.ipcHandlers.get('orgatlas:desktop')!(event, method, args);

  it('prints the calling window with the orientation asked for', async () => {
    const contents = window().webContents;
    expect(await call(trusted(contents), 'printPage', { landscape: true })).toEqual({ ok: true, value: true });
    expect(contents.printed.at(-1)).toEqual({ printBackground: true, landscape: true });
  });

  it('saves the page as PDF where the dialog says, honouring CSS page size', async () => {
    const contents = window().webContents;
    state.saveDialogPath = path.join(dir, 'chart.pdf');
    expect(await call(trusted(contents), 'savePdf', { pageSize: 'A3', landscape: true, defaultName: 'x.pdf' })).toEqual(
      {
        ok: true,
        value: { saved: true, path: state.saveDialogPath },
      },
    );
    expect(readFileSync(state.saveDialogPath)).toEqual(contents.pdfBytes);
    expect(contents.pdfOptions.at(-1)).toEqual({
      preferCSSPageSize: true,
      printBackground: true,
      pageSize: 'A3',
      landscape: true,
    });
    state.saveDialogPath = undefined;
    expect(await call(trusted(contents), 'savePdf', {})).toEqual({
      ok: true,
      value: { saved: false, reason: 'cancelled' },
    });
  });

  it('saves a data package where the save dialog says, under a safe .orgatlas name; cancel writes nothing', async () => {
    const contents = window().webContents;
    state.saveDialogPath = path.join(dir, 'saved.orgatlas');
    const content = Buffer.from('PK package bytes').toString('base64');
    expect(await call(trusted(contents), 'savePackage', { defaultName: '../外事办', content })).toEqual({
      ok: true,
      value: { saved: true, path: state.saveDialogPath },
    });
    expect(readFileSync(state.saveDialogPath, 'utf8')).toBe('PK package bytes');
    expect(state.saveDefaults.at(-1)).toBe(path.join(state.documentsDir, '.._外事办.orgatlas'));
    state.saveDialogPath = undefined;
    expect(await call(trusted(contents), 'savePackage', { defaultName: 'x', content })).toEqual({
      ok: true,
      value: { saved: false, reason: 'cancelled' },
    });
    expect(await call(trusted(contents), 'savePackage', { defaultName: 'x', content: 'not base64!' })).toMatchObject({
      ok: false,
      error: { field: 'content' },
    });
  });

  it('refuses a bad page size, a forged sender and a caller without a window', async () => {
    expect(await call(trusted(window().webContents), 'savePdf', { pageSize: 'B99' })).toMatchObject({
      ok: false,
      error: { field: 'pageSize' },
    });
    expect(
      await call(
        { senderFrame: { url: 'https://evil.example/', parent: null }, sender: window().webContents },
        'printPage',
        {},
      ),
    ).toMatchObject({ ok: false });
    expect(await call(trusted({} as FakeWebContents), 'printPage', {})).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'No window to answer this call' },
    });
  });
});

describe('files opened through the app', () => {
  const desktopCall = (method: string, args: unknown = {}) =>
    state.ipcHandlers.get('orgatlas:desktop')!(trusted(window().webContents), method, args) as Promise<{
      ok: boolean;
      value: { files: { name: string; content: string }[]; refused: { name: string; reason: string }[] };
    }>;
  const apiCall = (method: string, args: unknown) =>
    state.ipcHandlers.get('orgatlas:api')!(trusted(window().webContents), method, args);
  const importItem = () => {
    const file = (state.menu as { label?: string; submenu?: { id?: string }[] }[]).find((m) => m.label === 'File')!;
    return file.submenu!.find((item) => item.id === 'import') as { label: string; accelerator: string; click(): void };
  };
  const officeText = '样例市外事办公室\n主要职责\n一、负责全市外事工作。\n内设机构\n一、办公室\n负责机关日常运转。\n';
  const waited = () => window().webContents.sent.filter((c) => c === 'orgatlas:files-waiting').length;

  it('File → Import… opens the system dialog for several files of every import format', async () => {
    expect(importItem()).toMatchObject({ label: 'Import…', accelerator: 'CmdOrCtrl+O' });
    state.openDialogPaths = undefined;
    const before = waited();
    importItem().click();
    await vi.waitFor(() => expect(state.openDialogs).toHaveLength(1));
    const { window: parent, options } = state.openDialogs[0]!;
    expect(parent).toBe(window());
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
    const [formats] = options.filters as { extensions: string[] }[];
    expect([...formats!.extensions].sort()).toEqual([
      'doc',
      'docx',
      'htm',
      'html',
      'mht',
      'mhtml',
      'odt',
      'ofd',
      'orgatlas',
      'pdf',
      'rtf',
      'txt',
      'wps',
    ]);
    // Cancelled: nothing is waiting and the page is not told anything.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(waited()).toBe(before);
    expect((await desktopCall('takeOpenedFiles')).value).toEqual({ files: [], refused: [] });
  });

  it('hands the chosen files, read in the main process, to the page once, and the preview takes them', async () => {
    const a = path.join(dir, '外事办.txt');
    const b = path.join(dir, 'second.html');
    writeFileSync(a, officeText);
    writeFileSync(b, `<html><body><pre>${officeText}</pre></body></html>`);
    state.openDialogPaths = [a, b];
    const before = waited();
    importItem().click();
    await vi.waitFor(() => expect(waited()).toBe(before + 1));
    const taken = await desktopCall('takeOpenedFiles');
    expect(taken.value.files.map((f) => f.name)).toEqual(['外事办.txt', 'second.html']);
    expect(Buffer.from(taken.value.files[0]!.content, 'base64').toString()).toBe(officeText);
    expect(taken.value.refused).toEqual([]);
    expect(await apiCall('previewImport', taken.value.files[0])).toMatchObject({
      ok: true,
      value: { kind: 'document', offices: [{ office: '样例市外事办公室', replaces: false }] },
    });
    expect((await desktopCall('takeOpenedFiles')).value.files).toEqual([]);
  });

  it('takes a package opened from the system (macOS open-file), and shows it as a package', async () => {
    const packed = path.join(dir, 'pack.db');
    const doc = path.join(dir, 'doc.txt');
    writeFileSync(doc, officeText);
    const store = openStore(packed, { create: true });
    store.importDocuments(readDocumentsForImportNow([doc]));
    const bytes = buildPackage(store.officesForPackage(), 'test');
    store.close();
    const pkg = path.join(dir, '外事办.orgatlas');
    writeFileSync(pkg, bytes);
    const event = fakeEvent();
    state.appEvents.emit('open-file', event, pkg);
    expect(event.prevented).toBe(true);
    const taken = await desktopCall('takeOpenedFiles');
    expect(taken.value.files.map((f) => f.name)).toEqual(['外事办.orgatlas']);
    expect(await apiCall('previewImport', taken.value.files[0])).toMatchObject({
      ok: true,
      value: { kind: 'package', package: { signer: null, trusted: false }, offices: [{ office: '样例市外事办公室' }] },
    });
  });

  it('takes the packages a second instance was started with (Windows, Linux), relative to its folder', async () => {
    mkdirSync(path.join(dir, 'usb'));
    writeFileSync(path.join(dir, 'usb', 'x.orgatlas'), 'not a package');
    const before = waited();
    state.appEvents.emit(
      'second-instance',
      {},
      ['C:\\Apps\\orgatlas.exe', '--flag', 'usb/x.orgatlas', 'notes.md'],
      dir,
    );
    expect(waited()).toBe(before + 1);
    expect(window().focused).toBeGreaterThan(0);
    const taken = await desktopCall('takeOpenedFiles');
    expect(taken.value.files.map((f) => [f.name, Buffer.from(f.content, 'base64').toString()])).toEqual([
      ['x.orgatlas', 'not a package'],
    ]);
  });

  it('refuses, in one sentence each, an opened path that is gone or is a folder', async () => {
    state.appEvents.emit('open-file', fakeEvent(), path.join(dir, 'gone.orgatlas'));
    state.appEvents.emit('open-file', fakeEvent(), path.join(dir, 'usb'));
    expect((await desktopCall('takeOpenedFiles')).value).toEqual({
      files: [],
      refused: [
        // The English line, and the typed reason the page words in its language.
        { name: 'gone.orgatlas', reason: 'gone.orgatlas: no such file', refusal: { code: 'missing', params: {} } },
        { name: 'usb', reason: 'usb: is not a regular file', refusal: { code: 'not-a-file', params: {} } },
      ],
    });
  });
});

describe('lifecycle', () => {
  it('brings the window back on a second instance, and recreates it once destroyed', () => {
    window().minimized = true;
    const focused = window().focused;
    state.appEvents.emit('second-instance', {}, ['orgatlas'], dir);
    expect(window().minimized).toBe(false);
    expect(window().focused).toBe(focused + 1);
    window().destroyed = true;
    state.appEvents.emit('second-instance', {}, ['orgatlas'], dir);
    expect(state.windows).toHaveLength(2);
    expect(state.windows[1]!.loaded).toEqual([page]);
  });

  it('quits when the last window closes (except on macOS) and reopens one on activate', () => {
    state.windows[1]!.destroyed = true;
    state.appEvents.emit('activate');
    expect(state.windows).toHaveLength(3);
    state.appEvents.emit('window-all-closed');
    expect(state.calls.includes('quit')).toBe(process.platform !== 'darwin');
  });
});
