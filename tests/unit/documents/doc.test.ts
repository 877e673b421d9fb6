// Word 97-2003 .doc files -> lines, on a real .doc (tests/fixtures/word97, saved by
// LibreOffice): recognised by content as OLE2 with a WordDocument stream, read through
// word-extractor, tables as `名称：内容` rows; other OLE2 files and damaged ones get one sentence.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docTextLines } from '../../../electron/node/documents/doc.ts';
import { extractDocument } from '../../../electron/node/documents/extract.ts';
import { sniffFormat } from '../../../electron/node/documents/sniff.ts';
import { parseDocument } from '../../../shared/parser/index.ts';

const DOC = new Uint8Array(readFileSync(path.join(import.meta.dirname, '../../fixtures/word97/songling-sifa.doc')));

/** The fixture with its `WordDocument` directory entry renamed (same length in UTF-16), as another OLE2 file would name its streams. */
function renamedStream(name: string): Uint8Array {
  const from = Buffer.from('WordDocument', 'utf16le');
  const to = Buffer.alloc(from.length);
  Buffer.from(name, 'utf16le').copy(to);
  const bytes = Buffer.from(DOC);
  const at = bytes.indexOf(from);
  expect(at).toBeGreaterThan(0);
  to.copy(bytes, at);
  return new Uint8Array(bytes);
}

describe('a Word 97-2003 .doc file', () => {
  it('is recognised by its content (OLE2 with a WordDocument stream), whatever it is called', () => {
    expect(Array.from(DOC.subarray(0, 4))).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    expect(sniffFormat(DOC)).toEqual({ format: 'doc' });
  });

  it('comes back as its paragraphs, the units table as `名称：职责` rows (a two-paragraph cell as two lines)', async () => {
    const result = await extractDocument(DOC);
    expect(result).toMatchObject({ format: 'doc', encoding: 'doc' });
    expect(result.lines).toEqual([
      '松岭县司法局',
      '松岭县司法局是县政府工作部门，为正科级，挂县委全面依法治县委员会办公室牌子。',
      '一、主要职责',
      '（一）贯彻落实党中央关于全面依法治国的决策部署，承担县委全面依法治县委员会办公室的日常工作。',
      '（二）负责全县公共法律服务体系建设，统筹城乡、区域法律服务资源。',
      '1.指导和监督律师、公证、司法鉴定和法律援助工作；',
      '2.负责人民调解和基层法治宣传工作。',
      '（三）负责全县社区矫正工作，指导和监督社区矫正机构开展工作。',
      '（四）完成县委、县政府交办的其他任务。',
      '二、内设机构',
      '办公室：负责机关文电、会务、机要和档案工作。',
      '承担机关财务和后勤保障工作。',
      '法治督察股：负责法治建设督察工作，承担依法治县考核的具体工作。',
      '公共法律服务股：负责律师、公证和法律援助工作的指导和监督。',
      '社区矫正股：负责社区矫正对象的监督管理和教育帮扶工作。',
      '三、领导信息',
      '局长：程远航',
      '联系电话：0738-5512345',
    ]);
  });

  it('parses through the same parser: the office, its four units with their duties, its leader', async () => {
    const parsed = parseDocument((await extractDocument(DOC)).lines.join('\n'));
    expect(parsed.office.name).toBe('松岭县司法局');
    expect(parsed.office.units.map((u) => [u.name, u.duties.length])).toEqual([
      ['办公室', 2],
      ['法治督察股', 1],
      ['公共法律服务股', 1],
      ['社区矫正股', 1],
    ]);
    expect(parsed.office.people.map((p) => [p.title, p.name])).toEqual([['局长', '程远航']]);
  });

  it('a damaged .doc is one sentence: its text tables overwritten, or the file cut short', async () => {
    const damaged = Buffer.from(DOC).fill(0, 512, 1536);
    await expect(extractDocument(new Uint8Array(damaged))).rejects.toThrow(
      /^is a Word 97-2003 file \(\.doc\) that cannot be read \(damaged or password-protected\); save it as \.docx$/,
    );
    // LibreOffice writes the directory last: a file cut short names no Word stream at all.
    await expect(extractDocument(DOC.slice(0, 4000))).rejects.toThrow(
      /^is an old-style Office or WPS file that is not read/,
    );
  });
});

describe('other old-style Office files (OLE2) are one sentence each', () => {
  it('an Excel 97-2003 workbook, and one with no Word text (an older .wps, say)', async () => {
    await expect(extractDocument(renamedStream('Workbook'))).rejects.toThrow(/^is an Excel 97-2003 workbook \(\.xls\)/);
    await expect(extractDocument(renamedStream('WpsContent'))).rejects.toThrow(
      /^is an old-style Office or WPS file that is not read \(it holds no Word text, or is damaged\); save it as \.docx or PDF$/,
    );
  });
});

describe("docTextLines (word-extractor's text: a newline ends a paragraph, a tab ends a cell)", () => {
  it('reads a table that ends the document, and a leaders table as `职务：姓名`', () => {
    expect(docTextLines('某某县统计局\r领导信息\n姓名\t职务\t\n王一\t局长\t\n李二\t副局长\t\n')).toEqual([
      '某某县统计局',
      '领导信息',
      '局长：王一',
      '副局长：李二',
    ]);
  });

  it('leaves out the control characters Word keeps for fields and pictures', () => {
    expect(docTextLines('\u0013 PAGE \u0014办公室\u0015\u0001\n')).toEqual([' PAGE 办公室'.trim()]);
  });
});
