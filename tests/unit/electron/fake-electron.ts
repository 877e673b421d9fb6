// A small fake of the Electron surface the main process uses (app, BrowserWindow, ipcMain,
// protocol, session, Menu, dialog, shell). It records what the main process attaches, so a
// test can run electron/main/index.ts under Node and then drive the handlers it registered.
import { EventEmitter } from 'node:events';

type Listener = (...args: unknown[]) => unknown;

/** What a web contents' handlers are given: an event whose preventDefault is recorded. */
export interface FakeEvent {
  url?: string;
  prevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(url?: string): FakeEvent {
  return {
    url,
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: Listener | undefined;
  printed: unknown[] = [];
  /** Channels the main process sent to the page. */
  sent: string[] = [];
  pdfOptions: unknown[] = [];
  pdfBytes = Buffer.from('%PDF-1.7 fake\n');
  send(channel: string): void {
    this.sent.push(channel);
  }
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
  print(options: unknown, callback: (success: boolean) => void): void {
    this.printed.push(options);
    callback(true);
  }
  async printToPDF(options: unknown): Promise<Buffer> {
    this.pdfOptions.push(options);
    return this.pdfBytes;
  }
}

export function createFakeElectron() {
  const calls: string[] = [];
  const appEvents = new EventEmitter();
  const windows: FakeBrowserWindow[] = [];
  const ipcHandlers = new Map<string, Listener>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const privilegedSchemes: unknown[] = [];
  const errorBoxes: string[][] = [];
  const messages: string[] = [];
  const opened: string[] = [];
  const session: Record<string, Listener | undefined> = {};
  const state = {
    calls,
    appEvents,
    windows,
    ipcHandlers,
    protocolHandlers,
    privilegedSchemes,
    errorBoxes,
    messages,
    opened,
    session,
    exitCode: undefined as number | undefined,
    menu: undefined as unknown,
    documentsDir: '/tmp',
    saveDialogPath: undefined as string | undefined,
    /** What the open dialog answers: the chosen paths, or undefined for cancel. */
    openDialogPaths: undefined as string[] | undefined,
    saveDefaults: [] as string[],
    openDialogs: [] as { window: unknown; options: Record<string, unknown> }[],
    ready: false,
  };

  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows = () => windows.filter((w) => !w.destroyed);
    static fromWebContents = (contents: unknown) =>
      windows.find((w) => w.webContents === contents && !w.destroyed) ?? null;
    readonly options: { show?: boolean; webPreferences: Record<string, unknown> };
    readonly webContents = new FakeWebContents();
    loaded: string[] = [];
    destroyed = false;
    minimized = false;
    focused = 0;
    constructor(options: FakeBrowserWindow['options']) {
      super();
      this.options = options;
      windows.push(this);
      calls.push('new BrowserWindow');
      // Electron emits this for every web contents it creates.
      appEvents.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed = () => this.destroyed;
    isMinimized = () => this.minimized;
    restore = () => void (this.minimized = false);
    focus = () => void this.focused++;
    show = () => undefined;
  }

  const app = {
    isPackaged: false,
    on: (event: string, listener: Listener) => void appEvents.on(event, listener),
    whenReady: () => {
      calls.push('whenReady');
      state.ready = true;
      return Promise.resolve();
    },
    isReady: () => state.ready,
    requestSingleInstanceLock: () => true,
    quit: () => void calls.push('quit'),
    exit: (code: number) => void (state.exitCode = code),
    setPath: (name: string, value: string) => void calls.push(`setPath ${name} ${value}`),
    getPath: (name: string) => (name === 'documents' ? state.documentsDir : `/fake/${name}`),
    getAppPath: () => '/fake/app',
    getLocale: () => 'en-US',
  };

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: (channel: string, listener: Listener) => void ipcHandlers.set(channel, listener) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        calls.push('registerSchemesAsPrivileged');
        privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        void protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        webRequest: {
          onBeforeRequest: (listener: Listener) => void (session.onBeforeRequest = listener),
          onHeadersReceived: (listener: Listener) => void (session.onHeadersReceived = listener),
        },
        setPermissionRequestHandler: (handler: Listener) => void (session.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => void (session.permissionCheck = handler),
        setDevicePermissionHandler: (handler: Listener) => void (session.devicePermission = handler),
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => void (state.menu = menu),
    },
    dialog: {
      showErrorBox: (title: string, content: string) => void errorBoxes.push([title, content]),
      showMessageBox: async (_win: unknown, options: { message: string }) => {
        messages.push(options.message);
        return { response: 0 };
      },
      showOpenDialog: async (window: unknown, options: Record<string, unknown>) => {
        state.openDialogs.push({ window, options });
        return state.openDialogPaths
          ? { canceled: false, filePaths: state.openDialogPaths }
          : { canceled: true, filePaths: [] };
      },
      showSaveDialog: async (_window: unknown, options: { defaultPath?: string }) => {
        state.saveDefaults.push(options.defaultPath ?? '');
        return state.saveDialogPath
          ? { canceled: false, filePath: state.saveDialogPath }
          : { canceled: true, filePath: '' };
      },
    },
    shell: { openExternal: async (url: string) => void opened.push(url) },
  };
  return { electron, state };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
