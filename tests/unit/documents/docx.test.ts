// Word files -> lines: Word's automatic numbering written out as the labels Word draws,
// tables as `名称：内容` rows, and damaged files refused in one sentence.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/node/documents/extract.ts';
import { renderDocx } from '../../helpers/render-docx.ts';

const NUMBERED = [
  '某某市审计局',
  '主要职责',
  '一、贯彻执行审计工作的方针政策和法律法规。',
  '二、负责全市审计工作，对审计工作质量进行监督。',
  '（一）对本级预算执行情况进行审计监督；',
  '（二）对国有企业和国有资本占控股地位的企业进行审计监督。',
  '三、完成市委、市政府交办的其他任务。',
  '内设机构',
  '一、办公室',
  '1.负责机关文电、会务和档案工作。',
  '2.承担机关财务和资产管理工作。',
  '二、财政审计科',
].join('\n');

describe('Word numbering', () => {
  it('is real Word numbering in the rendered file: the labels are not in its text', async () => {
    const bytes = await renderDocx(NUMBERED);
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:numPr>');
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(raw).toContain('贯彻执行审计工作的方针政策和法律法规。');
    expect(raw).not.toContain('一、贯彻执行');
    expect(raw).not.toContain('（一）');
  });

  it('comes back as the labels Word draws: nested lists, a list that goes on after them, a restart after a heading', async () => {
    expect((await extractDocument(await renderDocx(NUMBERED))).lines).toEqual(NUMBERED.split('\n'));
  });

  it('a list that starts at 十一 keeps its start', async () => {
    const text = '某某县交通运输局\n主要职责\n十一、负责全县交通运输安全生产监督管理工作。\n十二、完成县委、县政府交办的其他任务。';
    expect((await extractDocument(await renderDocx(text))).lines).toEqual(text.split('\n'));
  });
});

describe('Word tables', () => {
  it('a table of units becomes `名称：职责` rows, its heading row left out', async () => {
    const text = '某某县人力资源和社会保障局\n内设机构\n办公室：负责机关日常运转和政务信息工作。\n就业促进股：负责全县就业创业政策的组织实施。\n社会保险股：负责全县社会保险政策的组织实施。';
    const bytes = await renderDocx(text, { table: { header: ['科室', '职责'] } });
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml.match(/<w:tr[ >]/g)).toHaveLength(4);
    expect((await extractDocument(bytes)).lines).toEqual(text.split('\n'));
  });
});

describe('Word files that cannot be read', () => {
  it('a truncated .docx is one sentence', async () => {
    const bytes = await renderDocx(NUMBERED);
    await expect(extractDocument(bytes.slice(0, bytes.length - 200))).rejects.toThrow(/^is a damaged Word file \(\.docx\): its contents cannot be read$/);
  });

  it('a .docx whose document is not XML is one sentence', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(NUMBERED));
    zip.file('word/document.xml', '这不是XML');
    await expect(extractDocument(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/^is (a damaged Word file|a Word file with no text)/);
  });

  it('a Word file with no text is one sentence', async () => {
    await expect(extractDocument(await renderDocx('', { title: false }))).rejects.toThrow(/^is a Word file with no text in it$/);
  });

  it('another ZIP (a workbook, an archive) is not taken for a Word file', async () => {
    const workbook = new JSZip();
    workbook.file('[Content_Types].xml', '<Types/>');
    workbook.file('xl/workbook.xml', '<workbook/>');
    await expect(extractDocument(await workbook.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/^is an Excel workbook/);
    const archive = new JSZip();
    archive.file('readme.txt', '说明');
    await expect(extractDocument(await archive.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/^is a ZIP archive, not a document/);
  });
});
