// Typo-tolerant pinyin over names, for the Latin query the postings find nothing for and
// that is not pinyin at all (`yunshufuwuhcu`, a slip of the keyboard). Letters that do read
// as syllables (`yinxingyewu`) are a reading no document has: corrected, they would find
// names by a wrong reading, so they get nothing. fuse.js over the full
// pinyin and initials of the office, unit and person names that hold a piece of the query as
// typed (every name it could match does), one fuse.js object per loaded index made on first
// use: never on the per-keystroke path of queries the postings answer.
import Fuse from 'fuse.js';
import type { SearchIndex } from './layout.ts';
import { readsAsPinyin } from './pinyin-query.ts';
import type { Ranked } from './rank.ts';
import { WEIGHTS } from './rank.ts';
import { isName, pinyinText } from './record.ts';
import type { RecordRange } from './retrieval.ts';

interface NameDoc {
  /** Every name record that reads so, in record order. */
  recs: number[];
  pinyin: string;
  initials: string;
}

/** Strict enough that a pinyin string must be mostly right (fuse.js: 0 exact … 1 anything). */
const THRESHOLD = 0.3;
/** Shorter Latin queries are still being typed; too short to correct. */
const MIN_LENGTH = 4;

/** fuse.js's longest pattern: a longer one is searched in chunks of this many letters, each on its own. */
const CHUNK = 32;

interface FuzzyNames {
  docs: NameDoc[];
  /** Per letter pair (a * 26 + b), the docs whose pinyin or initials hold it, ascending. */
  pairs: Map<number, number[]>;
  /** One fuse.js object per index, given each query's candidates (setCollection), never rebuilt. */
  fuse: Fuse<NameDoc>;
}

const built = new WeakMap<SearchIndex, FuzzyNames>();

/** The key of the letter pair at `i` of lower-case `text` (a * 26 + b). */
const letterPair = (text: string, i: number) => (text.charCodeAt(i) - 97) * 26 + (text.charCodeAt(i + 1) - 97);

function fuzzyFor(index: SearchIndex): FuzzyNames {
  let fuzzy = built.get(index);
  if (!fuzzy) {
    // One entry per distinct reading: a directory repeats 办公室 in every office, and fuse.js
    // scans every entry on each search.
    const byReading = new Map<string, NameDoc>();
    for (let rec = 0; rec < index.recCount; rec++) {
      if (!isName(index, rec)) continue;
      const pinyin = pinyinText(index, rec, false);
      const initials = pinyinText(index, rec, true);
      const key = `${pinyin}|${initials}`;
      const doc = byReading.get(key);
      if (doc) doc.recs.push(rec);
      else byReading.set(key, { recs: [rec], pinyin, initials });
    }
    const docs = [...byReading.values()];
    const pairs = new Map<number, number[]>();
    docs.forEach((doc, d) => {
      for (const text of [doc.pinyin, doc.initials])
        for (let i = 0; i + 1 < text.length; i++) {
          const pair = letterPair(text, i);
          const list = pairs.get(pair);
          if (!list) pairs.set(pair, [d]);
          else if (list[list.length - 1] !== d) list.push(d);
        }
    });
    const fuse = new Fuse<NameDoc>([], {
      keys: ['pinyin', 'initials'],
      includeScore: true,
      ignoreLocation: true,
      threshold: THRESHOLD,
    });
    fuzzy = { docs, pairs, fuse };
    built.set(index, fuzzy);
  }
  return fuzzy;
}

/**
 * Pieces of the query of which every name fuse.js can match holds one as it is: with
 * ignoreLocation a pattern matches at most `e` edits away (errors / length ≤ THRESHOLD), so
 * cut into e + 1 pieces, one piece is untouched (each chunk of a long query likewise).
 */
function exactPieces(latin: string): string[] {
  const chunks =
    latin.length <= CHUNK
      ? [latin]
      : [
          ...Array.from({ length: Math.floor(latin.length / CHUNK) }, (_, i) =>
            latin.slice(i * CHUNK, (i + 1) * CHUNK),
          ),
          ...(latin.length % CHUNK ? [latin.slice(-CHUNK)] : []),
        ];
  const pieces: string[] = [];
  for (const chunk of chunks) {
    let edits = 0;
    while ((edits + 1) / chunk.length <= THRESHOLD) edits++;
    for (let i = 0; i <= edits; i++)
      pieces.push(
        chunk.slice(Math.floor((i * chunk.length) / (edits + 1)), Math.floor(((i + 1) * chunk.length) / (edits + 1))),
      );
  }
  return pieces;
}

/** The docs that hold one of the pieces (each at least two letters), in doc order. */
function candidates({ docs, pairs }: FuzzyNames, pieces: string[]): NameDoc[] {
  const chosen = new Set<number>();
  for (const piece of pieces) {
    // The piece's rarest letter pair lists every doc that can hold it.
    let rarest: number[] = [];
    for (let i = 0; i + 1 < piece.length; i++) {
      const list = pairs.get(letterPair(piece, i)) ?? [];
      if (i === 0 || list.length < rarest.length) rarest = list;
    }
    for (const d of rarest) if (docs[d].pinyin.includes(piece) || docs[d].initials.includes(piece)) chosen.add(d);
  }
  return [...chosen].sort((a, b) => a - b).map((d) => docs[d]);
}

/** Names whose pinyin is close to `latin` (letters only, not readable as syllables), best first, within the range. */
export function fuzzyNames(index: SearchIndex, latin: string, range: RecordRange, limit: number): Ranked[] {
  if (latin.length < MIN_LENGTH || !/^[a-z]+$/.test(latin) || readsAsPinyin(index, latin)) return [];
  const fuzzy = fuzzyFor(index);
  // fuse.js scores a name on its own: over the names that can match, in the same order, it
  // finds what it would over all of them.
  fuzzy.fuse.setCollection(candidates(fuzzy, exactPieces(latin)));
  const out: Ranked[] = [];
  for (const r of fuzzy.fuse.search(latin)) {
    for (const rec of r.item.recs) {
      if (rec < range.lo || rec >= range.hi) continue;
      out.push({
        evidence: { rec, quality: 0, found: 0, coverage: 0, positions: [] },
        score: WEIGHTS.fuzzy + (r.score ?? 1),
      });
      if (out.length >= limit) return out;
    }
  }
  return out;
}
