// Numbering labels that a word processor or browser draws but the text does not contain:
// Word's automatic list numbering (numFmt + lvlText such as `%1、`, `（%1）`) and HTML <ol>
// markers. Written out as text, they let the parser see `一、…` and `（二）…` as it would in
// a plain text document.

/** Number styles, named as Word's numFmt values (HTML list-style-types map onto these). */
export type NumberStyle =
  | 'decimal'
  | 'decimalFullWidth'
  | 'chineseCounting'
  | 'ideographTraditional'
  | 'decimalEnclosedCircle'
  | 'lowerLetter'
  | 'upperLetter'
  | 'lowerRoman'
  | 'upperRoman'
  | 'bullet'
  | 'none';

const DIGITS = '零一二三四五六七八九';
const STEMS = '甲乙丙丁戊己庚辛壬癸';

/** 1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 105 -> 一百零五 (the way documents number items). */
export function chineseNumber(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]!;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d] + unit;
  });
  // 一十二 is written 十二.
  return n >= 10 && n < 20 ? out.slice(1) : out;
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

function letters(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out;
}

/** The number `n` (1-based) written in `style`; '' for bullets and unnumbered lists. */
export function formatNumber(n: number, style: NumberStyle): string {
  switch (style) {
    case 'decimal':
      return String(n);
    case 'decimalFullWidth':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'chineseCounting':
      return chineseNumber(n);
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? STEMS[n - 1]! : chineseNumber(n);
    case 'decimalEnclosedCircle':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'bullet':
    case 'none':
      return '';
  }
}

// Word's numFmt values that write the same numerals as one of ours.
const WORD_ALIASES: Record<string, NumberStyle> = {
  decimalZero: 'decimal',
  decimalHalfWidth: 'decimal',
  decimalFullWidth2: 'decimalFullWidth',
  chineseCountingThousand: 'chineseCounting',
  chineseLegalSimplified: 'chineseCounting',
  japaneseCounting: 'chineseCounting',
  taiwaneseCounting: 'chineseCounting',
  taiwaneseCountingThousand: 'chineseCounting',
  ideographDigital: 'chineseCounting',
  ideographLegalTraditional: 'chineseCounting',
  ideographEnclosedCircle: 'decimalEnclosedCircle',
  decimalEnclosedCircleChinese: 'decimalEnclosedCircle',
  chineseCountingTenThousand: 'chineseCounting',
};

/** A Word numFmt value as a NumberStyle (unknown formats count in decimal, as Word falls back). */
export function wordNumberStyle(numFmt: string | null): NumberStyle {
  if (numFmt === null) return 'decimal';
  const known: readonly string[] = [
    'decimal',
    'decimalFullWidth',
    'chineseCounting',
    'ideographTraditional',
    'decimalEnclosedCircle',
    'lowerLetter',
    'upperLetter',
    'lowerRoman',
    'upperRoman',
    'bullet',
    'none',
  ];
  if (known.includes(numFmt)) return numFmt as NumberStyle;
  return WORD_ALIASES[numFmt] ?? 'decimal';
}

/** An HTML list's marker style, from `<ol type>` or its CSS list-style-type. */
export function htmlNumberStyle(type: string | null, listStyle: string | null): NumberStyle {
  const css = listStyle?.trim().toLowerCase() ?? '';
  if (css === 'none') return 'none';
  if (/cjk-ideographic|simp-chinese|trad-chinese|cjk-decimal/.test(css))
    return css.includes('cjk-decimal') ? 'decimal' : 'chineseCounting';
  if (/cjk-heavenly-stem/.test(css)) return 'ideographTraditional';
  if (/lower-(alpha|latin)/.test(css)) return 'lowerLetter';
  if (/upper-(alpha|latin)/.test(css)) return 'upperLetter';
  if (css.includes('lower-roman')) return 'lowerRoman';
  if (css.includes('upper-roman')) return 'upperRoman';
  if (/^(disc|circle|square)$/.test(css)) return 'bullet';
  switch (type) {
    case 'a':
      return 'lowerLetter';
    case 'A':
      return 'upperLetter';
    case 'i':
      return 'lowerRoman';
    case 'I':
      return 'upperRoman';
    default:
      return 'decimal';
  }
}

/**
 * Word's level text with each `%k` replaced by level k's current number in that level's
 * style: `%1、` with 3 in chineseCounting is `三、`; `%1.%2` is `2.4`.
 */
export function wordLabel(levelText: string, counters: readonly number[], styles: readonly NumberStyle[]): string {
  return levelText.replace(/%([1-9])/g, (_, k: string) => {
    const i = Number(k) - 1;
    return formatNumber(counters[i] ?? 1, styles[i] ?? 'decimal');
  });
}
