// Writes a real file of a word processor's format from the text renderDocx writes (Word's
// automatic numbering, tables, merged cells), converted by LibreOffice (`soffice --convert-to`),
// as an office's Word, WPS or LibreOffice saves it: .doc (Word 97), .rtf, .odt. Needs LibreOffice
// Writer (Debian: libreoffice-writer-nogui).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderDocx, type RenderDocxOptions } from './render-docx.ts';

/** The formats, with LibreOffice's filter for each (`doc` needs its name: there are several). */
const FILTERS = { doc: 'doc:MS Word 97', rtf: 'rtf', odt: 'odt' } as const;

export type OfficeFormat = keyof typeof FILTERS;

export async function renderOffice(
  format: OfficeFormat,
  text: string,
  options: RenderDocxOptions = {},
): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), `orgatlas-${format}-`));
  try {
    writeFileSync(join(dir, 'notice.docx'), await renderDocx(text, options));
    // A profile of its own, so that conversions running at once do not share LibreOffice's lock.
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        FILTERS[format],
        '--outdir',
        dir,
        join(dir, 'notice.docx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return new Uint8Array(readFileSync(join(dir, `notice.${format}`)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
