// OFD files (GB/T 33190) -> lines: tune documents that pass as PDFs, written as OFD in the three
// ways writers place text, meet every check their expectations (written by hand for the text)
// ask; and the reader's own rules on advances, packages and bad files.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/node/documents/extract.ts';
import { expandDeltas } from '../../../electron/node/documents/ofd.ts';
import { loadDocument } from '../../../electron/node/documents/load.ts';
import { renderOfd, type RenderOfdOptions } from '../../helpers/render-ofd.ts';
import { readExpectation, scoreDocument } from '../../parser-eval/score.ts';
import { tempDirMaker } from '../test-files.ts';

const tempDir = tempDirMaker('orgatlas-ofd-');

const TUNE = path.join(import.meta.dirname, '../../parser-eval/tune');
// Notices typeset for print: a county bureau's 三定 articles, a city's budget report, a 公文 whose units are prose.
const DOCUMENTS = [
  't173-county-agriculture-sanding-articles-pdf',
  't187-city-statistics-budget-report-pdf',
  't349-county-retired-cadres-gongwen-prose-units-pdf',
];
const PLACEMENTS: [string, (office: string) => RenderOfdOptions][] = [
  ['a text object per line with its advances', () => ({})],
  [
    'a text object per character, under a running header',
    (office) => ({ perCharacter: true, header: `${office}文件` }),
  ],
  ['lines at Size 1 scaled by a CTM, unprefixed', () => ({ scaled: true, prefix: '' })],
];

describe('OFD documents read as a careful reader expects', () => {
  for (const name of DOCUMENTS) {
    for (const [how, options] of PLACEMENTS) {
      it(`${name}: ${how}`, async () => {
        const expectation = readExpectation(path.join(TUNE, `${name}.expect.json`));
        const text = readFileSync(path.join(TUNE, `${name}.txt`), 'utf8');
        const bytes = await renderOfd(text, options(expectation.office ?? ''));
        const file = path.join(tempDir(), `${name}.ofd`);
        writeFileSync(file, bytes);
        const { parsed, format } = await loadDocument(file);
        expect(format).toBe('ofd');
        const misses = scoreDocument(parsed, expectation).filter((c) => !c.ok);
        expect(misses).toEqual([]);
      });
    }
  }
});

describe('the OFD reader', () => {
  it('writes out `g n v` runs of advances between plain ones', () => {
    expect(expandDeltas('g 3 4.2 2.1 g 2 1')).toEqual([4.2, 4.2, 4.2, 2.1, 1, 1]);
    expect(expandDeltas(null)).toEqual([]);
  });

  it('follows OFD.xml to a document in any folder, its page references relative to it and in any case', async () => {
    const zip = new JSZip();
    const ns = 'xmlns:ofd="http://www.ofdspec.org/2016"';
    zip.file(
      'OFD.xml',
      `<ofd:OFD ${ns}><ofd:DocBody><ofd:DocRoot>/Docs/D1/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
    );
    zip.file(
      'Docs/D1/Document.xml',
      `<ofd:Document ${ns}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData>` +
        `<ofd:Pages><ofd:Page ID="1" BaseLoc="pages/p1/content.xml"/></ofd:Pages></ofd:Document>`,
    );
    const line = (y: number, text: string) =>
      `<ofd:TextObject ID="${y}" Boundary="25 ${y} 160 6" Size="4.2"><ofd:TextCode X="0" Y="4.2" DeltaX="g ${Array.from(text).length - 1} 4.2">${text}</ofd:TextCode></ofd:TextObject>`;
    zip.file(
      'Docs/D1/Pages/P1/Content.xml',
      `<ofd:Page ${ns}><ofd:Content><ofd:Layer ID="2">${line(40, '松岭县审计局内设机构')}${line(50, '办公室：负责机关日常运转。')}</ofd:Layer></ofd:Content></ofd:Page>`,
    );
    const extracted = await extractDocument(await zip.generateAsync({ type: 'uint8array' }));
    expect(extracted.lines).toEqual(['松岭县审计局内设机构', '办公室：负责机关日常运转。']);
  });

  it('refuses a package whose OFD.xml names no document, in one sentence', async () => {
    const zip = new JSZip();
    zip.file('OFD.xml', '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody/></ofd:OFD>');
    await expect(extractDocument(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow(
      /^is a damaged OFD file: its pages cannot be read$/,
    );
  });
});
