// A web page's bytes -> text. The page's own charset (`<meta charset>` or the http-equiv
// content type) decides, except where the bytes say otherwise: a byte-order mark, or bytes
// that are valid UTF-8 (a page saved by a browser is re-encoded as UTF-8 but often keeps its
// old `charset=gb2312`; real GBK text is almost never valid UTF-8). Without a usable charset
// the text decoder's detection (UTF-8, UTF-16, GB18030) decides.
import { decodeDocument, type DecodeResult } from '../../../shared/parser/index.ts';

const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset a page declares in its first 4 KiB, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const hasBom = (b: Uint8Array) =>
  (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) ||
  (b[0] === 0xff && b[1] === 0xfe) ||
  (b[0] === 0xfe && b[1] === 0xff);

/**
 * A page in its declared charset with a few bytes that are not valid in it (a page cut off
 * mid-character, a stray byte): those become U+FFFD, and a note says how many.
 */
function leniently(bytes: Uint8Array, label: string): DecodeResult | null {
  const text = new TextDecoder(label).decode(bytes);
  const broken = text.match(/\uFFFD/g)?.length ?? 0;
  if (broken > Math.max(1, text.length / 1000)) return null;
  const result = decodeDocument(new TextEncoder().encode(text));
  const plural = broken === 1 ? 'sequence was' : 'sequences were';
  return result.ok
    ? {
        ...result,
        encoding: new TextDecoder(label).encoding,
        note: `${broken} invalid ${label} byte ${plural} replaced with U+FFFD`,
      }
    : null;
}

/** `forced` is the user's encoding; `charset` one declared outside the page (a web archive's part header). */
export function decodeHtml(bytes: Uint8Array, forced?: string, charset?: string): DecodeResult {
  if (forced !== undefined) return decodeDocument(bytes, { encoding: forced });
  const declared = charset ?? declaredCharset(bytes);
  if (declared && !hasBom(bytes) && !isValidUtf8(bytes)) {
    let known = true;
    try {
      new TextDecoder(declared);
    } catch {
      known = false;
    }
    // gb2312 and gbk pages often hold characters only GB18030 has; it is their superset.
    const label = /^(gb2312|gbk|x-gbk|gb_2312-80)$/.test(declared) ? 'gb18030' : declared;
    if (known) {
      const result = decodeDocument(bytes, { encoding: label });
      if (result.ok || result.reason !== 'undecodable') return result;
      const lenient = leniently(bytes, label);
      if (lenient) return lenient;
    }
  }
  return decodeDocument(bytes);
}
