// pinyin-pro's word segmentation (its package exports `./dist/*`, but ships no types beside
// these files): the dictionary matcher its pinyin() reads text in context with.
declare module 'pinyin-pro/dist/esm/common/segmentit/index.mjs' {
  /** A dictionary word found in the text: its characters, toned readings (space-separated) and place. */
  export interface MatchPattern {
    zh: string;
    pinyin: string;
    length: number;
    priority: number;
    index: number;
  }
  export const acTree: {
    /** The words of the best segmentation, in text order (algorithm 2: maximum probability). */
    search(text: string, surname: 'off', algorithm: 2, zhChars: string[]): MatchPattern[];
  };
  export function ensureAcBuilt(): void;
}

declare module 'pinyin-pro/dist/esm/common/constant.mjs' {
  export const Priority: { Normal: number; Surname: number; Custom: number };
}
