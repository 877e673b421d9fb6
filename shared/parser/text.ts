// Character classes and small string helpers shared by the parser modules.

/** Punctuation after which a paragraph counts as complete (closing quotes/brackets included). */
const TERMINAL = /[。．.！!？?；;：:…”"』」）)】〕>》]$/;

export function endsComplete(s: string): boolean {
  return TERMINAL.test(s.trim());
}

/** Sentence punctuation that never occurs inside a unit name or heading. */
export const SENTENCE_PUNCT = /[。，,；;：:！!？?]/;

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Value of a Chinese numeral up to 9999 (一, 十二, 二十, 一百零五); NaN when it is not one. */
export function chineseNumber(s: string): number {
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(s)) return NaN;
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = ch === '十' ? 10 : ch === '百' ? 100 : 1000;
    total += (digit < 0 ? 1 : digit) * unit;
    digit = -1;
  }
  if (digit > 0) total += digit;
  return total;
}

/** Value of an Arabic (ASCII or full-width) or Chinese numeral; NaN otherwise. */
export function numberValue(s: string): number {
  const ascii = toAsciiDigits(s);
  if (/^\d+$/.test(ascii)) return Number(ascii);
  return chineseNumber(s);
}

/** Full-width digits ０-９ to ASCII. */
export function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** Removes duplicates and empty strings, keeping the first occurrence's order. */
export function unique(items: readonly string[], exclude: readonly string[] = []): string[] {
  const seen = new Set(exclude);
  const out: string[] = [];
  for (const item of items) {
    if (item && !seen.has(item)) {
      seen.add(item);
      out.push(item);
    }
  }
  return out;
}
