// Word 97-2003 .doc -> lines, with word-extractor: a maintained pure-JavaScript reader of
// Word's binary format (the OLE2 compound file and its piece table, Unicode text included),
// with no LibreOffice or antiword to install. It gives the body as text: paragraphs end in
// a newline and each table cell in a tab, so a row is the text up to a line ending in a tab.
// Word's automatic numbering is not in that text (the labels live in the list definitions),
// so numbers Word drew are lost; numbers typed in the text are kept.
import { refusal } from '../../../shared/documents/refusals.ts';
import { UnreadableDocument, type Extracted } from './extracted.ts';
import { tableRowLines } from '../../../shared/documents/table-rows.ts';
import { leaderCards } from './html-lines.ts';

// Characters Word keeps in the text for fields, pictures and breaks, which are not text.
// eslint-disable-next-line no-control-regex -- these control characters are what is removed
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffc]/g;

/** A word processor's body as the Word-family readers (.doc, .rtf, .odt) give it: a paragraph, or a table's rows of cells of lines. */
export type WordBlock = string | { rows: string[][][] };

/** The blocks as lines: paragraphs one a line, each table through the table reader (`名称：内容`). */
export function wordBlockLines(blocks: readonly WordBlock[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    if (typeof block !== 'string') out.push(...tableRowLines(block.rows));
    else if (block.trim() !== '') out.push(block.trim());
  }
  return leaderCards(out);
}

/** Word's text as lines: paragraphs one a line, each run of table rows through the table reader (`名称：内容`). */
export function docTextLines(body: string): string[] {
  const paragraphs = body.replace(/\r\n?/g, '\n').replace(CONTROL, '').split('\n');
  const out: WordBlock[] = [];
  let rows: string[][][] = [];
  let row: string[] = [];
  const endTable = () => {
    out.push({ rows });
    rows = [];
  };
  for (const paragraph of paragraphs) {
    if (row.length === 0 && !paragraph.includes('\t')) {
      if (rows.length > 0) endTable();
      out.push(paragraph);
      continue;
    }
    // A cell of several paragraphs spans lines; the row ends with the line that ends in a cell mark.
    row.push(paragraph);
    if (!paragraph.endsWith('\t')) continue;
    const cells = row.join('\n').replace(/\t$/, '').split('\t');
    rows.push(
      cells.map((cell) =>
        cell
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      ),
    );
    row = [];
  }
  if (rows.length > 0) endTable();
  if (row.length > 0) out.push(...row.map((line) => line.replace(/\t/g, ' ')));
  return wordBlockLines(out);
}

export async function readDoc(bytes: Uint8Array): Promise<Extracted> {
  // Loaded on the first .doc file, like the other readers.
  const { default: WordExtractor } = await import('word-extractor');
  let body: string;
  try {
    body = (await new WordExtractor().extract(Buffer.from(bytes))).getBody();
  } catch {
    throw new UnreadableDocument(refusal('doc-unreadable', {}));
  }
  const lines = docTextLines(body);
  if (lines.length === 0) throw new UnreadableDocument(refusal('no-text', { context: 'doc' }));
  return { format: 'doc', lines, encoding: 'doc' };
}
