// Printing for the chart view: the system print dialog, and save-as-PDF through Chromium's
// own PDF writer so CSS @page size and orientation are honoured.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { SavePdfResult } from '../../shared/bridge.ts';
import { parsePdfOptions, parsePrintOptions, safePdfFileName } from './desktop-options.ts';

export function printPage(win: BrowserWindow, raw: unknown): Promise<boolean> {
  const args = parsePrintOptions(raw);
  if (!args.ok) return Promise.resolve(false);
  return new Promise((resolve) => {
    win.webContents.print({ printBackground: true, landscape: args.value.landscape }, (success) => resolve(success));
  });
}

export async function savePdf(win: BrowserWindow, raw: unknown): Promise<SavePdfResult> {
  const args = parsePdfOptions(raw);
  if (!args.ok) return { saved: false, reason: 'failed', message: args.message };
  const { pageSize, landscape, defaultName } = args.value;
  const choice = await dialog.showSaveDialog(win, {
    defaultPath: join(app.getPath('documents'), safePdfFileName(defaultName)),
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
