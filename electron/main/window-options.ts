// The main window's options, the renderer's isolation in particular: the page runs
// sandboxed, without Node, in its own JavaScript world, with web security on; its only
// way out is the preload's one `window.orgatlas` object.
import { join } from 'node:path';

export interface MainWindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  title: string;
  show: boolean;
  webPreferences: {
    preload: string;
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    nodeIntegrationInSubFrames: false;
    webviewTag: false;
    webSecurity: true;
    allowRunningInsecureContent: false;
    spellcheck: false;
  };
}

/** `mainDir` is the folder of the built main script (out/main); the preload sits beside it. */
export function mainWindowOptions(mainDir: string): MainWindowOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 640,
    minHeight: 480,
    title: 'OrgAtlas',
    show: false,
    webPreferences: {
      preload: join(mainDir, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  };
}
