// PDF -> lines, with pdfjs-dist (Mozilla's PDF reader, the one Firefox uses: it reads CJK
// CID fonts through the Adobe CMaps it ships, and encrypted or damaged files fail with
// typed errors). The legacy build runs in plain Node; its "worker" runs on this thread, fonts
// are never loaded or compiled and nothing is fetched: only the text layer is read.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pdfLines, type PdfPage, type TextRun } from '../../../shared/documents/pdf-lines.ts';
import { refusal, type DocumentRefusal } from '../../../shared/documents/refusals.ts';
import { UnreadableDocument, type Extracted } from './extracted.ts';

/** Fewer visible characters per page than this and the PDF is pictures of pages. */
const MIN_CHARS_PER_PAGE = 10;

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const assetUrl = (folder: string) => pathToFileURL(join(pdfjsRoot, folder) + '/').href;

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<Pdfjs> | undefined;

/** pdfjs is large; it is loaded on the first PDF, not whenever documents are read. */
function pdfjs(): Promise<Pdfjs> {
  loaded ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loaded;
}

function describeFailure(err: unknown): DocumentRefusal {
  const name = (err as { name?: string } | null)?.name;
  if (name === 'PasswordException') return refusal('pdf-encrypted', {});
  if (name === 'InvalidPDFException') return refusal('pdf-damaged', {});
  return refusal('format-unreadable', { format: 'pdf', detail: err instanceof Error ? err.message : String(err) });
}

export async function readPdf(bytes: Uint8Array): Promise<Extracted> {
  const { getDocument, VerbosityLevel } = await pdfjs();
  const task = getDocument({
    // pdfjs takes ownership of (detaches) the buffer it is given: give it a copy.
    data: new Uint8Array(bytes),
    verbosity: VerbosityLevel.ERRORS,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    stopAtErrors: false,
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('standard_fonts'),
  });
  const pages: PdfPage[] = [];
  let chars = 0;
  try {
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, , , x, y] = item.transform as number[];
        runs.push({ text: item.str, x: x!, y: y!, width: item.width, size: item.height || Math.hypot(a!, b!) });
        chars += item.str.replace(/\s/g, '').length;
      }
      pages.push({ width: page.view[2]! - page.view[0]!, runs });
      page.cleanup();
    }
  } catch (err) {
    throw new UnreadableDocument(describeFailure(err));
  } finally {
    await task.destroy();
  }
  if (pages.length === 0 || chars < MIN_CHARS_PER_PAGE * pages.length) {
    throw new UnreadableDocument(refusal('pdf-scanned', {}));
  }
  return { format: 'pdf', lines: pdfLines(pages), encoding: 'pdf' };
}
