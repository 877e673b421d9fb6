// The one object the Electron preload puts on `window.orgatlas`. The renderer uses
// `invoke` through its API module and `desktop` for printing; in the browser host there
// is no bridge and the renderer falls back to HTTP and the browser's own print.
import type { ApiMethod, ApiResponse } from './api.ts';

export interface PdfOptions {
  /** Paper size name understood by Chromium (`A4`, `A3`, `Letter`...). */
  pageSize?: string;
  landscape?: boolean;
  /** File name offered in the save dialog, e.g. `江西省外事办-组织结构.pdf`. */
  defaultName?: string;
}

export type SavePdfResult = { saved: true; path: string } | { saved: false; reason: 'cancelled' | 'failed'; message?: string };

export interface DesktopBridge {
  /** Opens the system print dialog for the current page. Resolves false when cancelled or failed. */
  printPage(options?: { landscape?: boolean }): Promise<boolean>;
  /** Asks where to save, then writes the current page as PDF (honouring CSS @page). */
  savePdf(options?: PdfOptions): Promise<SavePdfResult>;
}

export interface OrgAtlasBridge {
  invoke(method: ApiMethod, args: unknown): Promise<ApiResponse<unknown>>;
  desktop: DesktopBridge;
}
