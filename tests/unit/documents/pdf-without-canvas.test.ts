// pdfjs-dist's optional @napi-rs/canvas (35 MB of native code) is left out of the installers
// (electron-builder.yml, checked in tests/unit/installers): reading a PDF's text must not need it. A child process reads a real
// PDF with the package made impossible to load and must find the office as written.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirMaker } from '../test-files.ts';
import { DUTIES, OFFICE_NAME, UNITS, officePdf } from './office.ts';

const tempDir = tempDirMaker('orgatlas-nocanvas-');
const child = path.join(import.meta.dirname, 'children', 'read-without-canvas.ts');

describe('PDFs without @napi-rs/canvas', () => {
  it('are read whole while the canvas package cannot be loaded', async () => {
    const file = path.join(tempDir(), 'office.pdf');
    writeFileSync(file, await officePdf());
    const out = JSON.parse(execFileSync(process.execPath, [child, file], { encoding: 'utf8' })) as Record<
      string,
      unknown
    >;
    expect(out).toEqual({
      canvasLoads: false,
      format: 'pdf',
      office: OFFICE_NAME,
      units: UNITS.map(([name]) => name),
      duties: DUTIES.length,
    });
  }, 60_000);
});
