// The syllables of a text read in context, exactly as pinyin-pro's pinyin(text, { type:
// 'array', toneSandhi: false }) reads it, for the index builder. pinyin() spends most of its
// time outside its word segmentation (splitting, one object per character, seven passes of
// options); here the same segmentation (`segment-words.ts`, over pinyin-pro's own trie and
// dictionaries) is asked for the words, and every other character gets its reading alone, looked up once per
// process. The few characters whose reading alone depends on a neighbour (了 after a
// non-Han character reads liǎo, 々 repeats the one before) and text outside the BMP are left
// to pinyin() itself.
import { pinyin } from 'pinyin-pro';
import { Priority } from 'pinyin-pro/dist/esm/common/constant.mjs';
import { isHanCode } from '../text/han.ts';
import { segmentWords } from './segment-words.ts';

/** pinyin()'s options this reader reads as: toned without tone sandhi (which only moves tones), three times faster than toneless. */
export const CONTEXT_OPTIONS = { type: 'array', toneSandhi: false } as const;

const NEEDS_PINYIN = /[了々\uD800-\uDFFF]/;

/**
 * The syllable of each UTF-16 unit of a text (0 where it is not Han), or undefined for text
 * only pinyin() reads right.
 */
export type ContextReader = (text: string) => Uint16Array | undefined;

/** A reader numbering toned readings with `syllableOf` (which must always give a reading the same number). */
export function contextReader(syllableOf: (toned: string) => number): ContextReader {
  const alone = new Int32Array(65536).fill(-1);
  const words = new Map<string, Uint16Array>();

  const aloneSyllable = (code: number): number => {
    let id = alone[code];
    if (id < 0) {
      const ch = String.fromCharCode(code);
      id = isHanCode(code) ? syllableOf(pinyin(ch, CONTEXT_OPTIONS)[0] ?? ch) : 0;
      alone[code] = id;
    }
    return id;
  };
  const wordSyllables = (readings: string): Uint16Array => {
    let ids = words.get(readings);
    if (!ids) {
      ids = Uint16Array.from(readings.split(' '), syllableOf);
      words.set(readings, ids);
    }
    return ids;
  };

  return (text) => {
    if (NEEDS_PINYIN.test(text)) return undefined;
    const found = segmentWords(text);
    const out = new Uint16Array(text.length);
    let w = 0;
    for (let i = 0; i < text.length;) {
      if (w < found.count && found.starts[w] === i) {
        const word = found.words[w++];
        // As pinyin() does: a one-character word of ordinary priority is read alone.
        if (word.length > 1 || word.priority > Priority.Normal) {
          const ids = wordSyllables(word.pinyin);
          for (let j = 0; j < word.length; j++) out[i + j] = isHanCode(text.charCodeAt(i + j)) ? (ids[j] ?? 0) : 0;
          i += word.length;
          continue;
        }
      }
      out[i] = aloneSyllable(text.charCodeAt(i));
      i++;
    }
    return out;
  };
}
