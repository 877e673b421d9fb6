// Printing for the chart view: the system print dialog, and save-as-PDF through Chromium's
// own PDF writer so CSS @page size and orientation are honoured.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { z } from 'zod';
import type { SavePdfResult } from '../../shared/bridge.ts';

const pageSizes = ['A0', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'Legal', 'Letter', 'Tabloid', 'Ledger'] as const;

const printArgs = z.strictObject({ landscape: z.boolean().optional() });
const pdfArgs = z.strictObject({
  pageSize: z.enum(pageSizes).optional(),
  landscape: z.boolean().optional(),
  defaultName: z.string().max(200).optional(),
});

export function printPage(win: BrowserWindow, raw: unknown): Promise<boolean> {
  const args = printArgs.safeParse(raw ?? {});
  if (!args.success) return Promise.resolve(false);
  return new Promise((resolve) => {
    win.webContents.print({ printBackground: true, landscape: args.data.landscape }, (success) => resolve(success));
  });
}

/** A file name without folders or characters that file systems reject. */
function safeFileName(name: string | undefined): string {
  const base = (name ?? 'OrgAtlas.pdf').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || 'OrgAtlas.pdf';
  return base.toLowerCase().endsWith('.pdf') ? base : `${base}.pdf`;
}

export async function savePdf(win: BrowserWindow, raw: unknown): Promise<SavePdfResult> {
  const args = pdfArgs.safeParse(raw ?? {});
  if (!args.success) return { saved: false, reason: 'failed', message: 'invalid PDF options' };
  const { pageSize, landscape, defaultName } = args.data;
  const choice = await dialog.showSaveDialog(win, {
    defaultPath: join(app.getPath('documents'), safeFileName(defaultName)),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (choice.canceled || !choice.filePath) return { saved: false, reason: 'cancelled' };
  try {
    const pdf = await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, pageSize, landscape });
    await writeFile(choice.filePath, pdf);
    return { saved: true, path: choice.filePath };
  } catch (err) {
    return { saved: false, reason: 'failed', message: err instanceof Error ? err.message : String(err) };
  }
}
