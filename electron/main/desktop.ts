// Handlers of the desktop calls (shared/contract/desktop.ts) for one window: the system
// print dialog, save-as-PDF through Chromium's own PDF writer (so CSS @page size and
// orientation are honoured), the files opened through the app, and saving a data package.
// Their arguments arrive validated (ipc.ts).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog, type BrowserWindow, type FileFilter } from 'electron';
import type { Handlers } from '../../shared/contract/define.ts';
import type { SaveFileResult } from '../../shared/contract/desktop.ts';
import type { DesktopCalls } from '../../shared/contract/index.ts';
import { safePackageFileName, safePdfFileName } from './desktop-options.ts';
import type { OpenedFileQueue } from './opened-files.ts';

/** Asks where to save (in the documents folder by default), then writes what `bytes` makes there. */
async function saveAs(
  win: BrowserWindow,
  fileName: string,
  filters: FileFilter[],
  bytes: () => Promise<Uint8Array>,
): Promise<SaveFileResult> {
  const choice = await dialog.showSaveDialog(win, { defaultPath: join(app.getPath('documents'), fileName), filters });
  if (choice.canceled || !choice.filePath) return { saved: false, reason: 'cancelled' };
  try {
    await writeFile(choice.filePath, await bytes());
    return { saved: true, path: choice.filePath };
  } catch (err) {
    return { saved: false, reason: 'failed', message: err instanceof Error ? err.message : String(err) };
  }
}

export function desktopHandlers(win: BrowserWindow, opened: OpenedFileQueue): Handlers<DesktopCalls> {
  return {
    printPage: ({ landscape }) =>
      new Promise((resolve) => {
        win.webContents.print({ printBackground: true, landscape }, (success) => resolve(success));
      }),
    savePdf: ({ pageSize, landscape, defaultName }) =>
      saveAs(win, safePdfFileName(defaultName), [{ name: 'PDF', extensions: ['pdf'] }], () =>
        win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, pageSize, landscape }),
      ),
    takeOpenedFiles: () => opened.take(),
    savePackage: ({ defaultName, content }) =>
      saveAs(
        win,
        safePackageFileName(defaultName),
        [{ name: 'OrgAtlas data package', extensions: ['orgatlas'] }],
        async () => Buffer.from(content, 'base64'),
      ),
  };
}
