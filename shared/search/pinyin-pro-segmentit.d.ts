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
  /** A dictionary word: its characters, toned readings (space-separated) and weight. */
  export interface DictPattern {
    zh: string;
    pinyin: string;
    probability: number;
    length: number;
    priority: number;
  }
  /** A node of the Aho–Corasick trie over the dictionary's words (one character per edge). */
  export interface TrieNode {
    children: Map<string, TrieNode>;
    fail: TrieNode | null;
    /** The words that end here, by priority, then probability. */
    patterns: DictPattern[];
  }
  export const acTree: {
    root: TrieNode;
    /** The words of the best segmentation, in text order (algorithm 2: maximum probability). */
    search(text: string, surname: 'off', algorithm: 2, zhChars: string[]): MatchPattern[];
  };
  export function ensureAcBuilt(): void;
}

declare module 'pinyin-pro/dist/esm/common/constant.mjs' {
  export const Priority: { Normal: number; Surname: number; Custom: number };
}
