// Radical code points that stand for ordinary characters in a PDF's text layer. CJK fonts
// draw a radical and the character it looks like with one glyph, and some PDF writers
// (Chromium's among them, with Noto/Source Han fonts) map that glyph back to the radical:
// 青 comes out as ⻘ (U+2ED8), 一 as ⼀ (U+2F00). Kangxi radicals (U+2F00-U+2FD5) have a
// compatibility decomposition to their character; the CJK Radicals Supplement ones do not,
// so their pairs are listed here (derived once from the glyphs Noto Sans CJK SC shares).

// Pairs of (radical, character).
const SUPPLEMENT =
  '⺂乛⺃乚⺅亻⺉刂⺋㔾⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺭礻⺯糹⺰纟⺱罓⺳㓁⺹耂⺺肀⺾艹⻂衤⻅见⻆角⻈讠⻉贝⻋车⻌辶⻐钅⻑長⻒镸⻓长⻔门⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟';

const TABLE = new Map<string, string>();
for (let i = 0; i < SUPPLEMENT.length;) {
  const radical = String.fromCodePoint(SUPPLEMENT.codePointAt(i)!);
  i += radical.length;
  const character = String.fromCodePoint(SUPPLEMENT.codePointAt(i)!);
  i += character.length;
  TABLE.set(radical, character);
}

const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf]/gu;

/** The text with radicals that stand for characters replaced by those characters. */
export function unifyRadicals(text: string): string {
  return text.replace(RADICAL, (ch) => TABLE.get(ch) ?? (ch >= '\u2f00' ? ch.normalize('NFKC') : ch));
}
