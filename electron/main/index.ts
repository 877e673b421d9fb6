// The Electron main process: opens the default database, serves the typed API over one
// IPC channel, and shows the renderer in a locked-down window.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, type IpcMainInvokeEvent } from 'electron';
import { dispatchApiCall } from '../../shared/api.ts';
import { IPC } from './channels.ts';
import { openDataSource, type DataSource } from '../node/host/data-source.ts';
import { appPageMatcher } from './app-page.ts';
import { printPage, savePdf } from './desktop.ts';
import { isTrustedSender } from './ipc-guard.ts';
import { navigationPolicy } from './navigation-policy.ts';
import { applySecurityPolicy } from './security.ts';
import { mainWindowOptions } from './window-options.ts';

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const rendererFile = join(import.meta.dirname, '../renderer/index.html');
/** Only the app's own page (any hash route) may navigate or call the API. */
const isAppPage = appPageMatcher({ rendererFileUrl: pathToFileURL(rendererFile).href, devServerUrl });

function trustedSender(event: IpcMainInvokeEvent): boolean {
  return isTrustedSender(event.senderFrame, isAppPage);
}

function dataDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'data') : join(app.getAppPath(), 'data');
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(import.meta.dirname));
  win.once('ready-to-show', () => win.show());
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(rendererFile);
  return win;
}

function registerIpc(source: DataSource): void {
  ipcMain.handle(IPC.api, (event, method: unknown, args: unknown) => {
    if (!trustedSender(event)) {
      return { ok: false, error: { code: 'bad-request', message: 'Call from an untrusted frame refused' } };
    }
    return dispatchApiCall(source.api, method, args);
  });
  const windowOf = (event: IpcMainInvokeEvent) =>
    trustedSender(event) ? BrowserWindow.fromWebContents(event.sender) : null;
  ipcMain.handle(IPC.print, (event, options: unknown) => {
    const win = windowOf(event);
    return win ? printPage(win, options) : false;
  });
  ipcMain.handle(IPC.savePdf, (event, options: unknown) => {
    const win = windowOf(event);
    return win ? savePdf(win, options) : { saved: false, reason: 'failed', message: 'untrusted frame' };
  });
}

/** A menu without zoom accelerators: the renderer handles Ctrl +/−/0 itself and remembers it. */
function installMenu(): void {
  const template: Electron.MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    ...(app.isPackaged ? [] : [{ label: 'Developer', submenu: [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }] }]),
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function main(): Promise<void> {
  // Separate profiles for parallel test runs (the single-instance lock is per profile).
  if (process.env.ORGATLAS_USER_DATA) app.setPath('userData', process.env.ORGATLAS_USER_DATA);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  applySecurityPolicy(navigationPolicy(isAppPage), devServerUrl);
  let source: DataSource;
  try {
    source = openDataSource({ dataDir: dataDir(), dbPath: process.env.ORGATLAS_DB || undefined });
  } catch (err) {
    // Before any window exists, so the UI language setting is unknown: follow the system's.
    const reason = err instanceof Error ? err.message : String(err);
    const message = app.getLocale().startsWith('zh') ? `OrgAtlas 无法打开数据库：${reason}` : `OrgAtlas could not open its database: ${reason}`;
    dialog.showErrorBox('OrgAtlas', message);
    app.exit(1);
    return;
  }
  registerIpc(source);
  installMenu();
  let win = createWindow();
  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) win = createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => source.close());
}

void main();
