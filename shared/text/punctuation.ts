// Display typography for Chinese text: half-width , ; : ( ) ! ? written between or next to
// Chinese characters are shown in the full-width forms Chinese typesetting uses (，；：（）！？).
// Stored text is never changed; this runs where text is displayed or printed. Each mark maps
// to one character, so highlight ranges computed on the stored text stay valid.
// Left alone: Latin text, numbers (1,000 · 10:30 · 1:2), URLs, e-mail addresses, and a
// bracketed number that runs into digits (a phone number's area code: (0791)8626…).

const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
  '!': '！',
  '?': '？',
};

/** Han characters and the CJK punctuation and full-width forms that sit among them. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/** The marks this converts, in either width, and quotes: context is read past them, so
 *  whether a neighbour has been converted already never changes a decision (idempotence). */
const TRANSPARENT = /[,;:()!?，；：（）！？"'“”‘’]/;
/** ASCII-only spans whose punctuation belongs to them. */
const PROTECTED = /[a-z][a-z0-9+.-]*:\/\/[\x21-\x7e]*|www\.[\x21-\x7e]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

type Side = 'cjk' | 'digit' | 'other' | 'edge';

function sideAt(text: string, from: number, step: 1 | -1): Side {
  for (let i = from; i >= 0 && i < text.length; i += step) {
    const ch = text[i]!;
    if (TRANSPARENT.test(ch)) continue;
    if (CJK.test(ch)) return 'cjk';
    return /[0-9]/.test(ch) ? 'digit' : 'other';
  }
  return 'edge';
}

/** Index of the bracket closing the one at `open` (either width), or -1. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '（') depth++;
    else if (ch === ')' || ch === '）') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function hasCjk(text: string): boolean {
  for (const ch of text) if (CJK.test(ch) && !TRANSPARENT.test(ch)) return true;
  return false;
}

/** Whether a bracket pair at [open, close] reads as Chinese: Chinese inside, or Chinese
 *  outside with nothing Latin or numeric running into it. */
function pairIsChinese(text: string, open: number, close: number): boolean {
  if (hasCjk(text.slice(open + 1, close))) return true;
  const before = sideAt(text, open - 1, -1);
  const after = sideAt(text, close + 1, 1);
  const quiet = (s: Side) => s === 'cjk' || s === 'edge';
  return quiet(before) && quiet(after) && (before === 'cjk' || after === 'cjk');
}

function protectedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const m of text.matchAll(PROTECTED)) mask.fill(1, m.index, m.index + m[0].length);
  return mask;
}

/** `text` with its half-width punctuation in Chinese context shown full-width. */
export function fullWidthPunctuation(text: string): string {
  if (!CJK.test(text) || !/[,;:()!?]/.test(text)) return text;
  const mask = protectedMask(text);
  const out = text.split('');
  const bracketDone = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const wide = FULL_WIDTH[ch];
    if (!wide || mask[i] || bracketDone.has(i)) continue;
    if (ch === '(' || ch === '（') {
      const close = closingBracket(text, i);
      if (close >= 0) {
        bracketDone.add(close);
        if (pairIsChinese(text, i, close)) {
          out[i] = '（';
          if (!mask[close]) out[close] = '）';
        }
        continue;
      }
    }
    const before = sideAt(text, i - 1, -1);
    const after = sideAt(text, i + 1, 1);
    if (before === 'cjk' || after === 'cjk') out[i] = wide;
  }
  return out.join('');
}
