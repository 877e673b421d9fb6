// Page noise: removed from the texts the parser returns (the raw lines stay untouched for
// provenance). Three kinds: the random watermark token some sites append to each line,
// footnote marks, and pinyin annotations inserted after characters.
import { HAN, hasHan, trimAll } from './text.ts';

// A trailing run of printable ASCII after whitespace, e.g. ` r,?3HH4?1UQ8:8m`.
const TRAILING_TOKEN = /^(.*?)[ \t\u3000\u00a0]+([!-~]{10,24})$/;
const WATERMARK_SYMBOL = /[,.?:;!~+=\-]/;
// Real trailing content that also mixes letters, digits and symbols.
const REAL_TOKEN = /[@/\\]|^www\.|^https?:|\.(?:cn|com|net|org|gov|edu|hk|mo|tw|info)$/i;

/** True for a random watermark token: letters of both cases or a symbol mix, digits and symbols. */
export function isWatermarkToken(token: string): boolean {
  if (REAL_TOKEN.test(token)) return false;
  const hasLetter = /[A-Za-z]/.test(token);
  const hasDigit = /\d/.test(token);
  const symbols = token.match(/[,.?:;!~+=\-]/g)?.length ?? 0;
  if (!hasLetter || !hasDigit || !WATERMARK_SYMBOL.test(token)) return false;
  const mixedCase = /[a-z]/.test(token) && /[A-Z]/.test(token);
  return mixedCase || symbols >= 3;
}

/** Removes a watermark token at the end of a line of Chinese text. */
export function stripWatermark(line: string): string {
  const m = TRAILING_TOKEN.exec(line.replace(/[\s\u3000]+$/, ''));
  if (!m || !hasHan(m[1]) || !isWatermarkToken(m[2])) return line;
  return m[1];
}

// [2] ［3］ [注1] [注] 〔4〕 after some text — at most three digits, so 〔2019〕 in document
// numbers stays, and a mark at the very start of a line (a footnote's own text) stays.
const FOOTNOTE = /(?<=\S)(?:[[［〔](?:注\s*)?[\d０-９]{1,3}[\]］〕]|[[［]注[\]］])/g;

export function stripFootnotes(text: string): string {
  return text.replace(FOOTNOTE, '');
}

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const SYLLABLE = `(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouvü${TONED}]{1,3}(?:ng|n|r)?[1-5]?`;
const PINYIN = new RegExp(`([${HAN}])[(（]\\s*(${SYLLABLE}(?:\\s+${SYLLABLE}){0,3})\\s*[)）]`, 'g');
const TONE_MARK = new RegExp(`[${TONED}1-5]`);

/** Removes `(guó)` after `國`; plain one-letter parentheticals like `(a)` are not pinyin. */
export function stripPinyin(text: string): string {
  return text.replace(PINYIN, (whole, han: string, syllables: string) =>
    TONE_MARK.test(syllables) || syllables.replace(/\s/g, '').length >= 2 ? han : whole,
  );
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', ldquo: '“', rdquo: '”' };

function decodeEntities(text: string): string {
  return text.replace(/&(nbsp|amp|lt|gt|quot|ldquo|rdquo);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** The line's text without page noise and without leading/trailing blank space. */
export function cleanLine(raw: string): string {
  const text = decodeEntities(stripWatermark(raw)).replace(/[\u200b\u200c\u200d\ufeff]/g, '');
  return trimAll(stripPinyin(stripFootnotes(trimAll(text))));
}
