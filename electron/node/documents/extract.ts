// Bytes -> the document's lines, by format: the one path every file takes before the parser.
import { refusal, type RefusedFormat } from '../../../shared/documents/refusals.ts';
import { decodeDocument, splitLines } from '../../../shared/parser/index.ts';
import { readDoc } from './doc.ts';
import { readDocx } from './docx.ts';
import { readOdt } from './odt.ts';
import { UnreadableDocument, type Extracted } from './extracted.ts';
import { readHtml } from './html.ts';
import { readOfd } from './ofd.ts';
import { mhtmlPage } from './mhtml.ts';
import { readPdf } from './pdf.ts';
import { readRtf } from './rtf.ts';
import { sniffFormat } from './sniff.ts';

export interface ExtractOptions {
  /** Force the encoding of a text file or web page instead of detecting it (e.g. `gbk`). */
  encoding?: string;
}

function readText(bytes: Uint8Array, options: ExtractOptions): Extracted {
  const decoded = decodeDocument(bytes, options.encoding ? { encoding: options.encoding } : {});
  if (!decoded.ok) throw new UnreadableDocument(decoded.refusal);
  return {
    format: 'text',
    lines: splitLines(decoded.text),
    encoding: decoded.encoding,
    ...(decoded.note ? { note: decoded.note } : {}),
  };
}

/** A reader's own refusal as it is; anything else a reader throws (a file shaped in a way it cannot follow) as one sentence. */
function asRefusal(err: unknown, format: RefusedFormat): never {
  if (err instanceof UnreadableDocument) throw err;
  throw new UnreadableDocument(
    refusal('format-unreadable', { format, detail: err instanceof Error ? err.message : String(err) }),
  );
}

/** Formats read by extractDocument only: their readers take asynchronous work, or are not for shipped documents. */
export type LaterFormat = 'pdf' | 'docx' | 'doc' | 'rtf' | 'odt' | 'ofd';
const LATER: readonly string[] = ['pdf', 'docx', 'doc', 'rtf', 'odt', 'ofd'] satisfies LaterFormat[];

/** Text files and web pages are read without waiting; the format's name for those that need extractDocument. */
export function extractNow(bytes: Uint8Array, options: ExtractOptions = {}): Extracted | LaterFormat {
  if (bytes.length === 0) throw new UnreadableDocument(refusal('empty', {}));
  const sniffed = sniffFormat(bytes);
  if ('refused' in sniffed) throw new UnreadableDocument(sniffed.refused);
  const { format } = sniffed;
  if (LATER.includes(format)) return format as LaterFormat;
  try {
    if (format === 'text') return readText(bytes, options);
    if (format === 'html') return readHtml(bytes, options.encoding);
    const page = mhtmlPage(bytes);
    if (!page) throw new UnreadableDocument(refusal('mhtml-no-page', {}));
    return readHtml(page.html, options.encoding, page.charset ?? undefined);
  } catch (err) {
    asRefusal(err, format);
  }
}

/** Any of the formats (text, web page, Word .docx or 97-2003 .doc, RTF, OpenDocument text, PDF, OFD), recognised by content. */
export async function extractDocument(bytes: Uint8Array, options: ExtractOptions = {}): Promise<Extracted> {
  const now = extractNow(bytes, options);
  if (now === 'pdf') return readPdf(bytes).catch((err: unknown) => asRefusal(err, 'pdf'));
  if (now === 'docx') return readDocx(bytes).catch((err: unknown) => asRefusal(err, 'docx'));
  if (now === 'doc') return readDoc(bytes).catch((err: unknown) => asRefusal(err, 'doc'));
  if (now === 'rtf') {
    try {
      return readRtf(bytes);
    } catch (err) {
      asRefusal(err, 'rtf');
    }
  }
  if (now === 'odt') return readOdt(bytes).catch((err: unknown) => asRefusal(err, 'odt'));
  if (now === 'ofd') return readOfd(bytes).catch((err: unknown) => asRefusal(err, 'ofd'));
  return now;
}
