// OpenDocument text (.odt) -> lines, on hand-made packages in the shape LibreOffice and WPS
// write: list labels worked out from the list styles (ODF does not write them), tables as
// `名称：职责` rows, spaces, tabs and line breaks, notes left out; damaged, encrypted and empty
// packages refused in one sentence.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/node/documents/extract.ts';
import { sniffFormat } from '../../../electron/node/documents/sniff.ts';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"';

/** `（一）` at level 1 under `一、`-style lists: the shapes Chinese documents number with. */
const STYLES = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${NS}><office:styles>
<text:list-style style:name="Duties">
  <text:list-level-style-number text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>
  <text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="1"/>
</text:list-style>
</office:styles></office:document-styles>`;

function content(body: string, automatic = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${NS}><office:automatic-styles>${automatic}</office:automatic-styles>
<office:body><office:text><text:sequence-decls><text:sequence-decl text:name="Table"/></text:sequence-decls>${body}</office:text></office:body></office:document-content>`;
}

async function odt(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  // The mimetype first and stored, as ODF requires.
  zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const lines = async (body: string, automatic = '') =>
  (await extractDocument(await odt({ 'content.xml': content(body, automatic), 'styles.xml': STYLES }))).lines;

describe('an OpenDocument text file', () => {
  it('is recognised by its mimetype, whatever it is called', async () => {
    expect(sniffFormat(await odt({ 'content.xml': content('') }))).toEqual({ format: 'odt' });
  });

  it('numbers list items from their list style, a nested list by its own level, and a list that continues another goes on counting', async () => {
    const body = `<text:h text:outline-level="1">主要职责</text:h>
<text:list text:style-name="Duties">
  <text:list-item><text:p>负责统计工作。</text:p>
    <text:list><text:list-item><text:p>审核数据；</text:p></text:list-item><text:list-item><text:p>发布公报。</text:p></text:list-item></text:list>
  </text:list-item>
  <text:list-item><text:p>负责普查工作。</text:p></text:list-item>
</text:list>
<text:p>（说明文字）</text:p>
<text:list text:style-name="Duties" text:continue-numbering="true"><text:list-item><text:p>完成交办的任务。</text:p></text:list-item></text:list>
<text:list text:style-name="Duties"><text:list-item><text:p>重新开始。</text:p></text:list-item></text:list>`;
    expect(await lines(body)).toEqual([
      '主要职责',
      '一、负责统计工作。',
      '（1）审核数据；',
      '（2）发布公报。',
      '二、负责普查工作。',
      '（说明文字）',
      '三、完成交办的任务。',
      '一、重新开始。',
    ]);
  });

  it('takes list styles from content.xml too, a start value on an item, and gives bullets no label', async () => {
    const automatic = `<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/></text:list-style>
<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="●"/></text:list-style>`;
    const body = `<text:list text:style-name="L1"><text:list-item text:start-value="4"><text:p>第四项；</text:p></text:list-item><text:list-item><text:p>第五项。</text:p></text:list-item></text:list>
<text:list text:style-name="L2"><text:list-item><text:p>要点</text:p></text:list-item></text:list>`;
    expect(await lines(body, automatic)).toEqual(['4.第四项；', '5.第五项。', '要点']);
  });

  it('reads a table as the other readers do: a heading row left out, `名称：职责` rows, a two-paragraph cell as two lines', async () => {
    const cell = (...ps: string[]) =>
      `<table:table-cell>${ps.map((p) => `<text:p>${p}</text:p>`).join('')}</table:table-cell>`;
    const body = `<text:p>内设机构</text:p>
<table:table table:name="T1"><table:table-column table:number-columns-repeated="2"/>
  <table:table-header-rows><table:table-row>${cell('科室名称')}${cell('主要职责')}</table:table-row></table:table-header-rows>
  <table:table-row>${cell('办公室')}${cell('负责文电会务。', '承担机关财务工作。')}</table:table-row>
  <table:table-row>${cell('综合统计股')}${cell('负责国民经济核算。')}</table:table-row>
</table:table>
<text:p>领导信息</text:p>`;
    expect(await lines(body)).toEqual([
      '内设机构',
      '办公室：负责文电会务。',
      '承担机关财务工作。',
      '综合统计股：负责国民经济核算。',
      '领导信息',
    ]);
  });

  it('writes out spaces, tabs and line breaks, keeps a text box and leaves out notes, comments and tracked changes', async () => {
    const body = `<text:tracked-changes><text:changed-region><text:deletion><text:p>删去的话</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:p><draw:frame><draw:text-box><text:p>青石县统计局文件</text:p></draw:text-box></draw:frame></text:p>
<text:p>局长<text:s text:c="2"/>张<text:tab/>某<text:line-break/>电话：0000-1234567</text:p>
<text:p>详见附件<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>注释文字</text:p></text:note-body></text:note><office:annotation><text:p>批注</text:p></office:annotation>。</text:p>`;
    expect(await lines(body)).toEqual(['青石县统计局文件', '局长  张 某', '电话：0000-1234567', '详见附件。']);
  });

  it('is refused in one sentence when damaged, password-protected, without its body or without text', async () => {
    const good = await odt({ 'content.xml': content('<text:p>青石县统计局</text:p>') });
    await expect(extractDocument(good.slice(0, good.length >> 1))).rejects.toThrow(
      'is a damaged OpenDocument text file (.odt): its contents cannot be read',
    );
    const manifest = `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>`;
    await expect(
      extractDocument(await odt({ 'content.xml': '\u0007\u0013binary', 'META-INF/manifest.xml': manifest })),
    ).rejects.toThrow('is a password-protected OpenDocument text file (.odt); save an unprotected copy to read it');
    await expect(extractDocument(await odt({ 'styles.xml': STYLES }))).rejects.toThrow(
      'is a damaged OpenDocument text file (.odt)',
    );
    await expect(extractDocument(await odt({ 'content.xml': content('<text:p> </text:p>') }))).rejects.toThrow(
      'is an OpenDocument text file (.odt) with no text in it',
    );
  });
});
