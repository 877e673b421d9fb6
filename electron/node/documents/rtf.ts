// RTF (Word's and WPS's "save as RTF") -> lines. A small tokenizer of our own: the npm readers
// (@iarna/rtf-to-html and its parser, unpublished since 2017) know no table cells and no code
// pages but Windows-1252, and RTF is simple enough to walk: groups `{…}`, control words `\name-N`,
// and text. What is kept is what Word shows: paragraphs (`\par`, `\line`), table cells (`\cell`,
// `\row`), `\uN` characters (their `\ucN` fallback bytes skipped), `\'hh` bytes decoded in the
// code page of the document (`\ansicpg936`) or of the current font (`\fcharset134`), and the
// visible list labels (`\listtext`, `\pntext`). Destinations that hold no body text (font, colour
// and style tables, document info, pictures, headers and footers, notes, field instructions) are
// skipped. Tables go through the same table reader as a .doc's.
import { refusal } from '../../../shared/documents/refusals.ts';
import { wordBlockLines, type WordBlock } from './doc.ts';
import { UnreadableDocument, type Extracted } from './extracted.ts';

/** Destinations whose text is not the document's body. */
const SKIPPED = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'listtable',
  'listoverridetable',
  'revtbl',
  'rsidtbl',
  'info',
  'pict',
  'object',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'footnote',
  'annotation',
  'atnid',
  'atnauthor',
  'fldinst',
  'pn',
  'xe',
  'tc',
  'txe',
  'themedata',
  'colorschememapping',
  'datastore',
  'latentstyles',
  'generator',
  'filetbl',
  'private',
  'nonshppict',
]);

/** Control words that end a paragraph (in a table, a line of the cell). */
const BREAKS = new Set(['par', 'sect', 'line', 'page', 'column']);

/** Control words that are one character of text. */
const CHARACTERS: Record<string, string> = {
  // A cell of a table inside a cell: its text stays in the outer cell.
  nestcell: ' ',
  emspace: ' ',
  enspace: ' ',
  qmspace: ' ',
  emdash: '—',
  endash: '–',
  bullet: '•',
  lquote: '‘',
  rquote: '’',
  ldblquote: '“',
  rdblquote: '”',
};

/** The code page a font's `\fcharsetN` stands for (Windows' charset numbers). */
const CHARSET_CODE_PAGES: Record<number, number> = {
  128: 932,
  129: 949,
  134: 936,
  136: 950,
  161: 1253,
  162: 1254,
  177: 1255,
  178: 1256,
  186: 1257,
  204: 1251,
  222: 874,
  238: 1250,
};

/** A TextDecoder label for a Windows code page: GBK text is read as GB18030, its superset. */
function decoderLabel(codePage: number): string {
  if (codePage === 936 || codePage === 54936) return 'gb18030';
  if (codePage === 950) return 'big5';
  if (codePage === 932) return 'shift_jis';
  if (codePage === 949) return 'euc-kr';
  if (codePage === 65001) return 'utf-8';
  return `windows-${codePage}`;
}

/** Code pages of two-byte characters, whose second byte may be ASCII (GBK `祎` is `\'b5t`). */
const DOUBLE_BYTE = new Set([932, 936, 949, 950]);

/** Whether `bytes` end in the first byte of a two-byte character, its second still to come. */
function awaitingTrail(bytes: readonly number[]): boolean {
  let i = 0;
  while (i < bytes.length) i += bytes[i]! >= 0x81 && bytes[i]! <= 0xfe ? 2 : 1;
  return i > bytes.length;
}

const decoders = new Map<number, InstanceType<typeof TextDecoder>>();
function decode(bytes: number[], codePage: number): string {
  let decoder = decoders.get(codePage);
  if (!decoder) {
    try {
      decoder = new TextDecoder(decoderLabel(codePage));
    } catch {
      // A code page TextDecoder does not know: Windows-1252, the RTF default.
      decoder = new TextDecoder('windows-1252');
    }
    decoders.set(codePage, decoder);
  }
  return decoder.decode(Uint8Array.from(bytes));
}

interface State {
  /** Inside a destination whose text is dropped. */
  skip: boolean;
  /** Hidden text (`\v`). */
  hidden: boolean;
  /** Fallback characters after a `\uN` (`\ucN`, 1 unless said). */
  uc: number;
  font: number;
  /** Inside the font table: reading font definitions. */
  fontTable: boolean;
  /** The paragraph is in a table (`\intbl`, until `\pard`). */
  inTable: boolean;
  /** Inside `\upr`, whose `\ud` part is read and the rest skipped. */
  upr: boolean;
  /** Inside a list label (`\listtext`, `\pntext`), whose tab only leads to the text. */
  label: boolean;
}

/** Thrown for a file whose groups do not close: cut off, or not RTF after its first bytes. */
const DAMAGED = refusal('rtf-damaged', {});

/** The document's visible text: paragraphs, and tables as rows of cells of lines. */
export function rtfBlocks(bytes: Uint8Array): WordBlock[] {
  // RTF is 7-bit ASCII; bytes above it are read as the code page's bytes, like `\'hh`.
  const src = bytes;
  let state: State = {
    skip: false,
    hidden: false,
    uc: 1,
    font: -1,
    fontTable: false,
    inTable: false,
    label: false,
    upr: false,
  };
  const stack: State[] = [];
  const blocks: WordBlock[] = [];
  let rows: string[][][] = [];
  let cells: string[][] = [];
  let lines: string[] = [];
  let out = '';
  let pending: number[] = [];
  let ansiCodePage = 1252;
  let defaultFont = -1;
  const fontCodePages = new Map<number, number>();
  let fontBeingDefined = -1;
  /** Fallback characters still to skip after a `\uN`. */
  let toSkip = 0;
  /** Whether the group just opened may be a destination (`{\*\name` or `{\name`). */
  let groupStart = false;
  let starred = false;

  const endTable = () => {
    if (cells.length > 0) rows.push(cells);
    if (rows.length > 0) blocks.push({ rows });
    rows = [];
    cells = [];
  };
  /** Ends a paragraph: a line of the cell being read, or a paragraph of the body. */
  const endParagraph = () => {
    flush();
    if (state.inTable) lines.push(out.trim());
    else {
      endTable();
      blocks.push(out);
    }
    out = '';
  };
  const endCell = () => {
    flush();
    lines.push(out.trim());
    cells.push(lines.filter(Boolean));
    lines = [];
    out = '';
  };
  const codePage = () => fontCodePages.get(state.font === -1 ? defaultFont : state.font) ?? ansiCodePage;
  const flush = () => {
    if (pending.length > 0) out += decode(pending, codePage());
    pending = [];
  };
  const visible = () => !state.skip && !state.hidden && !state.fontTable;
  const emit = (text: string) => {
    flush();
    if (visible()) out += text;
  };
  const byte = (b: number) => {
    if (toSkip > 0) {
      toSkip--;
      return;
    }
    if (visible()) pending.push(b);
  };

  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === 0x7b /* { */) {
      flush();
      stack.push(state);
      state = { ...state };
      groupStart = true;
      starred = false;
      toSkip = 0;
      i++;
      continue;
    }
    if (c === 0x7d /* } */) {
      flush();
      const outer = stack.pop();
      if (!outer) throw new UnreadableDocument(DAMAGED);
      state = outer;
      groupStart = false;
      toSkip = 0;
      i++;
      continue;
    }
    if (c === 0x0d || c === 0x0a) {
      i++;
      continue;
    }
    if (c !== 0x5c /* \ */) {
      groupStart = false;
      if (toSkip > 0) toSkip--;
      // A two-byte character's second byte written as itself, after its first as `\'hh`.
      else if (c >= 0x80 || (pending.length > 0 && DOUBLE_BYTE.has(codePage()) && awaitingTrail(pending))) byte(c);
      else emit(String.fromCharCode(c));
      i++;
      continue;
    }
    // A control symbol or word.
    const next = src[i + 1];
    if (next === undefined) break;
    const symbol = String.fromCharCode(next);
    if (!/[a-zA-Z]/.test(symbol)) {
      i += 2;
      if (symbol === "'") {
        const hex = String.fromCharCode(src[i] ?? 0, src[i + 1] ?? 0);
        i += 2;
        if (/^[0-9a-fA-F]{2}$/.test(hex)) byte(parseInt(hex, 16));
        continue;
      }
      if (symbol === '*') {
        starred = groupStart;
        continue;
      }
      groupStart = false;
      if (toSkip > 0) {
        toSkip--;
        continue;
      }
      if (symbol === '\\' || symbol === '{' || symbol === '}') emit(symbol);
      else if (symbol === '~') emit(' ');
      else if (symbol === '_') emit('-');
      else if ((symbol === '\r' || symbol === '\n') && visible()) endParagraph();
      continue;
    }
    let j = i + 1;
    while (j < src.length && ((src[j]! >= 0x61 && src[j]! <= 0x7a) || (src[j]! >= 0x41 && src[j]! <= 0x5a))) j++;
    const word = String.fromCharCode(...src.subarray(i + 1, j));
    let k = j;
    if (src[k] === 0x2d /* - */) k++;
    while (k < src.length && src[k]! >= 0x30 && src[k]! <= 0x39) k++;
    const hasParam = k > j && !(k === j + 1 && src[j] === 0x2d);
    const param = hasParam ? Number(String.fromCharCode(...src.subarray(j, k))) : NaN;
    // One space after a control word is its delimiter, not text.
    i = src[k] === 0x20 ? k + 1 : k;
    const first = groupStart;
    groupStart = false;

    if (word === 'bin') {
      // Binary data: its bytes are skipped unread.
      flush();
      i += hasParam && param > 0 ? param : 0;
      continue;
    }
    if (toSkip > 0 && word !== 'u') {
      toSkip--;
      continue;
    }
    // `{\upr{ANSI text}{\*\ud{Unicode text}}}`: the same text twice; the Unicode one is read.
    if (first && word === 'upr') {
      flush();
      state.upr = true;
      state.skip = true;
      continue;
    }
    if (first && word === 'ud' && state.upr) {
      state.skip = false;
      continue;
    }
    if (first && (starred || SKIPPED.has(word))) {
      flush();
      if (word === 'fonttbl') state.fontTable = true;
      else state.skip = true;
      continue;
    }
    switch (word) {
      case 'ansicpg':
        if (hasParam) ansiCodePage = param;
        continue;
      case 'deff':
        if (hasParam) defaultFont = param;
        continue;
      case 'f':
        flush();
        if (state.fontTable) fontBeingDefined = param;
        else state.font = hasParam ? param : -1;
        continue;
      case 'fcharset':
        if (state.fontTable && fontBeingDefined !== -1 && CHARSET_CODE_PAGES[param] !== undefined)
          fontCodePages.set(fontBeingDefined, CHARSET_CODE_PAGES[param]!);
        continue;
      case 'cpg':
        if (state.fontTable && fontBeingDefined !== -1 && hasParam) fontCodePages.set(fontBeingDefined, param);
        continue;
      case 'uc':
        if (hasParam && param >= 0) state.uc = param;
        continue;
      case 'u': {
        // A signed 16-bit value; surrogate halves come as two \u and pair up in the string.
        if (hasParam) emit(String.fromCharCode(param < 0 ? param + 65536 : param));
        toSkip = state.uc;
        continue;
      }
      // Hidden text and tracked deletions are not what the page shows.
      case 'v':
      case 'deleted':
        flush();
        state.hidden = !hasParam || param !== 0;
        continue;
      case 'listtext':
      case 'pntext':
        if (first) state.label = true;
        continue;
      case 'tab':
        if (!state.label) emit(' ');
        continue;
      case 'intbl':
        state.inTable = true;
        continue;
      case 'pard':
        state.inTable = false;
        continue;
      case 'cell':
        if (visible()) endCell();
        continue;
      case 'row':
        if (!visible()) continue;
        if (out.trim() !== '' || lines.length > 0) endCell();
        if (cells.length > 0) rows.push(cells);
        cells = [];
        continue;
      case 'plain':
        flush();
        state.hidden = false;
        state.font = -1;
        continue;
      default: {
        if (BREAKS.has(word)) {
          if (visible()) endParagraph();
          continue;
        }
        const text = CHARACTERS[word];
        if (text !== undefined) emit(text);
      }
    }
  }
  if (stack.length > 0) throw new UnreadableDocument(DAMAGED);
  endParagraph();
  endTable();
  return blocks;
}

export function readRtf(bytes: Uint8Array): Extracted {
  const lines = wordBlockLines(rtfBlocks(bytes));
  if (lines.length === 0) throw new UnreadableDocument(refusal('no-text', { context: 'rtf' }));
  return { format: 'rtf', lines, encoding: 'rtf' };
}
