// Every reason a file is refused for import, by code, with the values it names. The English
// sentence (for the CLI, which prints it after the file's path) is written here, once; a UI
// renders `code` and `params` in its own language instead (`context` picks the wording).

/** What a format is called in a refusal (a saved web archive is read as the page inside it). */
export type RefusedFormat = 'text' | 'html' | 'mhtml' | 'docx' | 'doc' | 'rtf' | 'odt' | 'pdf' | 'ofd';

type None = Record<string, never>;

export interface RefusalParams {
  // The file itself, before any reader.
  directory: None;
  'not-a-file': None;
  missing: None;
  'permission-denied': None;
  'io-error': { detail: string };
  'too-large': { mib: number; maxMib: number };
  /** Over the most an upload to the app may carry. */
  'upload-too-large': { maxMib: number };
  empty: None;
  // Formats no reader takes, recognised by their bytes.
  image: { kind: 'PNG' | 'JPEG' | 'GIF' | 'BMP' | 'TIFF' | 'WebP'; context: 'scan' | 'picture' };
  program: { context: 'elf' | 'windows' };
  archive: { kind: 'gzip' | 'RAR' | '7-Zip' };
  zip: None;
  spreadsheet: { context: 'legacy' | 'modern' };
  presentation: { context: 'legacy' | 'modern' };
  opendocument: None;
  'old-office': None;
  works: None;
  // Text that does not decode.
  blank: None;
  binary: { context: 'control' | 'nul' | 'plain' };
  'unknown-encoding': { encoding: string };
  'invalid-encoding': { encoding: string };
  'invalid-bom': { bom: string };
  'unknown-charset': None;
  // A reader's refusal.
  'pdf-scanned': None;
  'pdf-encrypted': None;
  'pdf-damaged': None;
  'docx-damaged': None;
  'ofd-scanned': None;
  'ofd-damaged': None;
  'doc-unreadable': None;
  'rtf-damaged': None;
  'odt-damaged': None;
  'odt-encrypted': None;
  'no-text': { context: 'docx' | 'doc' | 'rtf' | 'odt' };
  'html-frame': None;
  'html-no-content': None;
  'mhtml-no-page': None;
  /** A reader failed in a way it did not foresee; `detail` is its own words (English). */
  'format-unreadable': { format: RefusedFormat; detail: string };
  // Read, but not importable as it is.
  'parse-failed': { detail: string };
  'no-office-name': None;
  'not-shippable': { context: 'pdf' | 'word' | 'rtf' | 'odt' | 'ofd' };
  'apply-no-office-name': None;
  // A data package: `detail` is the package reader's own words (English).
  'package-altered': { detail: string };
  'package-unreadable': { detail: string };
  'package-untrusted': { context: 'signed' | 'unsigned' };
  /** A batch import takes no per-file confirmation: these files are imported alone. */
  'batch-untrusted-signer': None;
  'batch-no-office-name': None;
}

export type RefusalCode = keyof RefusalParams;

/** A refusal as it crosses the API: its code and the values its sentence names. */
export type DocumentRefusal = { [C in RefusalCode]: { code: C; params: RefusalParams[C] } }[RefusalCode];

/** The formats' English names (the renderer's English locale words them the same). */
export const FORMAT_NAMES: Record<RefusedFormat, string> = {
  text: 'text file',
  html: 'web page',
  mhtml: 'web archive',
  docx: 'Word file',
  doc: 'Word 97-2003 file',
  rtf: 'RTF file',
  odt: 'OpenDocument text file',
  pdf: 'PDF',
  ofd: 'OFD file',
};

const SAVE_SHEET = 'save the sheet as PDF or copy its text';

type Wording = { [C in RefusalCode]: (p: RefusalParams[C]) => string };

// Each sentence follows the file's name (`a.pdf: is a PDF …`).
const ENGLISH: Wording = {
  directory: () => 'is a directory, not a document',
  'not-a-file': () => 'is not a regular file',
  missing: () => 'no such file',
  'permission-denied': () => 'permission denied',
  'io-error': (p) => `cannot be read (${p.detail})`,
  'too-large': (p) => `is too large (${p.mib.toFixed(1)} MiB; a document may be at most ${p.maxMib} MiB)`,
  'upload-too-large': (p) => `is larger than ${p.maxMib} MiB`,
  empty: () => 'the file is empty',
  image: (p) => `is a ${p.kind} image, not a document${p.context === 'scan' ? '; a scanned page needs OCR first' : ''}`,
  program: (p) =>
    `is a program (${p.context === 'elf' ? 'an ELF executable' : 'a Windows executable'}), not a document`,
  archive: (p) => `is a ${p.kind} archive, not a document; unpack it first`,
  zip: () => 'is a ZIP archive, not a document; unpack it and read the document inside',
  spreadsheet: (p) =>
    p.context === 'legacy'
      ? `is an Excel 97-2003 workbook (.xls), not an office description; ${SAVE_SHEET}`
      : `is an Excel workbook, not an office description; ${SAVE_SHEET}`,
  presentation: (p) =>
    p.context === 'legacy'
      ? 'is a PowerPoint 97-2003 presentation (.ppt), not an office description'
      : 'is a PowerPoint presentation, not an office description',
  opendocument: () =>
    'is an OpenDocument spreadsheet, presentation or drawing, not an office description; save it as PDF or copy its text',
  'old-office': () =>
    'is an old-style Office or WPS file that is not read (it holds no Word text, or is damaged); save it as .docx or PDF',
  works: () =>
    'is a Microsoft Works document (.wps), which is not read; open it in Works, Word or LibreOffice and save it as .docx or PDF',
  blank: () => 'the file contains only blank space, no text',
  binary: (p) =>
    p.context === 'plain'
      ? 'the file looks like binary data, not a text document'
      : `the file looks like binary data (it contains ${p.context === 'nul' ? 'NUL bytes' : 'control characters'}), not a text document`,
  'unknown-encoding': (p) => `"${p.encoding}" is not an encoding this program knows`,
  'invalid-encoding': (p) => `the file is not valid ${p.encoding} text`,
  'invalid-bom': (p) => `the file starts with a ${p.bom} byte-order mark but is not valid ${p.bom} text`,
  'unknown-charset': () => 'the file is neither UTF-8, UTF-16 nor GBK/GB18030 text',
  'pdf-scanned': () =>
    'is a PDF with no text layer (it looks like scanned pages); run OCR on it first, or use the text, Word or web version',
  'pdf-encrypted': () => 'is a password-protected (encrypted) PDF; save an unprotected copy to read it',
  'pdf-damaged': () => 'is a damaged PDF (its structure cannot be read)',
  'docx-damaged': () => 'is a damaged Word file (.docx): its contents cannot be read',
  'ofd-scanned': () =>
    'is an OFD file with no text in it (it looks like scanned pages); run OCR on it first, or use the text, Word or web version',
  'ofd-damaged': () => 'is a damaged OFD file: its pages cannot be read',
  'doc-unreadable': () =>
    'is a Word 97-2003 file (.doc) that cannot be read (damaged or password-protected); save it as .docx',
  'rtf-damaged': () => 'is a damaged RTF file: it is cut off or its groups do not close',
  'odt-damaged': () => 'is a damaged OpenDocument text file (.odt): its contents cannot be read',
  'odt-encrypted': () => 'is a password-protected OpenDocument text file (.odt); save an unprotected copy to read it',
  'no-text': (p) =>
    ({
      docx: 'is a Word file with no text in it',
      doc: 'is a Word 97-2003 file (.doc) with no text in it',
      rtf: 'is an RTF file with no text in it',
      odt: 'is an OpenDocument text file (.odt) with no text in it',
    })[p.context],
  'html-frame': () =>
    'is a web page whose content is in a frame that was not saved with it; open the frame on its own and save that page',
  'html-no-content': () => 'is a web page with no office content in it (only navigation, links or scripts)',
  'mhtml-no-page': () => 'is a saved web archive (.mht) with no web page in it',
  'format-unreadable': (p) => `is a ${FORMAT_NAMES[p.format]} that cannot be read (${p.detail})`,
  'parse-failed': (p) => `could not be parsed (${p.detail})`,
  'no-office-name': () =>
    'no office name found in it; is it an office description? (name it with --options \'{"name":"…"}\')',
  'not-shippable': (p) =>
    `is ${{ pdf: 'a PDF', word: 'a Word', rtf: 'an RTF', odt: 'an OpenDocument text', ofd: 'an OFD' }[p.context]} file; only text and web pages can be shipped documents`,
  'apply-no-office-name': () => 'no office name found in it; fix the office name before applying',
  'package-altered': (p) => `refused, the package is altered: ${p.detail}`,
  'package-unreadable': (p) => `refused: ${p.detail}`,
  'package-untrusted': (p) =>
    `is ${p.context === 'signed' ? 'signed by a key you do not trust' : 'not signed'}; confirm to import it anyway`,
  'batch-untrusted-signer': () => 'is not from a trusted signer; import it alone to confirm it',
  'batch-no-office-name': () => 'no office name found in it; import it alone to name the office',
};

export function refusal<C extends RefusalCode>(code: C, params: RefusalParams[C]): DocumentRefusal {
  return { code, params } as DocumentRefusal;
}

/** The refusal's English sentence, without the file's name. */
export function refusalEnglish(r: DocumentRefusal): string {
  return (ENGLISH[r.code] as (p: RefusalParams[RefusalCode]) => string)(r.params);
}

/** Codes whose sentence joins the file's name with a space (`scan.pdf is not …`), not `: `. */
const SPACED: ReadonlySet<RefusalCode> = new Set(['batch-untrusted-signer', 'upload-too-large', 'package-untrusted']);

/** The one line the CLI and the API's `message` give: the file's name, then the sentence. */
export function refusalLine(file: string, r: DocumentRefusal): string {
  return `${file}${SPACED.has(r.code) ? ' ' : ': '}${refusalEnglish(r)}`;
}
