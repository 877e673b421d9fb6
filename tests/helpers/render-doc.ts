// Writes a real Word 97-2003 .doc: the text as renderDocx writes it (Word's automatic
// numbering, tables, merged cells), saved as .doc by LibreOffice (`soffice --convert-to doc`),
// the way an office's older Word saves it. Needs LibreOffice Writer (Debian: libreoffice-writer-nogui).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderDocx, type RenderDocxOptions } from './render-docx.ts';

export async function renderDoc(text: string, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'orgatlas-doc-'));
  try {
    writeFileSync(join(dir, 'notice.docx'), await renderDocx(text, options));
    // A profile of its own, so that conversions running at once do not share LibreOffice's lock.
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'doc:MS Word 97',
        '--outdir',
        dir,
        join(dir, 'notice.docx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return new Uint8Array(readFileSync(join(dir, 'notice.doc')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
