// Word .docx -> lines, with mammoth: it reads the document body as Word means it (runs,
// fields, hyperlinks, tables, text boxes, tracked changes) and writes plain semantic HTML,
// which the web page reader turns into lines (tables become `名称：内容` rows). Mammoth drops
// Word's automatic numbering, so the labels are first written into the text (docx-numbering).
import { refusal } from '../../../shared/documents/refusals.ts';
import { UnreadableDocument, type Extracted } from './extracted.ts';
import { openZip } from './zip.ts';
import { parseHtmlDocument } from './html.ts';
import { elementLines } from './html-lines.ts';
import { writeNumberingLabels } from './docx-numbering.ts';

const DAMAGED = refusal('docx-damaged', {});

/**
 * Rows that say they are not heading rows (`<w:tblHeader w:val="off"/>`, as some writers put
 * on every row): mammoth reads the mark whatever its value, and would take every such row
 * for the table's heading. The mark goes, and the row is a row.
 */
function withoutHeaderRowsOff(documentXml: string): string {
  return documentXml.replace(/<w:tblHeader\s+w:val="(?:off|0|false)"\s*\/>/g, '');
}

/**
 * Simple fields (`<w:fldSimple w:instr="DOCPROPERTY Company">` around the runs of its last
 * result, as templates fill in an office's name or a date) hold text Word shows; mammoth skips
 * the element and its runs with it. The runs stay, the field goes.
 */
export function withFieldResults(documentXml: string): string {
  return documentXml.replace(/<w:fldSimple\b[^>]*\/>/g, '').replace(/<\/?w:fldSimple\b[^>]*>/g, '');
}

async function withNumberingLabels(bytes: Uint8Array): Promise<Buffer> {
  const zip = await openZip(bytes, DAMAGED);
  const text = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve(null);
  const documentXml = await text('word/document.xml').catch(() => null);
  if (documentXml === null) throw new UnreadableDocument(DAMAGED);
  const numberingXml = await text('word/numbering.xml').catch(() => null);
  const stylesXml = await text('word/styles.xml').catch(() => null);
  try {
    zip.file(
      'word/document.xml',
      writeNumberingLabels(withFieldResults(withoutHeaderRowsOff(documentXml)), numberingXml, stylesXml),
    );
    return await zip.generateAsync({ type: 'nodebuffer' });
  } catch {
    throw new UnreadableDocument(DAMAGED);
  }
}

export async function readDocx(bytes: Uint8Array): Promise<Extracted> {
  const buffer = await withNumberingLabels(bytes);
  // Loaded on the first Word file: mammoth takes a sixth of a second to load.
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer })).value;
  } catch {
    throw new UnreadableDocument(DAMAGED);
  }
  const body = parseHtmlDocument(html).body;
  // Mammoth lists footnotes and endnotes at the end and links their marks; neither is the text.
  for (const el of Array.from(
    body?.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"], a[id^="footnote-ref-"], a[id^="endnote-ref-"]') ??
      [],
  ))
    el.remove();
  const lines = body ? elementLines(body) : [];
  if (lines.length === 0) throw new UnreadableDocument(refusal('no-text', { context: 'docx' }));
  return { format: 'docx', lines, encoding: 'docx' };
}
