// Writes a real Word .docx from plain text, the way an official would have typed it in Word:
// one paragraph per line, numbered items (一、 （一） 1. （1） ①) as Word's automatic numbering
// (the label is not in the text, Word draws it from the list definition), and optionally
// runs of `名称：内容` lines as a two-column table. Lines with tabs are rows of a table of
// their own cells (a cell's paragraphs split by `¶`; a cell that is only `↑` is merged with
// the one above, as Word merges a 类别 cell down its rows). Inline `{+new+}` and `{-old-}` are
// tracked insertions and deletions, `{#note#}` a reviewer's comment, `{^note^}` a footnote,
// `{=INSTR|shown=}` a field (`w:fldSimple`) showing its last result, `[[text]]` a hyperlink and
// `⏎` a line break inside the paragraph (`w:br`, Shift+Enter); a line starting with `▭` is a
// paragraph in a text box (`w:txbxContent`), as 公文 templates set the issuer's red head, and one
// starting with `⇥` is right-aligned (a signature, the 成文日期); one starting with `# ` or `## ` is a
// Heading 1 or Heading 2 paragraph (a template's styled, unnumbered headings). A document that
// numbers `1.1` has its `1.` and `1.1` lines in one multilevel list (`%1.` over `%1.%2`). Used by the document tests
// and the parser's evaluation, so the files exercise what real Word files do.
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  ExternalHyperlink,
  FootnoteReferenceRun,
  SimpleField,
  Textbox,
  InsertedTextRun,
  VerticalMergeType,
  Document,
  Footer,
  Header,
  PageNumber,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type ParagraphChild,
} from 'docx';

export interface RenderDocxOptions {
  /** Numbered lines become Word list items (default true); false keeps the labels as typed text. */
  numbering?: boolean;
  /**
   * Runs of two or more `名称：内容` lines (a short name, then its text) become a table of
   * two columns; `header` adds a heading row such as ['科室', '职责'].
   */
  table?: boolean | { header?: [string, string] };
  /** The first line as a Word title (Heading 1) paragraph (default true). */
  title?: boolean;
  /** The first row of each tab table marked as its repeated heading row (default false, as most offices leave it). */
  headerRow?: boolean;
  /** A page header of this text, and a `第 N 页 共 M 页` footer of page fields, on every page (default none). */
  header?: string;
}

interface Marks {
  /** Revision and comment ids, unique in the document. */
  next: number;
  comments: { id: number; children: Paragraph[] }[];
  footnotes: Record<number, { children: Paragraph[] }>;
}

/** Plain text, with each `⏎` a line break inside the paragraph. */
function textRuns(text: string): TextRun[] {
  return text
    .split('⏎')
    .flatMap((seg, k) => (seg === '' && k === 0 ? [] : [new TextRun({ text: seg, break: k > 0 ? 1 : 0 })]));
}

/** A paragraph's runs from its text: plain, `{+inserted+}`, `{-deleted-}`, `{#comment#}`, `{^footnote^}`, `{=field|shown=}` and `[[link]]` marks. */
function inlineRuns(text: string, marks: Marks): ParagraphChild[] {
  const change = { author: '审核人', date: '2026-03-02T09:00:00Z' };
  return text.split(/(\{[+#^=-].*?[+#^=-]\}|\[\[.*?\]\])/).flatMap((part): ParagraphChild[] => {
    const link = /^\[\[(.*)\]\]$/.exec(part);
    if (link) return [new ExternalHyperlink({ link: 'https://www.example.gov.cn/', children: textRuns(link[1]!) })];
    const m = /^\{([+#^=-])(.*)[+#^=-]\}$/.exec(part);
    if (!m) return textRuns(part);
    if (m[1] === '=') {
      const [instruction, shown] = m[2]!.split('|');
      return [new SimpleField(instruction!, shown ?? '')];
    }
    const id = marks.next++;
    if (m[1] === '^') {
      marks.footnotes[id] = { children: [new Paragraph(m[2]!)] };
      return [new FootnoteReferenceRun(id)];
    }
    if (m[1] === '+') return [new InsertedTextRun({ text: m[2]!, id, ...change })];
    if (m[1] === '-') return [new DeletedTextRun({ text: m[2]!, id, ...change })];
    marks.comments.push({ id, children: [new Paragraph(m[2]!)] });
    return [new CommentRangeStart(id), new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];
  });
}

/** A run of tab-separated rows as one Word table; `↑` cells continue the merged cell above them. */
function tabTable(rows: string[][], headerRow: boolean, marks: Marks): Table {
  const width = Math.max(...rows.map((r) => r.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: headerRow && r === 0,
          children: Array.from({ length: width }, (_, c) => {
            const cell = cells[c] ?? '';
            const merged = cell === '↑';
            const startsMerge = !merged && rows[r + 1]?.[c] === '↑';
            return new TableCell({
              ...(merged
                ? { verticalMerge: VerticalMergeType.CONTINUE }
                : startsMerge
                  ? { verticalMerge: VerticalMergeType.RESTART }
                  : {}),
              children: (merged ? [''] : cell.split('¶')).map(
                (text) => new Paragraph({ children: inlineRuns(text, marks) }),
              ),
            });
          }),
        }),
    ),
  });
}

interface ListStyle {
  pattern: RegExp;
  format: (typeof LevelFormat)[keyof typeof LevelFormat];
  text: string;
  /** Outline depth: 一、 above （一） above 1. above （1） above ①. */
  level: number;
}

const CN = '[一二三四五六七八九十百]+';
const STYLES: ListStyle[] = [
  { pattern: new RegExp(`^(${CN})、\\s*`), format: LevelFormat.CHINESE_COUNTING, text: '%1、', level: 0 },
  { pattern: new RegExp(`^[（(](${CN})[)）]\\s*`), format: LevelFormat.CHINESE_COUNTING, text: '（%1）', level: 1 },
  { pattern: /^(\d{1,3})[.．]\s*/, format: LevelFormat.DECIMAL, text: '%1.', level: 2 },
  { pattern: /^(\d{1,3})、\s*/, format: LevelFormat.DECIMAL, text: '%1、', level: 2 },
  { pattern: /^[（(](\d{1,3})[)）]\s*/, format: LevelFormat.DECIMAL, text: '（%1）', level: 3 },
  { pattern: /^([\u2460-\u2473])\s*/, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: '%1', level: 4 },
];

const DIGIT = '零一二三四五六七八九';
function value(numeral: string): number {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  if (/^[\u2460-\u2473]$/.test(numeral)) return numeral.charCodeAt(0) - 0x2460 + 1;
  let total = 0;
  let digit = 0;
  for (const ch of numeral) {
    const d = DIGIT.indexOf(ch);
    if (d >= 0) digit = d;
    else {
      total += (digit || 1) * (ch === '十' ? 10 : 100);
      digit = 0;
    }
  }
  return total + digit;
}

const TABLE_ROW = /^([^：:。；，,]{2,20})[：:](.+)$/;

/** `1.` and `1.1` headings of one outline list (Word's multilevel `%1.` / `%1.%2`), used when a document numbers `1.1`. */
const OUTLINE = /^\d{1,3}[.．](\d{1,3}(?![.．\d]))?\s*/;
const OUTLINE_LIST = {
  reference: 'outline',
  levels: [
    { level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1, alignment: AlignmentType.LEFT },
    { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', start: 1, alignment: AlignmentType.LEFT },
  ],
};

/** The section's header (the office's name, say) and its `第 N 页 共 M 页` footer, drawn by Word from PAGE and NUMPAGES fields. */
function pageFurniture(header: string) {
  const footer = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'] })],
  });
  return {
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, text: header })] }) },
    footers: { default: new Footer({ children: [footer] }) },
  };
}

export async function renderDocx(text: string, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  const numbering = options.numbering ?? true;
  // Leading ideographic spaces stay: WPS users type them as the paragraph's indent.
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.replace(/^[^\S\u3000]+|\s+$/g, ''))
    .filter(Boolean);
  // One Word list definition per style and starting number; each run of items of a style is
  // one list instance (a run starts at a `1`, or at the first item of its style).
  const configs = new Map<string, { reference: string; levels: ILevelsOptions[] }>();
  const runs = new Map<ListStyle, { reference: string; instance: number }>();
  let instances = 0;
  const children: (Paragraph | Table | Textbox)[] = [];
  const tableOption = options.table ?? false;
  const marks: Marks = { next: 1, comments: [], footnotes: {} };
  const outlined = numbering && lines.some((l) => OUTLINE.exec(l)?.[1] !== undefined);
  if (outlined) configs.set(OUTLINE_LIST.reference, OUTLINE_LIST);

  const paragraph = (line: string, index: number): Paragraph => {
    if (index === 0 && (options.title ?? true))
      return new Paragraph({
        heading: HeadingLevel.HEADING_1,
        alignment: AlignmentType.CENTER,
        children: inlineRuns(line, marks),
      });
    if (line.startsWith('⇥'))
      return new Paragraph({ alignment: AlignmentType.RIGHT, children: inlineRuns(line.slice(1).trim(), marks) });
    const heading = /^(#{1,2}) /.exec(line);
    if (heading)
      return new Paragraph({
        heading: heading[1] === '#' ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        children: inlineRuns(line.slice(heading[0].length), marks),
      });
    const outline = outlined ? OUTLINE.exec(line) : null;
    if (outline)
      return new Paragraph({
        numbering: { reference: OUTLINE_LIST.reference, level: outline[1] === undefined ? 0 : 1, instance: 0 },
        children: inlineRuns(line.slice(outline[0].length), marks),
      });
    const style = numbering ? STYLES.find((s) => s.pattern.test(line)) : undefined;
    if (!style) return new Paragraph({ children: inlineRuns(line, marks) });
    const m = style.pattern.exec(line)!;
    const n = value(m[1]!);
    let run = runs.get(style);
    if (!run || n === 1) {
      const reference = `list-${STYLES.indexOf(style)}-from-${n}`;
      if (!configs.has(reference)) {
        configs.set(reference, {
          reference,
          levels: [{ level: 0, format: style.format, text: style.text, start: n, alignment: AlignmentType.LEFT }],
        });
      }
      run = { reference, instance: ++instances };
      runs.set(style, run);
    }
    return new Paragraph({
      numbering: { reference: run.reference, level: 0, instance: run.instance },
      children: inlineRuns(line.slice(m[0].length), marks),
    });
  };

  for (let i = 0; i < lines.length; i++) {
    const tabRows: string[][] = [];
    for (; i > 0 && i < lines.length && lines[i]!.includes('\t'); i++) tabRows.push(lines[i]!.split('\t'));
    if (tabRows.length > 0) children.push(tabTable(tabRows, options.headerRow ?? false, marks));
    const run: [string, string][] = [];
    while (
      tableOption &&
      i > 0 &&
      i < lines.length &&
      TABLE_ROW.test(lines[i]!) &&
      !STYLES.some((s) => s.pattern.test(lines[i]!))
    ) {
      const m = TABLE_ROW.exec(lines[i]!)!;
      run.push([m[1]!, m[2]!]);
      i++;
    }
    if (run.length >= 2) {
      const header = typeof tableOption === 'object' ? tableOption.header : undefined;
      const rows = [...(header ? [header] : []), ...run].map(
        (cells, r) =>
          new TableRow({
            tableHeader: header !== undefined && r === 0,
            children: cells.map(
              (cell) =>
                new TableCell({ children: [new Paragraph(cell)], width: { size: 50, type: WidthType.PERCENTAGE } }),
            ),
          }),
      );
      children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    } else {
      for (const [name, rest] of run) children.push(paragraph(`${name}：${rest}`, i));
    }
    if (i < lines.length && lines[i]!.startsWith('▭'))
      children.push(
        new Textbox({
          style: { width: '420pt', height: '60pt' },
          children: [paragraph(lines[i]!.slice(1).trim(), i)],
        }),
      );
    else if (i < lines.length) children.push(paragraph(lines[i]!, i));
  }

  const doc = new Document({
    styles: { default: { document: { run: { font: 'SimSun', size: 24 } } } },
    numbering: { config: [...configs.values()] },
    comments: { children: marks.comments },
    footnotes: marks.footnotes,
    sections: [{ children, ...(options.header === undefined ? {} : pageFurniture(options.header)) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
