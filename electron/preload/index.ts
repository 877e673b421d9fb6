// The sandboxed preload: exposes exactly one narrow object, `window.orgatlas`, and
// nothing of ipcRenderer itself. Every call is validated again in the main process.
import { contextBridge, ipcRenderer } from 'electron';
import type { OrgAtlasBridge } from '../../shared/bridge.ts';
import { IPC } from '../main/channels.ts';

const bridge: OrgAtlasBridge = {
  invoke: (method, args) => ipcRenderer.invoke(IPC.api, method, args ?? {}),
  desktop: (method, args) => ipcRenderer.invoke(IPC.desktop, method, args ?? {}),
  // The page learns only that files are waiting, never the IPC event or its sender.
  onFilesWaiting: (listener) => void ipcRenderer.on(IPC.filesWaiting, () => listener()),
};

contextBridge.exposeInMainWorld('orgatlas', bridge);
