// Reads a document file for parsing: text, web page, Word .docx/.doc, RTF, .odt, PDF or OFD, recognised by
// content (see extract.ts). Refuses what cannot be read (missing, a directory, too large,
// empty, binary, damaged, encrypted, scanned) with one clear message. The extracted lines
// are what the parser reads and what the source stores, so every `line` points into them.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { refusal, refusalLine, type DocumentRefusal } from '../../../shared/documents/refusals.ts';
import { parseDocument } from '../../../shared/parser/index.ts';
import type { ParsedDocument } from '../../../shared/types.ts';
import type { SourceDocument } from '../store/write.ts';
import { extractDocument, extractNow } from './extract.ts';
import { UnreadableDocument, type DocumentFormat, type Extracted } from './extracted.ts';

/** Office descriptions are a few hundred KiB at most; anything this big is not one. */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

export interface DocumentOptions {
  /** Force the encoding instead of detecting it (e.g. `gbk`). */
  encoding?: string;
  /** Store the office under this name instead of the one found in the document. */
  name?: string;
}

export interface LoadedDocument {
  format: DocumentFormat;
  parsed: ParsedDocument;
  source: SourceDocument;
  /** What the reader repaired or left out, for the user. */
  note?: string;
}

/** A document that cannot be read: the file, its typed reason, and `message`, one English line naming the file. */
export class DocumentError extends Error {
  readonly file: string;
  readonly refusal: DocumentRefusal;
  constructor(file: string, refusal: DocumentRefusal) {
    super(refusalLine(file, refusal));
    this.file = file;
    this.refusal = refusal;
  }
}

function fail(path: string, reason: DocumentRefusal): never {
  throw new DocumentError(path, reason);
}

function readBytes(path: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) fail(path, refusal('directory', {}));
    if (!stat.isFile()) fail(path, refusal('not-a-file', {}));
    size = stat.size;
  } catch (err) {
    if (err instanceof DocumentError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    fail(
      path,
      code === 'ENOENT'
        ? refusal('missing', {})
        : code === 'EACCES'
          ? refusal('permission-denied', {})
          : refusal('io-error', { detail: String(err) }),
    );
  }
  if (size > MAX_DOCUMENT_BYTES) {
    fail(
      path,
      refusal('too-large', {
        mib: Math.round((size / 1024 / 1024) * 10) / 10,
        maxMib: MAX_DOCUMENT_BYTES / 1024 / 1024,
      }),
    );
  }
  try {
    return readFileSync(path);
  } catch (err) {
    fail(path, refusal('io-error', { detail: (err as NodeJS.ErrnoException).code ?? String(err) }));
  }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The sha256 (hex) of a document file's bytes, the same as its source records on import. */
export function documentSha256(path: string): string {
  return sha256(readBytes(path));
}

/** The parser's diagnostic for a document that names no office (it then guesses a name). */
const NO_OFFICE_NAME = 'no-office-name';

/**
 * For import: a document must name its office, since the name decides which stored office
 * it replaces; a guessed name (say, the first line of some unrelated text file) would not.
 */
export function requireOfficeName(path: string, doc: LoadedDocument, options: DocumentOptions): void {
  const guessed = doc.parsed.diagnostics.some((d) => d.code === NO_OFFICE_NAME);
  if (options.name === undefined && (guessed || !doc.parsed.office.name.trim())) {
    fail(path, refusal('no-office-name', {}));
  }
}

function parseExtracted(
  path: string,
  bytes: Uint8Array,
  extracted: Extracted,
  options: DocumentOptions,
): LoadedDocument {
  let parsed: ParsedDocument;
  try {
    parsed = parseDocument(extracted.lines.join('\n'));
  } catch (err) {
    fail(path, refusal('parse-failed', { detail: err instanceof Error ? err.message : String(err) }));
  }
  if (options.name !== undefined) parsed = { ...parsed, office: { ...parsed.office, name: options.name } };
  return {
    format: extracted.format,
    parsed,
    source: { path: basename(path), sha256: sha256(bytes), encoding: extracted.encoding, lines: extracted.lines },
    ...(extracted.note ? { note: extracted.note } : {}),
  };
}

/** A reader's refusal, with the file's path in front. */
function refused(path: string, err: unknown): never {
  if (err instanceof UnreadableDocument) fail(path, err.refusal);
  throw err;
}

/** Reads and parses a document in any of the formats extractDocument reads. */
export async function loadDocument(path: string, options: DocumentOptions = {}): Promise<LoadedDocument> {
  const bytes = readBytes(path);
  const extracted = await extractDocument(bytes, options).catch((err: unknown) => refused(path, err));
  return parseExtracted(path, bytes, extracted, options);
}

/**
 * Reads and parses a text document or web page without waiting, for callers inside a
 * database transaction (the app's shipped documents, which are text); a Word file or PDF
 * is refused, since reading those takes asynchronous work.
 */
export function loadDocumentNow(path: string, options: DocumentOptions = {}): LoadedDocument {
  const bytes = readBytes(path);
  let extracted: ReturnType<typeof extractNow>;
  try {
    extracted = extractNow(bytes, options);
  } catch (err) {
    refused(path, err);
  }
  if (typeof extracted === 'string')
    fail(path, refusal('not-shippable', { context: extracted === 'docx' || extracted === 'doc' ? 'word' : extracted }));
  return parseExtracted(path, bytes, extracted, options);
}
