// A browser host serving a stress database, and one page open on the app, shared by the print
// specs that print many setups in one page: a hash change keeps the app and its fonts loaded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startHost, type OwnHost } from './own-host.ts';
import { printToPdf, type Pdf } from './pdf.ts';
import { buildStressDb } from './stress-db.ts';
import type { StressOffice } from './stress-offices.ts';

export interface PrintedOffice extends StressOffice {
  id: number;
}

export interface PrintHost {
  host: OwnHost;
  /** The offices as imported, with their ids in the host's database. */
  offices: PrintedOffice[];
  page: Page;
  dir: string;
}

/** Imports the offices (the stress set by default) into a new database, serves it and opens the app. */
export async function openPrintHost(browser: Browser, prefix: string, stress?: StressOffice[]): Promise<PrintHost> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const built = buildStressDb(dir, stress);
  const host = await startHost(built.db);
  const listed = await host.api<{ id: number; name: string }[]>('listOffices');
  const offices = built.offices.map((o) => ({ ...o, id: listed.find((l) => l.name === o.name)!.id }));
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  await page.goto(`${host.origin}/#/`);
  return { host, offices, page, dir };
}

export async function closePrintHost(opened: PrintHost | undefined): Promise<void> {
  if (!opened) return;
  await opened.page.close();
  opened.host.stop();
  rmSync(opened.dir, { recursive: true, force: true });
}

/** Opens the chart route in the page and prints it once the view shows that sheet (its document title). */
export async function printRoute(page: Page, query: string, name: string, title: string | RegExp): Promise<Pdf> {
  await page.evaluate(`window.location.hash = ${JSON.stringify(`#/chart?${query}`)}`);
  await expect(page).toHaveTitle(title);
  return printToPdf(page, test.info().outputPath(`${name}.pdf`));
}
