// Which reader a file needs, decided by its content (a saved page named .txt is still a web
// page), and a typed refusal for files no reader takes: other archives, images, programs.
import { refusal, type DocumentRefusal } from '../../../shared/documents/refusals.ts';
import type { DocumentFormat } from './extracted.ts';
import { looksLikeMhtml } from './mhtml.ts';

/** The formats read; a saved web archive (mhtml) is read as the web page inside it. */
export type Sniffed = { format: DocumentFormat | 'mhtml' } | { refused: DocumentRefusal };

/** Whether `bytes` start with `signature`; -1 stands for any byte. */
const startsWith = (bytes: Uint8Array, ...signature: number[]) =>
  signature.every((b, i) => (b === -1 ? i < bytes.length : bytes[i] === b));
const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

/** Whether `needle` occurs in `bytes` (file names inside a ZIP are stored as plain bytes). */
function contains(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle, 0, 'latin1');
}

// Formats people mistake for documents, with what to do instead.
const BINARY: [number[], DocumentRefusal][] = [
  [[0x89, 0x50, 0x4e, 0x47], refusal('image', { kind: 'PNG', context: 'scan' })],
  [[0xff, 0xd8, 0xff], refusal('image', { kind: 'JPEG', context: 'scan' })],
  [ascii('GIF8'), refusal('image', { kind: 'GIF', context: 'picture' })],
  // BMP: `BM`, then the file size and four reserved zero bytes.
  [[...ascii('BM'), -1, -1, -1, -1, 0, 0, 0, 0], refusal('image', { kind: 'BMP', context: 'picture' })],
  [[0x49, 0x49, 0x2a, 0x00], refusal('image', { kind: 'TIFF', context: 'scan' })],
  [[0x4d, 0x4d, 0x00, 0x2a], refusal('image', { kind: 'TIFF', context: 'scan' })],
  [[0x7f, 0x45, 0x4c, 0x46], refusal('program', { context: 'elf' })],
  [[0x1f, 0x8b], refusal('archive', { kind: 'gzip' })],
  [ascii('Rar!'), refusal('archive', { kind: 'RAR' })],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], refusal('archive', { kind: '7-Zip' })],
];

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A stream name as an OLE2 directory stores it (UTF-16LE). */
const utf16 = (name: string) => Buffer.from(name, 'utf16le').toString('latin1');

/**
 * An old-style Office file (an OLE2 compound file), by the streams its directory names: Word
 * 97-2003 (.doc, and the .wps files Kingsoft WPS Writer saves, which are Word's binary format
 * under another name) has `WordDocument`; a Microsoft Works word processor file, the other
 * .wps, has `MatOST` (Works 3 and 4) or `CONTENTS` and `SPELLING` (later versions).
 */
function oleKind(bytes: Uint8Array): Sniffed {
  if (contains(bytes, utf16('WordDocument'))) return { format: 'doc' };
  if (contains(bytes, utf16('MatOST')) || (contains(bytes, utf16('CONTENTS')) && contains(bytes, utf16('SPELLING'))))
    return { refused: refusal('works', {}) };
  if (contains(bytes, utf16('Workbook')) || contains(bytes, utf16('Book')))
    return { refused: refusal('spreadsheet', { context: 'legacy' }) };
  if (contains(bytes, utf16('PowerPoint Document'))) return { refused: refusal('presentation', { context: 'legacy' }) };
  return { refused: refusal('old-office', {}) };
}

function zipKind(bytes: Uint8Array): Sniffed {
  if (contains(bytes, 'word/document.xml')) return { format: 'docx' };
  // An OFD package (GB/T 33190) names its entry point OFD.xml at the root.
  if (contains(bytes, 'OFD.xml')) return { format: 'ofd' };
  if (contains(bytes, 'xl/workbook')) return { refused: refusal('spreadsheet', { context: 'modern' }) };
  if (contains(bytes, 'ppt/presentation')) return { refused: refusal('presentation', { context: 'modern' }) };
  // An OpenDocument package's first entry, `mimetype`, is stored uncompressed: text (.odt, and
  // its template .ott) is read, a spreadsheet, presentation or drawing is no office description.
  if (contains(bytes.subarray(0, 256), 'application/vnd.oasis.opendocument.text')) return { format: 'odt' };
  if (contains(bytes, 'application/vnd.oasis.opendocument')) return { refused: refusal('opendocument', {}) };
  return { refused: refusal('zip', {}) };
}

// A web page starts with its doctype or one of the tags that open a page (after a BOM,
// blank space or comments), or has them near the start.
const PAGE_START =
  /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|title|link|script|style)[\s>/]/i;
const PAGE_TAG = /<(?:html|head|body)[\s>]/i;
// A fragment saved from a page starts with a common block tag and is markup throughout; a
// text file with a few leftover tags (which the parser cleans off) is still text, since
// reading it as HTML would run its plain lines together.
const FRAGMENT_START = /^\s*<(?:div|p|table|section|article|h[1-6]|ul|ol|center|font|span|form)[\s>/]/i;
const TAGGED_LINE = /<\/?[a-z][a-z0-9]*[\s>/]/i;

/** Whether decoded text is HTML; `head` is the start of the file. */
export function looksLikeHtml(head: string): boolean {
  const text = head.replace(/^\uFEFF/, '');
  if (PAGE_START.test(text) || PAGE_TAG.test(text)) return true;
  if (!FRAGMENT_START.test(text)) return false;
  // The last line of the head may be cut off; it is left out.
  const lines = text
    .split(/\r\n|\r|\n/)
    .slice(0, -1)
    .filter((l) => l.trim() !== '');
  return lines.length === 0 || lines.filter((l) => TAGGED_LINE.test(l)).length >= lines.length * 0.8;
}

/** The start of a file as text, good enough to look for tags (they are ASCII in every charset we read). */
function headText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 4096);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (utf16) return new TextDecoder(head[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(head);
  const utf8Bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  return new TextDecoder('latin1').decode(utf8Bom ? head.subarray(3) : head);
}

export function sniffFormat(bytes: Uint8Array): Sniffed {
  // `%PDF-` may follow a little junk; readers accept it within the first KiB.
  if (contains(bytes.subarray(0, 1024), '%PDF-')) return { format: 'pdf' };
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) return zipKind(bytes);
  if (startsWith(bytes, ...OLE2)) return oleKind(bytes);
  // `{\rtf1`, as every RTF writer starts (a reader takes `{\rtf` followed by any version).
  if (startsWith(bytes, ...ascii('{\\rtf'))) return { format: 'rtf' };
  for (const [signature, sentence] of BINARY) if (startsWith(bytes, ...signature)) return { refused: sentence };
  if (startsWith(bytes, ...ascii('MZ')) && contains(bytes.subarray(0, 1024), 'PE\0\0'))
    return { refused: refusal('program', { context: 'windows' }) };
  if (startsWith(bytes, ...ascii('RIFF')) && startsWith(bytes.subarray(8), ...ascii('WEBP')))
    return { refused: refusal('image', { kind: 'WebP', context: 'picture' }) };
  const head = headText(bytes);
  if (looksLikeMhtml(head)) return { format: 'mhtml' };
  return { format: looksLikeHtml(head) ? 'html' : 'text' };
}
