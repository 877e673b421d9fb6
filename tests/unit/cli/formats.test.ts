// `orgatlas parse` and `import` on the formats, as real subprocesses: the same office as
// text, web page, Word file, RTF, OpenDocument text, PDF and OFD gives the same units and duties (typed by hand in
// documents/office.ts), formats are recognised by content, and a bad file of each format is
// one line on stderr, a non-zero exit and an unchanged database.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../shared/types.ts';
import { renderPdf, renderScannedPdf } from '../../helpers/render-pdf.ts';
import { renderDocx } from '../../helpers/render-docx.ts';
import { renderOfd, renderScannedOfd } from '../../helpers/render-ofd.ts';
import { renderOffice } from '../../helpers/render-office.ts';
import {
  DUTIES,
  LARGE_DUTIES,
  LARGE_NAME,
  LARGE_TEXT,
  LARGE_UNITS,
  largeHtml,
  OFFICE_NAME,
  OFFICE_TEXT,
  officeDocx,
  officeHtml,
  officePdf,
  UNITS,
} from '../documents/office.ts';
import { expectOneLineFailure, orgatlas, tempDir } from './run.ts';

let files: Record<'text' | 'html' | 'docx' | 'rtf' | 'odt' | 'pdf' | 'ofd', Uint8Array>;

/** The office's Word file as LibreOffice saves it in another word processor's format. */
const officeAs = (format: 'rtf' | 'odt') =>
  renderOffice(format, OFFICE_TEXT, { table: { header: ['科室名称', '主要职责'] } });

beforeAll(async () => {
  files = {
    text: new TextEncoder().encode(OFFICE_TEXT),
    html: new TextEncoder().encode(officeHtml()),
    docx: await officeDocx(),
    rtf: await officeAs('rtf'),
    odt: await officeAs('odt'),
    pdf: await officePdf(),
    // A character to a text object under a running header, as some e-document systems write.
    ofd: await renderOfd(OFFICE_TEXT, { perCharacter: true, header: `${OFFICE_NAME}文件` }),
  };
}, 180_000);

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, bytes);
  return file;
}

function parse(file: string): ParsedDocument {
  const run = orgatlas(['parse', file, '--json']);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as ParsedDocument;
}

/** What a reader checks: the office, its duties and each unit with its duties. */
const shape = (doc: ParsedDocument) => ({
  name: doc.office.name,
  duties: doc.office.duties.map((d) => d.text),
  units: doc.office.units.map((u) => [u.name, u.duties.map((d) => d.text)]),
});

const expected = { name: OFFICE_NAME, duties: DUTIES, units: UNITS.map(([name, duty]) => [name, [duty]]) };

describe('orgatlas parse reads every format', () => {
  for (const [format, name] of [
    ['text', 'office.txt'],
    ['html', 'office.html'],
    ['docx', 'office.docx'],
    ['rtf', 'office.rtf'],
    ['odt', 'office.odt'],
    ['pdf', 'office.pdf'],
    ['ofd', 'office.ofd'],
  ] as const) {
    it(`${format}: the office, its ${DUTIES.length} duties and ${UNITS.length} units with their duties`, () => {
      const doc = parse(write(name, files[format]));
      expect(shape(doc)).toEqual(expected);
      expect(doc.office.duties.map((d) => d.label)).toEqual(['一', '二', '三', '四', '五']);
      expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    });
  }

  it('reads a GBK web page by its declared charset', () => {
    expect(shape(parse(write('office-gbk.htm', iconv.encode(officeHtml('gb2312'), 'gbk'))))).toEqual(expected);
  });

  it('says in the human-readable output which format the file was read as', () => {
    const file = write('office.doc.txt', files.docx);
    const run = orgatlas(['parse', file]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(`${OFFICE_NAME}  (${file}, read as Word file)`);
  });

  it('reads a Word 97-2003 .doc (a real one, saved by LibreOffice) by its content, through the same parser', () => {
    const doc = path.join(import.meta.dirname, '../../fixtures/word97/songling-sifa.doc');
    const file = write('sifa.txt', readFileSync(doc));
    const run = orgatlas(['parse', file]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(`松岭县司法局  (${file}, read as Word 97-2003 file)`);
    expect(parse(file).office.units.map((u) => u.name)).toEqual([
      '办公室',
      '法治督察股',
      '公共法律服务股',
      '社区矫正股',
    ]);
  });

  it('reads a Kingsoft WPS .wps (Word 97 streams under another name) as a Word 97-2003 file', () => {
    const doc = path.join(import.meta.dirname, '../../fixtures/word97/songling-sifa.doc');
    const file = write('sifa.wps', readFileSync(doc));
    const run = orgatlas(['parse', file]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(`松岭县司法局  (${file}, read as Word 97-2003 file)`);
  });

  it('says an RTF file and an OpenDocument text were read as such', () => {
    for (const [format, words] of [
      ['rtf', 'RTF file'],
      ['odt', 'OpenDocument text file'],
    ] as const) {
      const file = write(`office.${format}`, files[format]);
      const run = orgatlas(['parse', file]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout.split('\n')[0]).toBe(`${OFFICE_NAME}  (${file}, read as ${words})`);
    }
  });

  it('recognises each format by its content, whatever the file is called', () => {
    for (const format of ['html', 'docx', 'rtf', 'odt', 'pdf', 'ofd'] as const) {
      expect(shape(parse(write(`office-${format}.txt`, files[format])))).toEqual(expected);
    }
  });

  it("a PDF's `line` points at the extracted line that holds the item, its wrapped lines joined", () => {
    const file = write('office.pdf', files.pdf);
    // As printed, duty 三 runs over two lines of the page.
    const printed = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(printed).toContain(DUTIES[2]!.slice(0, 10));
    expect(printed).not.toContain(`三、${DUTIES[2]}`);
    const doc = parse(file);
    expect(doc.office.duties[2]!.line).toBe(7);
    expect(doc.office.units[0]!.line).toBe(11);
    const db = path.join(tempDir(), 'a.db');
    expect(orgatlas(['import', file, '--db', db]).status).toBe(0);
    const exported = JSON.parse(orgatlas(['export', '--db', db, '--format', 'json']).stdout) as {
      sources: { lines: string[] }[];
    };
    expect(exported.sources[0]!.lines[6]).toBe(`三、${DUTIES[2]}`);
    expect(exported.sources[0]!.lines[10]).toBe(`${UNITS[0]![0]}：${UNITS[0]![1]}`);
  });
});

describe('a larger office (ten units numbered （一）…, their duties 1. 2. under them) in every format', () => {
  const expectedLarge = {
    name: LARGE_NAME,
    duties: LARGE_DUTIES,
    units: LARGE_UNITS.map((u) => [u.name, u.kind, u.duties]),
  };
  const largeShape = (doc: ParsedDocument) => ({
    name: doc.office.name,
    duties: doc.office.duties.map((d) => d.text),
    units: doc.office.units.map((u) => [u.name, u.kind, u.duties.map((d) => d.text)]),
  });
  let large: Record<'text' | 'html' | 'docx' | 'pdf' | 'ofd', Uint8Array>;
  beforeAll(async () => {
    large = {
      text: new TextEncoder().encode(LARGE_TEXT),
      html: new TextEncoder().encode(largeHtml()),
      docx: await renderDocx(LARGE_TEXT),
      pdf: await renderPdf(LARGE_TEXT, { header: `${LARGE_NAME}文件` }),
      // Lines at Size 1 scaled by their CTM, without a namespace prefix, as converters write them.
      ofd: await renderOfd(LARGE_TEXT, { header: `${LARGE_NAME}文件`, scaled: true, prefix: '' }),
    };
  });

  for (const format of ['text', 'html', 'docx', 'pdf', 'ofd'] as const) {
    it(`${format}: the same office, six duties and ten units with their duties`, () => {
      const doc = parse(write(`large.${format === 'text' ? 'txt' : format}`, large[format]));
      expect(largeShape(doc)).toEqual(expectedLarge);
      expect(doc.office.aliases).toEqual(['市地震局']);
      expect(doc.office.units.every((u) => u.units.length === 0)).toBe(true);
    });
  }

  it('the PDF runs over two pages, its page numbers and running header left out', () => {
    const file = write('large.pdf', large.pdf);
    const printed = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(printed.split('\f').filter((p) => p.trim()).length).toBeGreaterThanOrEqual(2);
    const doc = parse(file);
    expect(JSON.stringify(doc.office)).not.toMatch(/文件"|- 2 -/);
  });
});

describe('orgatlas import of each format', () => {
  it('imports the web page, the Word file, the RTF file, the OpenDocument text, the PDF and the OFD file; the stored source is the extracted text', () => {
    const db = path.join(tempDir(), 'atlas.db');
    for (const [format, name] of [
      ['html', 'office.html'],
      ['docx', 'office.docx'],
      ['rtf', 'office.rtf'],
      ['odt', 'office.odt'],
      ['pdf', 'office.pdf'],
      ['ofd', 'office.ofd'],
    ] as const) {
      const run = orgatlas(['import', write(name, files[format]), '--db', db]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(
        new RegExp(
          `^imported .*${name} \\((web page|Word file|RTF file|OpenDocument text file|PDF|OFD file)\\): ${OFFICE_NAME} \\(4 units, 9 duties\\)`,
        ),
      );
      const exported = JSON.parse(orgatlas(['export', '--db', db, '--format', 'json']).stdout) as {
        sources: { path: string; encoding: string; lines: string[] }[];
      };
      expect(exported.sources).toHaveLength(1);
      expect(exported.sources[0]!.path).toBe(name);
      expect(exported.sources[0]!.encoding).toBe(format === 'html' ? 'html:utf-8' : format);
      expect(exported.sources[0]!.lines).toContain(`内设机构`);
      expect(exported.sources[0]!.lines).toContain(`二、${DUTIES[1]}`);
    }
    const search = JSON.parse(orgatlas(['search', '种植业管理股', '--db', db, '--json']).stdout) as {
      hits: { unit: string | null }[];
    };
    expect(search.hits[0]!.unit).toBe('种植业管理股');
  }, 180_000);
});

describe('bad files of each format', () => {
  const seeded = () => {
    const db = path.join(tempDir(), 'atlas.db');
    const run = orgatlas(['import', write('office.txt', files.text), '--db', db]);
    expect(run.status, run.stderr).toBe(0);
    return db;
  };

  const bad: [string, () => Promise<Uint8Array | string>, RegExp][] = [
    ['a corrupt .docx', async () => files.docx.slice(0, files.docx.length >> 1), /bad\.docx: is a damaged Word file/],
    [
      'an encrypted PDF',
      () => renderPdf(OFFICE_TEXT, { password: 'secret' }),
      /bad\.pdf: is a password-protected \(encrypted\) PDF/,
    ],
    ['a scanned PDF', () => renderScannedPdf(OFFICE_TEXT), /bad\.pdf: is a PDF with no text layer .*OCR/],
    ['a corrupt PDF', async () => files.pdf.slice(0, 400), /bad\.pdf: is a damaged PDF/],
    ['a scanned OFD file', () => renderScannedOfd(), /bad\.ofd: is an OFD file with no text in it .*OCR/],
    ['a corrupt OFD file', async () => files.ofd.slice(0, files.ofd.length >> 1), /bad\.ofd: is a damaged OFD file/],
    ['a cut-off RTF file', async () => files.rtf.slice(0, files.rtf.length >> 1), /bad\.rtf: is a damaged RTF file/],
    [
      'a corrupt OpenDocument text',
      async () => files.odt.slice(0, files.odt.length >> 1),
      /bad\.odt: is a damaged OpenDocument text file/,
    ],
    [
      'a Microsoft Works .wps',
      async () =>
        Uint8Array.from([
          ...[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
          ...new Array(504).fill(0),
          ...Buffer.from('MatOST', 'utf16le'),
        ]),
      /bad\.wps: is a Microsoft Works document \(\.wps\), which is not read/,
    ],
    [
      'a web page with no office content',
      async () =>
        '<!doctype html><html><body><ul class="nav"><li><a href="/">首页</a></li><li><a href="/a">新闻中心</a></li></ul><div class="footer">版权所有</div></body></html>',
      /bad\.html: is a web page with no office content/,
    ],
    [
      'an old-style Office file with no Word text in it',
      async () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
      /bad\.doc: is an old-style Office or WPS file that is not read/,
    ],
  ];

  for (const [what, make, message] of bad) {
    it(`${what}: parse exits 2 with one line; import leaves the database as it was`, async () => {
      const name = /bad\.\w+/.exec(message.source.replace(/\\/g, ''))![0];
      const file = write(name, await make());
      expectOneLineFailure(orgatlas(['parse', file, '--json']), message, 2);
      const db = seeded();
      const before = readFileSync(db);
      expectOneLineFailure(orgatlas(['import', write('good.txt', files.text), file, '--db', db]), message);
      expect(readFileSync(db).equals(before)).toBe(true);
    });
  }

  it('a copy of a good file still imports (the failures above are the files, not the database)', () => {
    const db = seeded();
    const copy = path.join(tempDir(), 'again.docx');
    copyFileSync(write('office.docx', files.docx), copy);
    expect(orgatlas(['import', copy, '--db', db]).status).toBe(0);
  });
});
