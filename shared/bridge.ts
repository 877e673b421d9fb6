// The one object the Electron preload puts on `window.orgatlas`: two transports, for the
// data calls and for the desktop calls (shared/contract/), both answered in the main process.
// In the browser host there is no bridge and the renderer falls back to HTTP and the
// browser's own print.
import type { ApiTransport } from './api.ts';

export type { SavePdfResult } from './contract/desktop.ts';

export interface OrgAtlasBridge {
  invoke: ApiTransport;
  desktop: ApiTransport;
}
