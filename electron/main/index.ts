// The Electron main process: serves the built renderer on app://, opens the database through
// the hosts' composition root, answers the declared calls over IPC, shows the renderer in a
// locked-down window, and hands it the files the user opens (File → Import…, a double-clicked
// .orgatlas package on any platform).
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, type IpcMainInvokeEvent } from 'electron';
import { dataCalls, desktopCalls } from '../../shared/contract/index.ts';
import { IMPORT_EXTENSIONS } from '../../shared/imports/files.ts';
import { toApiError } from '../node/api/errors.ts';
import { composeHost, type Host } from '../node/host/compose.ts';
import { appPageMatcher } from './app-page.ts';
import { APP_PAGE_URL, APP_SCHEME, appProtocolHandler, appSchemePrivileges } from './app-protocol.ts';
import { IPC } from './channels.ts';
import { desktopHandlers } from './desktop.ts';
import { ipcRoute, registerIpc } from './ipc.ts';
import { navigationPolicy } from './navigation-policy.ts';
import { importPathsInArgv, OpenedFileQueue } from './opened-files.ts';
import { applySecurityPolicy } from './security.ts';

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const rendererDir = join(import.meta.dirname, '../renderer');
/** Only the app's own page (any hash route) may navigate or call the API. */
const isAppPage = appPageMatcher(devServerUrl);

/** The shipped documents: beside the app in a package, data/ of the checkout otherwise (ORGATLAS_DATA_DIR wins). */
function shippedDataDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'data') : join(app.getAppPath(), 'data');
}

/** Before any window exists the UI language setting is unknown: follow the system's. */
function inSystemLanguage(zh: string, en: string): string {
  return app.getLocale().startsWith('zh') ? zh : en;
}

function reason(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/\s*\n\s*/g, ' ');
}

function createWindow(): BrowserWindow {
  // Written out here, not built elsewhere, so reviewers and Electronegativity see it whole:
  // the page runs sandboxed, without Node, in its own JavaScript world, with web security on;
  // its only way out is the preload's one `window.orgatlas` object.
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 640,
    minHeight: 480,
    title: 'OrgAtlas',
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // No auxclick events: a middle-click on a link cannot ask for a window (the mouse's
      // back/forward buttons use mouseup, see renderer/keyboard.ts).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(devServerUrl ?? APP_PAGE_URL);
  return win;
}

/** The window files are handed to; replaced when it is recreated. */
let win: BrowserWindow | undefined;
/** Files waiting for the page; it is told when some arrive, and asks itself when it starts. */
const opened = new OpenedFileQueue(() => {
  if (win && !win.isDestroyed()) win.webContents.send(IPC.filesWaiting);
});

/** File → Import…: the system dialog, several files at once; cancelling does nothing. */
async function importFromDialog(): Promise<void> {
  if (!win || win.isDestroyed()) return;
  const choice = await dialog.showOpenDialog(win, {
    title: inSystemLanguage('导入文件', 'Import files'),
    properties: ['openFile', 'multiSelections'],
    filters: [
      {
        name: inSystemLanguage('机构文件和数据包', 'Office documents and data packages'),
        extensions: [...IMPORT_EXTENSIONS],
      },
      { name: inSystemLanguage('所有文件', 'All files'), extensions: ['*'] },
    ],
  });
  if (!choice.canceled) opened.add(choice.filePaths);
}

function serveCalls(host: Host): void {
  registerIpc<IpcMainInvokeEvent>(ipcMain, isAppPage, [
    ipcRoute({ channel: IPC.api, declarations: dataCalls, handlersFor: () => host.api, mapError: toApiError }),
    ipcRoute({
      channel: IPC.desktop,
      declarations: desktopCalls,
      handlersFor: (event) => {
        const caller = BrowserWindow.fromWebContents(event.sender);
        return caller ? desktopHandlers(caller, opened) : null;
      },
    }),
  ]);
}

/** A menu without zoom accelerators: the renderer handles Ctrl +/−/0 itself and remembers it. */
function installMenu(): void {
  const isMac = process.platform === 'darwin';
  const template: Electron.MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: inSystemLanguage('文件', 'File'),
      submenu: [
        {
          id: 'import',
          label: inSystemLanguage('导入…', 'Import…'),
          accelerator: 'CmdOrCtrl+O',
          click: () => void importFromDialog(),
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    ...(app.isPackaged
      ? []
      : [{ label: 'Developer', submenu: [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }] }]),
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
  // macOS hands a double-clicked package over as an event, possibly before the app is ready;
  // Windows and Linux start the app with its path (or, when it runs, a second instance does).
  app.on('open-file', (event, file) => {
    event.preventDefault();
    opened.add([file]);
  });
  opened.add(importPathsInArgv(process.argv, process.cwd()));
  // Must happen before ready: app:// becomes a standard, secure origin.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: appSchemePrivileges }]);
  await app.whenReady();
  protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir));
  applySecurityPolicy(navigationPolicy(isAppPage, devServerUrl), devServerUrl);
  let host: Host;
  // What opening found (a damaged database rebuilt, lost imports), told once the window is up.
  const notices: string[] = [];
  try {
    host = composeHost({
      env: process.env,
      defaultDataDir: shippedDataDir(),
      onNotice: (s) => notices.push(s),
      serving: true,
    });
  } catch (err) {
    dialog.showErrorBox(
      'OrgAtlas',
      inSystemLanguage(
        `OrgAtlas 无法打开数据库：${reason(err)}`,
        `OrgAtlas could not open its database: ${reason(err)}`,
      ),
    );
    app.exit(1);
    return;
  }
  serveCalls(host);
  installMenu();
  win = createWindow();
  if (notices.length > 0)
    void dialog.showMessageBox(win, { type: 'warning', title: 'OrgAtlas', message: notices.join('\n') });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    // On macOS the window may be closed (destroyed) while the app keeps running.
    if (!win || win.isDestroyed()) win = createWindow();
    else {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    opened.add(importPathsInArgv(argv, workingDirectory));
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) win = createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => host.close());
}

main().catch((err: unknown) => {
  const message = inSystemLanguage(`OrgAtlas 无法启动：${reason(err)}`, `OrgAtlas could not start: ${reason(err)}`);
  process.stderr.write(`${message}\n`);
  if (app.isReady()) dialog.showErrorBox('OrgAtlas', message);
  app.exit(1);
});
