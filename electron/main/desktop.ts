// Handlers of the desktop calls (shared/contract/desktop.ts) for one window: the system
// print dialog, and save-as-PDF through Chromium's own PDF writer so CSS @page size and
// orientation are honoured. Their arguments arrive validated (ipc.ts).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { Handlers } from '../../shared/contract/define.ts';
import type { DesktopCalls } from '../../shared/contract/index.ts';
import { safePdfFileName } from './desktop-options.ts';

export function desktopHandlers(win: BrowserWindow): Handlers<DesktopCalls> {
  return {
    printPage: ({ landscape }) =>
      new Promise((resolve) => {
        win.webContents.print({ printBackground: true, landscape }, (success) => resolve(success));
      }),
    async savePdf({ pageSize, landscape, defaultName }) {
      const choice = await dialog.showSaveDialog(win, {
        defaultPath: join(app.getPath('documents'), safePdfFileName(defaultName)),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (choice.canceled || !choice.filePath) return { saved: false, reason: 'cancelled' };
      try {
        const pdf = await win.webContents.printToPDF({
          preferCSSPageSize: true,
          printBackground: true,
          pageSize,
          landscape,
        });
        await writeFile(choice.filePath, pdf);
        return { saved: true, path: choice.filePath };
      } catch (err) {
        return { saved: false, reason: 'failed', message: err instanceof Error ? err.message : String(err) };
      }
    },
  };
}
