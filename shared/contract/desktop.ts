// The desktop app's own calls: printing, saving the current page as PDF, taking the files the
// user opened through the app (File → Import…, a double-clicked package) and saving a data
// package where the user says. Only the Electron shell serves them (the browser host has the
// browser's print, file picker and downloads instead).
import { z } from 'zod';
import type { OpenedFiles } from '../imports/files.ts';
import { call } from './define.ts';
import { base64Content } from './fields.ts';

/** Paper sizes Chromium's printToPDF knows by name. */
export const pdfPageSizes = ['A0', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'Legal', 'Letter', 'Tabloid', 'Ledger'] as const;

export type SavePdfResult =
  { saved: true; path: string } | { saved: false; reason: 'cancelled' | 'failed'; message?: string };
export type SaveFileResult = SavePdfResult;

export const desktopCalls = {
  /** Opens the system print dialog for the current page; false when cancelled or failed. */
  printPage: call<boolean>()(z.strictObject({ landscape: z.boolean().optional() })),
  /** Asks where to save, then writes the current page as PDF (honouring CSS @page). */
  savePdf: call<SavePdfResult>()(
    z.strictObject({
      pageSize: z.enum(pdfPageSizes).optional(),
      landscape: z.boolean().optional(),
      /** File name offered in the save dialog, e.g. `江西省外事办-组织结构.pdf`. */
      defaultName: z.string().max(200).optional(),
    }),
  ),
  /** The files opened through the app since the last call (read and checked in the main process). */
  takeOpenedFiles: call<OpenedFiles>()(z.strictObject({})),
  /** Asks where to save, then writes the data package (base64) there. */
  savePackage: call<SaveFileResult>()(z.strictObject({ defaultName: z.string().max(200), content: base64Content })),
};
