// RTF -> lines, on hand-made RTF in the shapes Word, WPS and LibreOffice write: GBK `\'hh`
// bytes in the document's or the font's code page, `\uN` characters and their fallbacks,
// tables, list labels, destinations that are no body text; damaged and empty files refused.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/node/documents/extract.ts';

/** Text as `\'hh` escapes of its GBK bytes, as an RTF writer on a Chinese system stores it. */
const gbk = (text: string) => Array.from(iconv.encode(text, 'gbk'), (b) => `\\'${b.toString(16)}`).join('');
/** Text as `\uN?` escapes (one fallback character each, `\uc1`). */
const u = (text: string) =>
  Array.from(text)
    .flatMap((c) => (c.length === 2 ? [c.charCodeAt(0), c.charCodeAt(1)] : [c.charCodeAt(0)]))
    .map((n) => `\\u${n > 32767 ? n - 65536 : n}?`)
    .join('');
const rtf = (body: string) => new TextEncoder().encode(body);

const lines = async (body: string) => (await extractDocument(rtf(body))).lines;

const FONTS = `{\\fonttbl{\\f0\\fnil\\fcharset134 ${gbk('宋体')};}{\\f1\\froman\\fcharset0 Times New Roman;}}`;
const FURNITURE = `{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}{\\s1 heading 1;}}{\\info{\\title ${gbk('标题')}}{\\author wps}}{\\*\\generator WPS Office;}`;

describe('an RTF file', () => {
  it("decodes `\\'hh` bytes in the document's code page (\\ansicpg936 is GBK) and skips its tables of fonts, colours, styles and its info", async () => {
    const body = `{\\rtf1\\ansi\\ansicpg936\\deff0${FONTS}${FURNITURE}\\pard\\plain ${gbk('青石县统计局')}\\par ${gbk('主要职责')}\\par ${gbk('负责全县统计工作。')}\\par}`;
    expect(await lines(body)).toEqual(['青石县统计局', '主要职责', '负责全县统计工作。']);
  });

  it("reads `\\'hh` bytes in the code page of the font they are set in (\\fcharset134) in a document saved as Windows-1252", async () => {
    const body = `{\\rtf1\\ansi\\ansicpg1252\\deff1${FONTS}\\pard {\\f0 ${gbk('办公室')}}{\\f1 : caf\\'e9}\\par}`;
    expect(await lines(body)).toEqual(['办公室: café']);
  });

  it("reads a two-byte character whose second byte is written as itself (`\\'b5t` is GBK 祎)", async () => {
    const body = `{\\rtf1\\ansi\\ansicpg936 \\pard ${u('局长：李')}\\'b5t\\'b0\\'ec (A)\\par}`;
    expect(await lines(body)).toEqual(['局长：李祎办 (A)']);
  });

  it('reads `\\uN` characters and skips their fallbacks, one byte (\\uc1) or two (\\uc2), surrogate pairs included', async () => {
    const twoByteFallbacks = `{\\uc2\\u21150${gbk('办')}\\u20844${gbk('公')}\\u23460${gbk('室')}}`;
    const body = `{\\rtf1\\ansi\\ansicpg936 \\pard ${u('一、负责统计')}\\par ${twoByteFallbacks}\\par ${u('𠀀字')}\\par}`;
    expect(await lines(body)).toEqual(['一、负责统计', '办公室', '𠀀字']);
  });

  it('keeps list labels (\\listtext, \\pntext) as the visible text before the item, without their tab', async () => {
    const body = [
      `{\\rtf1\\ansi\\ansicpg936 {\\*\\listtable{\\list{\\listlevel{\\leveltext \\'02\\'00\\'2e;}}}}`,
      `\\pard\\ls1 {\\listtext\\pard\\plain ${u('一、')}\\tab}${u('负责统计工作。')}\\par`,
      `\\pard\\ls1 {\\listtext\\pard\\plain ${u('二、')}\\tab}${u('完成交办的任务。')}\\par`,
      `\\pard {\\pntext\\f1 1.\\tab}{\\*\\pn\\pnlvlbody\\pndec{\\pntxta .}}${u('审核数据；')}\\par}`,
    ].join('\n');
    expect(await lines(body)).toEqual(['一、负责统计工作。', '二、完成交办的任务。', '1.审核数据；']);
  });

  it('reads a table as the other readers do: a heading row left out, `名称：职责` rows, a two-paragraph cell as two lines', async () => {
    const row = (cells: string[]) =>
      `\\trowd\\cellx2000\\cellx8000 ${cells.map((c) => `\\pard\\intbl ${c}\\cell`).join(' ')}\\row`;
    const body = [
      `{\\rtf1\\ansi\\ansicpg936 \\pard ${u('内设机构')}\\par`,
      row([u('科室名称'), u('主要职责')]),
      row([u('办公室'), `${u('负责文电会务。')}\\par ${u('承担机关财务工作。')}`]),
      row([u('综合统计股'), u('负责国民经济核算。')]),
      `\\pard ${u('领导信息')}\\par}`,
    ].join('\n');
    expect(await lines(body)).toEqual([
      '内设机构',
      '办公室：负责文电会务。',
      '承担机关财务工作。',
      '综合统计股：负责国民经济核算。',
      '领导信息',
    ]);
  });

  it('leaves out headers, footers, footnotes, pictures, field instructions and hidden text, and keeps a field result', async () => {
    const body = [
      `{\\rtf1\\ansi\\ansicpg936 {\\header \\pard ${u('内部资料')}\\par}{\\footer \\pard ${u('第1页')}\\par}`,
      `\\pard ${u('详见')}{\\field{\\*\\fldinst HYPERLINK "http://example.org/"}{\\fldrslt ${u('机构职能')}}}${u('栏目')}{\\super\\chftn{\\footnote\\pard ${u('注释')}}}\\par`,
      `\\pard {\\pict\\pngblip 89504e470d0a1a0a}{\\v ${u('隐藏')}}${u('正文')}\\~${u('完')}\\par}`,
    ].join('\n');
    expect(await lines(body)).toEqual(['详见机构职能栏目', '正文 完']);
  });

  it('reads the Unicode half of an `\\upr` pair, not both', async () => {
    const body = `{\\rtf1\\ansi\\ansicpg936 \\pard {\\upr{${gbk('办公室')}}{\\*\\ud{${u('办公室')}}}}${u('：负责')}\\par}`;
    expect(await lines(body)).toEqual(['办公室：负责']);
  });

  it('skips `\\bin` data by its length, whatever bytes it holds', async () => {
    const body = `{\\rtf1\\ansi {\\*\\blipuid x}{\\pict\\bin4 {}\\}}${u('后文')}\\par}`;
    expect(await lines(body)).toEqual(['后文']);
  });

  it('is refused in one sentence when cut off (its groups do not close)', async () => {
    const whole = `{\\rtf1\\ansi\\ansicpg936 {\\fonttbl{\\f0 x;}}\\pard ${u('青石县统计局')}\\par ${u('主要职责')}\\par}`;
    await expect(extractDocument(rtf(whole.slice(0, whole.length - 20)))).rejects.toThrow(
      'is a damaged RTF file: it is cut off or its groups do not close',
    );
  });

  it('is refused in one sentence when it holds no text', async () => {
    await expect(extractDocument(rtf(`{\\rtf1\\ansi${FONTS}${FURNITURE}\\pard\\par\\par}`))).rejects.toThrow(
      'is an RTF file with no text in it',
    );
  });
});
