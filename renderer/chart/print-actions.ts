// Printing the sheet shown: the desktop app's print and save-PDF (through the main process),
// or the browser's own print dialog. Save-PDF reports where the file went, or why it did not.
import type { TFunction } from 'i18next';
import { desktop } from '../api.ts';
import type { Setup } from './SetupPanel.tsx';

export async function printSheet(setup: Pick<Setup, 'orientation'>): Promise<void> {
  // A refused or failed print leaves nothing to report: the system dialog said what it had to.
  if (desktop) await desktop.printPage({ landscape: setup.orientation === 'landscape' }).catch(() => false);
  else window.print();
}

/** Saves the sheet as a PDF named after `docTitle`; `say` gets the sentence to show. */
export async function saveSheetPdf(
  setup: Pick<Setup, 'paper' | 'orientation'>,
  docTitle: string,
  t: TFunction<'translation', 'chart'>,
  say: (notice: string) => void,
): Promise<void> {
  if (!desktop) return;
  const failed = (message?: string) => say(message ? t('pdfFailedBecause', { message }) : t('pdfFailed'));
  try {
    const result = await desktop.savePdf({
      pageSize: setup.paper,
      landscape: setup.orientation === 'landscape',
      defaultName: `${docTitle}.pdf`,
    });
    if (result.saved) say(t('pdfSaved', { path: result.path }));
    else if (result.reason === 'failed') failed(result.message);
  } catch (err) {
    // Refused by the main process (an argument it does not accept): say so, like a failed write.
    failed(err instanceof Error ? err.message : undefined);
  }
}
