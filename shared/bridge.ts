// The one object the Electron preload puts on `window.orgatlas`: two transports, for the
// data calls and for the desktop calls (shared/contract/), both answered in the main process,
// and a signal that files opened through the app are waiting.
// In the browser host there is no bridge and the renderer falls back to HTTP and the
// browser's own print.
import type { ApiTransport } from './api.ts';

export type { SavePdfResult } from './contract/desktop.ts';

export interface OrgAtlasBridge {
  invoke: ApiTransport;
  desktop: ApiTransport;
  /** Called when the user has opened files through the app (take them with desktop.takeOpenedFiles). */
  onFilesWaiting(listener: () => void): void;
}
