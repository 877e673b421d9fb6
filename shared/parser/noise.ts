// Page noise: removed from the texts the parser returns (the raw lines stay untouched for
// provenance). Three kinds: the random watermark token some sites append to each line,
// footnote marks, and pinyin annotations inserted after characters.
import { HAN, hasHan } from '../text/han.ts';
import { looksLikeOrgName } from './names.ts';

// A trailing run of printable ASCII after blank space, e.g. ` r,?3HH4?1UQ8:8m`.
const TOKEN = /^[!-~]{10,24}$/;
const BLANK = /[ \t\u3000\u00a0]/;
// Real trailing content that also mixes letters, digits and symbols.
const REAL_TOKEN = /[@/\\]|^www\.|^https?:|\.(?:cn|com|net|org|gov|edu|hk|mo|tw|info)$/i;

function charClass(ch: string): number {
  if (ch >= 'a' && ch <= 'z') return 0;
  if (ch >= 'A' && ch <= 'Z') return 1;
  if (ch >= '0' && ch <= '9') return 2;
  return 3;
}

/**
 * True for a random watermark token: letters of both cases, digits and symbols, switching
 * between those classes at most characters (`r,?3HH4?1UQ8:8m`), unlike real codes such as
 * `Tel:0791-86247000` or `ISO9001:2015`, which run in blocks.
 */
export function isWatermarkToken(token: string): boolean {
  if (REAL_TOKEN.test(token)) return false;
  if (!/[a-z]/.test(token) || !/[A-Z]/.test(token) || !/\d/.test(token) || !/[,.?:;!~+=-]/.test(token)) return false;
  let switches = 0;
  for (let i = 1; i < token.length; i++) if (charClass(token[i]) !== charClass(token[i - 1])) switches++;
  return switches >= (token.length - 1) * 0.6;
}

/** Removes a watermark token at the end of a line of Chinese text. */
export function stripWatermark(line: string): string {
  // Scanned by hand rather than with one regex: a regex with a lazy prefix and a blank run
  // backtracks quadratically on long runs of spaces.
  const text = line.trimEnd();
  let start = text.length;
  while (start > 0 && !BLANK.test(text[start - 1])) start--;
  let end = start;
  while (end > 0 && BLANK.test(text[end - 1])) end--;
  if (start === end) return line;
  const token = text.slice(start);
  const before = text.slice(0, end);
  if (!TOKEN.test(token) || !hasHan(before) || !isWatermarkToken(token)) return line;
  return before;
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
  if (!/[(（]/.test(text)) return text;
  return text.replace(PINYIN, (whole, han: string, syllables: string) =>
    TONE_MARK.test(syllables) || syllables.replace(/\s/g, '').length >= 2 ? han : whole,
  );
}

// `办公室（电话：0745-2210011）：负责…`: a unit's phone in brackets between its name and its duty.
// Unit phones are not kept (as a table's phone column is not), and the name must read as a name.
const NAME_PHONE =
  /(?<=\p{Script=Han})[（(](?:联系|办公|值班)?电话[:：]?[\s\u3000]*[\d０-９][\d０-９\-－—、，,/ ]{4,30}[）)](?=[：:。；，,\s\u3000]|$)/gu;

/** A line without the bracketed phone numbers that follow names in it. */
export function stripNamePhones(text: string): string {
  return text.replace(NAME_PHONE, '');
}

// A list page's entry: a link's title with its publish date after it (`办公室2025-03-12`,
// `能源科　[2025-03-13]`). The date is the page's, not the name's; only a name keeps its line.
const LIST_DATE = /^(.{2,30}?)[\s\u3000]*[[［(（]?(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\]］)）]?$/;

/** A name without the publish date a list page sets after it. */
export function stripListDate(text: string): string {
  const m = LIST_DATE.exec(text);
  return m && looksLikeOrgName(m[1]!) ? m[1]! : text;
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', ldquo: '“', rdquo: '”' };

function decodeEntities(text: string): string {
  return text.replace(/&(nbsp|amp|lt|gt|quot|ldquo|rdquo);/g, (_, name: string) => ENTITIES[name] ?? '');
}

// Tags left behind by scrapers (`<p>`, `<br/>`); bounded so a stray `<` costs nothing.
const TAG = /<\/?(?:p|br|span|div|strong|b|i|u|font|em|a)\b[^<>]{0,200}>/gi;

// A bilingual page's English rendering after a Chinese heading, name or label (`办公室 General
// Office`, `地址 Address：…`): words starting Capital-lowercase, up to the line's end or a colon.
const ENGLISH_GLOSS = new RegExp(
  `(?<=[${HAN}）)])[ \\t\u3000]+[A-Z][a-z]+(?:[ \\t]+[A-Za-z][A-Za-z'’&.-]*){0,8}[ \\t]*(?=[:：]|$)`,
  'g',
);

/** Removes the English rendering a bilingual page sets after Chinese text. */
export function stripEnglishGloss(text: string): string {
  return /[A-Z][a-z]/.test(text) ? text.replace(ENGLISH_GLOSS, '') : text;
}

/**
 * A bilingual page's English paragraph (`The Office is a working department of …`): no Han at
 * all and at least four Latin words. It translates the Chinese beside it, so it is no duty.
 */
export function isEnglishProse(text: string): boolean {
  return !hasHan(text) && /[A-Za-z]{2,}(?:[\s,;]+[A-Za-z'’-]+){3,}/.test(text);
}

// A WeChat article's emoji bullets (🔹 📍 ☎️ 👉) are decoration too, but not © and ® (a footer's).
const BULLET = /^(?:[■□●○◆◇▲△★☆▶►•·▪▫◦‣⁃➢➤√✓✔]|(?![©®])\p{Extended_Pictographic}|\ufe0f|\u20e3)+[\s\u3000]*/u;

// `1️⃣ 负责…`: a keycap digit numbers the item as `1.` would.
const KEYCAP = /^(\d)\ufe0f?\u20e3[\s\u3000]*/;

// An icon font's glyph (a Private Use Area character a page sets before a heading or between a
// card's fields): no text, but it parts what it stood between. Between two Han characters it
// is more likely a rare character a GBK user-defined code point kept, so it stays.
const ICON_GLYPH = /(?<!\p{Script=Han})[\ue000-\uf8ff]|[\ue000-\uf8ff](?!\p{Script=Han})/gu;

// A collapsible panel's toggle label copied with its text (`…工作。收起∧`, `，…展开∨`, `…更多>>`):
// the button, not the duty. An arrow or brackets mark it; a bare `展开` may end a sentence.
// The ellipsis before it (`，…展开∨`) goes too, taken off apart: a leading optional run of dots
// in the pattern would backtrack quadratically over a long run of them.
const TOGGLE =
  /(?:(?:展开全文|展开|收起|更多|查看更多)[\s\u3000]*(?:[∧∨︿﹀⌃⌄▲▼△▽↑↓]|>>|》》|»)|[[【［](?:展开|收起|更多)[\]】］])$/;

/** A line without the toggle label a collapsible panel leaves at its end. */
export function stripToggle(text: string): string {
  const m = TOGGLE.exec(text);
  const before = m
    ? text
        .slice(0, m.index)
        .replace(/(?:…+|\.{3,})$/, '')
        .trimEnd()
    : '';
  return before !== '' ? before : text;
}

/** The line's text without page noise and without leading/trailing blank space. */
export function cleanLine(raw: string): string {
  const text = decodeEntities(stripWatermark(raw).replace(TAG, ''))
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(ICON_GLYPH, ' ');
  // JS trim covers ASCII blanks, NBSP and the full-width space U+3000 of indented paragraphs;
  // list bullets (● ◆ ■) are decoration too.
  const keycapped = text.trim().replace(KEYCAP, '$1.');
  return stripListDate(
    stripToggle(stripNamePhones(stripEnglishGloss(stripPinyin(stripFootnotes(keycapped.replace(BULLET, ''))))).trim()),
  );
}
