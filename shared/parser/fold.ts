// Traditional characters: the parser recognises headings, names and titles on a simplified
// copy of each line (內設機構 reads as 内设机构) and gives back the text as written. The
// copy is made with the table search folds with (shared/text/simplified.ts), one UTF-16 unit
// for one, so a line and its folded copy have the same length and positions carry over.
import { toSimplified } from '../text/simplified.ts';

/** The simplified reading of a line, position for position. */
export const fold = toSimplified;

/**
 * Maps strings the parser built from folded lines back to the characters as written. Every
 * such string is a piece of one source line (or of a paragraph joined from consecutive
 * lines), so it is found at the same position in the original; strings edited on the way
 * (spaces removed from a title) fall back to a per-character map of this document.
 */
export class Restorer {
  private readonly texts: readonly string[];
  private readonly keys: readonly string[];
  private readonly identity: boolean;
  private readonly chars = new Map<string, string | null>();

  constructor(texts: readonly string[], keys: readonly string[]) {
    this.texts = texts;
    this.keys = keys;
    this.identity = texts.every((t, i) => t === keys[i]);
    if (this.identity) return;
    texts.forEach((text, i) => {
      const key = keys[i];
      for (let j = 0; j < key.length; j++) {
        if (key[j] === text[j]) continue;
        const seen = this.chars.get(key[j]);
        // A simplified character written two ways in this document cannot be mapped back.
        this.chars.set(key[j], seen === undefined || seen === text[j] ? text[j] : null);
      }
    });
  }

  /** `s` as written in the source; `line` (1-based) is where the parser found it. */
  restore(s: string, line?: number): string {
    if (this.identity || s === '') return s;
    const first = line === undefined ? 0 : line - 1;
    const last = line === undefined ? this.keys.length : Math.min(this.keys.length, first + 40);
    let key = '';
    let text = '';
    for (let i = first; i < last; i++) {
      key += this.keys[i];
      text += this.texts[i];
      if (line === undefined) {
        const at = this.keys[i].indexOf(s);
        if (at >= 0) return this.texts[i].slice(at, at + s.length);
        continue;
      }
      const at = key.indexOf(s);
      if (at >= 0) return text.slice(at, at + s.length);
    }
    return [...s].map((ch) => this.chars.get(ch) ?? ch).join('');
  }
}
