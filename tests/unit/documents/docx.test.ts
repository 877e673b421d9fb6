// Word files -> lines: Word's automatic numbering written out as the labels Word draws,
// tables as `名称：内容` rows, and damaged files refused in one sentence.
import {
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
} from 'docx';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { withFieldResults } from '../../../electron/node/documents/docx.ts';
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
    const text =
      '某某县交通运输局\n主要职责\n十一、负责全县交通运输安全生产监督管理工作。\n十二、完成县委、县政府交办的其他任务。';
    expect((await extractDocument(await renderDocx(text))).lines).toEqual(text.split('\n'));
  });
});

describe('Word tables', () => {
  it('a table of units becomes `名称：职责` rows, its heading row left out', async () => {
    const text =
      '某某县人力资源和社会保障局\n内设机构\n办公室：负责机关日常运转和政务信息工作。\n就业促进股：负责全县就业创业政策的组织实施。\n社会保险股：负责全县社会保险政策的组织实施。';
    const bytes = await renderDocx(text, { table: { header: ['科室', '职责'] } });
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml.match(/<w:tr[ >]/g)).toHaveLength(4);
    expect((await extractDocument(bytes)).lines).toEqual(text.split('\n'));
  });
});

describe('Word notes', () => {
  it('footnotes and their marks are left out of the text', async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('脚注：本文件自印发之日起施行。')] } },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('某某县统计局主要职责'), new FootnoteReferenceRun(1)] }),
            new Paragraph('负责全县统计工作。'),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    expect((await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value).toContain('本文件自印发之日起施行');
    expect((await extractDocument(bytes)).lines).toEqual(['某某县统计局主要职责', '负责全县统计工作。']);
  });
});

describe('Word fields', () => {
  it('a simple field reads as its last result: a template’s DOCPROPERTY office name, a DATE', async () => {
    const bytes = await renderDocx(
      '{=DOCPROPERTY Company|云溪县市场监督管理局=}机构职能\n更新日期：{=DATE|2025年6月30日=}',
    );
    expect((await extractDocument(bytes)).lines).toEqual(['云溪县市场监督管理局机构职能', '更新日期：2025年6月30日']);
  });

  it('a field with no result leaves nothing', () => {
    expect(withFieldResults('<w:p><w:fldSimple w:instr="PAGE"/><w:r><w:t>正文</w:t></w:r></w:p>')).toBe(
      '<w:p><w:r><w:t>正文</w:t></w:r></w:p>',
    );
  });
});

describe('Word files that cannot be read', () => {
  it('a truncated .docx is one sentence', async () => {
    const bytes = await renderDocx(NUMBERED);
    await expect(extractDocument(bytes.slice(0, bytes.length - 200))).rejects.toThrow(
      /^is a damaged Word file \(\.docx\): its contents cannot be read$/,
    );
  });

  it('a .docx whose document is not XML is one sentence', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(NUMBERED));
    zip.file('word/document.xml', '这不是XML');
    await expect(extractDocument(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow(
      /^is (a damaged Word file|a Word file with no text)/,
    );
  });

  it('a Word file with no text is one sentence', async () => {
    await expect(extractDocument(await renderDocx('', { title: false }))).rejects.toThrow(
      /^is a Word file with no text in it$/,
    );
  });

  it('another ZIP (a workbook, an archive) is not taken for a Word file', async () => {
    const workbook = new JSZip();
    workbook.file('[Content_Types].xml', '<Types/>');
    workbook.file('xl/workbook.xml', '<workbook/>');
    await expect(extractDocument(await workbook.generateAsync({ type: 'uint8array' }))).rejects.toThrow(
      /^is an Excel workbook/,
    );
    const archive = new JSZip();
    archive.file('readme.txt', '说明');
    await expect(extractDocument(await archive.generateAsync({ type: 'uint8array' }))).rejects.toThrow(
      /^is a ZIP archive, not a document/,
    );
  });
});

/** A minimal .docx written by hand, for numbering shapes the renderer does not make. */
async function handDocx(body: string, numbering: string, styles = ''): Promise<Uint8Array> {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  );
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  zip.file('word/numbering.xml', `<?xml version="1.0"?><w:numbering ${W}>${numbering}</w:numbering>`);
  zip.file('word/styles.xml', `<?xml version="1.0"?><w:styles ${W}>${styles}</w:styles>`);
  return zip.generateAsync({ type: 'uint8array' });
}

const level = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const para = (text: string, numId?: number, ilvl = 0, style?: string) =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numId !== undefined ? `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>` : ''}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe('Word content controls and complex fields, as templates and WPS write them', () => {
  it('reads a content control’s text and a field’s result, not its instruction', async () => {
    const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
    const fldChar = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
    const body =
      // A block content control around the title, an inline one around the office's name.
      `<w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr><w:sdtContent><w:p>${run('云溪县统计局机构职能')}</w:p></w:sdtContent></w:sdt>` +
      `<w:p><w:sdt><w:sdtPr/><w:sdtContent>${run('云溪县统计局')}</w:sdtContent></w:sdt>${run('是县政府工作部门。')}</w:p>` +
      // A DOCPROPERTY field written as begin / instrText / separate / result / end runs.
      `<w:p>${run('更新日期：')}${fldChar('begin')}<w:r><w:instrText xml:space="preserve"> DATE \\@ "yyyy年M月d日" </w:instrText></w:r>${fldChar('separate')}${run('2025年6月30日')}${fldChar('end')}</w:p>`;
    expect((await extractDocument(await handDocx(body, ''))).lines).toEqual([
      '云溪县统计局机构职能',
      '云溪县统计局是县政府工作部门。',
      '更新日期：2025年6月30日',
    ]);
  });
});

describe('Word numbering as Word counts it', () => {
  it('lists of one definition count on; a start override restarts; levels, bullets and numId 0', async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'decimal', '%1.%2', '<w:isLgl/>')}${level(2, 'decimal', '%1-%3')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${level(0, 'bullet', '●')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
      '<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>';
    const body = [
      para('某某县司法局'),
      para('负责全县法治宣传工作。', 1),
      para('组织实施普法规划。', 1, 1),
      para('指导法治文化建设。', 1, 1),
      para('开展法治文化活动。', 1, 2),
      para('负责全县人民调解工作。', 2),
      para('不编号的说明。', 0),
      para('办公室', 3),
      para('一项要点', 4),
    ].join('');
    expect((await extractDocument(await handDocx(body, numbering))).lines).toEqual([
      '某某县司法局',
      '一、负责全县法治宣传工作。',
      '1.1组织实施普法规划。',
      '1.2指导法治文化建设。',
      // Without w:isLgl each number keeps its own level's style: Word shows 一-1.
      '一-1开展法治文化活动。',
      '二、负责全县人民调解工作。',
      '不编号的说明。',
      '一、办公室',
      '一项要点',
    ]);
  });

  it('a heading style linked to a list numbers its paragraphs: 第一章, 第二章', async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="5">${level(0, 'chineseCountingThousand', '第%1章')}</w:abstractNum>` +
      '<w:num w:numId="9"><w:abstractNumId w:val="5"/></w:num>';
    const styles =
      '<w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="Chapter"/><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="ChapterBig"><w:name w:val="ChapterBig"/><w:basedOn w:val="Chapter"/></w:style>';
    const body = [
      para('总则', undefined, 0, 'Chapter'),
      para('第一条的内容。'),
      para('主要职责', undefined, 0, 'ChapterBig'),
    ].join('');
    expect((await extractDocument(await handDocx(body, numbering, styles))).lines).toEqual([
      '第一章总则',
      '第一条的内容。',
      '第二章主要职责',
    ]);
  });
});

describe('a Word file as offices write them: title and heading styles, a 序号 table, a text box, page header and footer', () => {
  it('reads the body, the table as numbered `名称：职责` rows and the text box, without the page header and footer', async () => {
    const p = (text: string) => new Paragraph(text);
    const cell = (text: string) => new TableCell({ children: [p(text)] });
    const doc = new Document({
      sections: [
        {
          headers: { default: new Header({ children: [p('白河县人民政府办公室文件')] }) },
          footers: {
            default: new Footer({
              children: [new Paragraph({ children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页'] })] })],
            }),
          },
          children: [
            new Paragraph({ text: '白河县水利局', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: '主要职责', heading: HeadingLevel.HEADING_2 }),
            p('一、负责保障全县水资源的合理开发利用。'),
            p('二、完成县委、县政府交办的其他任务。'),
            new Paragraph({ text: '内设机构', heading: HeadingLevel.HEADING_2 }),
            new Table({
              rows: [
                new TableRow({ children: [cell('序号'), cell('科室'), cell('职责')] }),
                new TableRow({ children: [cell('1'), cell('办公室'), cell('负责机关日常运转。')] }),
                new TableRow({ children: [cell('2'), cell('水资源管理股'), cell('负责水资源保护工作。')] }),
              ],
            }),
            new Textbox({
              style: { width: '200pt', height: '60pt' },
              children: [p('联系电话：0719-7123456'), p('办公地址：白河县滨河路6号')],
            }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    expect((await extractDocument(bytes)).lines).toEqual([
      '白河县水利局',
      '主要职责',
      '一、负责保障全县水资源的合理开发利用。',
      '二、完成县委、县政府交办的其他任务。',
      '内设机构',
      '1、办公室：负责机关日常运转。',
      '2、水资源管理股：负责水资源保护工作。',
      '联系电话：0719-7123456',
      '办公地址：白河县滨河路6号',
    ]);
  });
});
