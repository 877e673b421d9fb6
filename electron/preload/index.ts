// The sandboxed preload: exposes exactly one narrow object, `window.orgatlas`, and
// nothing of ipcRenderer itself. Every call is validated again in the main process.
import { contextBridge, ipcRenderer } from 'electron';
import type { OrgAtlasBridge } from '../../shared/bridge.ts';
import { IPC } from '../main/channels.ts';

const bridge: OrgAtlasBridge = {
  invoke: (method, args) => ipcRenderer.invoke(IPC.api, method, args ?? {}),
  desktop: (method, args) => ipcRenderer.invoke(IPC.desktop, method, args ?? {}),
};

contextBridge.exposeInMainWorld('orgatlas', bridge);
