// Bytes -> text. Detects the encoding (BOM, strict UTF-8, then GB18030, which is a superset
// of GBK and GB2312, the encodings of most older Chinese government pages) and rejects
// input that is not a text document, with one human sentence saying why.
import { refusal, refusalEnglish, type DocumentRefusal } from '../documents/refusals.ts';
import { countHan } from '../text/han.ts';

export type DecodeResult =
  /** `note` says what was repaired, e.g. a few invalid UTF-8 bytes in an otherwise UTF-8 file. */
  | { ok: true; text: string; encoding: string; note?: string }
  | { ok: false; reason: 'empty' | 'binary' | 'undecodable'; message: string; refusal: DocumentRefusal };

export interface DecodeOptions {
  /** Force an encoding label (e.g. `gbk`) instead of detecting it. */
  encoding?: string;
}

type Failure = Extract<DecodeResult, { ok: false }>;

function fail(reason: Failure['reason'], why: DocumentRefusal): Failure {
  return { ok: false, reason, message: refusalEnglish(why), refusal: why };
}

/** Decodes strictly; null when the bytes are not valid in that encoding. */
function tryDecode(bytes: Uint8Array, label: string): { text: string; encoding: string } | null {
  const decoder = new TextDecoder(label, { fatal: true });
  try {
    return { text: decoder.decode(bytes), encoding: decoder.encoding };
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

// Control characters other than tab, line feed, vertical tab, form feed and carriage return.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/** Text that decoded but is really binary data: NULs or more than a trace of control characters. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls > 8 || controls > text.length / 100;
}

// Characters a real Chinese document is made of; random bytes that happen to decode as
// GB18030 land mostly outside these ranges (rare ideographs, private use, odd scripts).
const PLAUSIBLE =
  /[\t\n\r\u0020-\u007e\u00a0-\u00ff\u2000-\u206f\u2100-\u27ff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3134f}]/gu;

function looksLikeText(text: string): boolean {
  const plausible = text.match(PLAUSIBLE)?.length ?? 0;
  let codePoints = 0;
  for (const _ of text) codePoints++;
  return plausible >= codePoints * 0.95;
}

function accept(text: string, encoding: string): DecodeResult {
  const body = text.replace(/^\uFEFF/, '');
  if (looksBinary(body)) {
    return fail('binary', refusal('binary', { context: 'control' }));
  }
  if (body.trim() === '') {
    return fail('empty', refusal('blank', {}));
  }
  return { ok: true, text: body, encoding };
}

/** Detects the encoding (BOM, UTF-8, UTF-16, GB18030/GBK) and decodes; rejects binary/empty input. */
export function decodeDocument(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  if (bytes.length === 0) return fail('empty', refusal('empty', {}));

  if (options.encoding !== undefined) {
    let decoded: { text: string; encoding: string } | null;
    try {
      decoded = tryDecode(bytes, options.encoding);
    } catch {
      return fail('undecodable', refusal('unknown-encoding', { encoding: options.encoding }));
    }
    if (!decoded) return fail('undecodable', refusal('invalid-encoding', { encoding: options.encoding }));
    return accept(decoded.text, decoded.encoding);
  }

  const bom = bomEncoding(bytes);
  if (bom) {
    const decoded = tryDecode(bytes, bom);
    if (!decoded) return fail('undecodable', refusal('invalid-bom', { bom }));
    return accept(decoded.text, decoded.encoding);
  }

  // NUL bytes never occur in UTF-8 or GB18030 text. Without a BOM they mean UTF-16 that lost
  // its BOM (every line end is 0A 00), or binary data.
  if (bytes.includes(0)) {
    for (const label of ['utf-16le', 'utf-16be']) {
      const decoded = bytes.length % 2 === 0 ? tryDecode(bytes, label) : null;
      if (decoded && looksLikeText(decoded.text) && !looksBinary(decoded.text))
        return accept(decoded.text, decoded.encoding);
    }
    return fail('binary', refusal('binary', { context: 'nul' }));
  }

  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8) return accept(utf8.text, utf8.encoding);

  // A UTF-8 file with a stray bad byte (often one cut off at the end) is still UTF-8; decoding
  // it as GB18030 would turn all of it into nonsense. GBK text read as UTF-8 breaks everywhere.
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const broken = lenient.match(/\uFFFD/g)?.length ?? 0;
  const han = countHan(lenient);
  if (broken <= Math.max(1, lenient.length / 1000) && han >= 20) {
    const result = accept(lenient, 'utf-8');
    const plural = broken === 1 ? 'sequence was' : 'sequences were';
    return result.ok ? { ...result, note: `${broken} invalid UTF-8 byte ${plural} replaced with U+FFFD` } : result;
  }

  const gb = tryDecode(bytes, 'gb18030');
  if (gb && looksLikeText(gb.text)) return accept(gb.text, gb.encoding);
  if (gb) return fail('binary', refusal('binary', { context: 'plain' }));

  return fail('undecodable', refusal('unknown-charset', {}));
}
