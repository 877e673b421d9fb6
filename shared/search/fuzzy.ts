// Typo-tolerant pinyin over names, for the Latin query the postings find nothing for and
// that is not pinyin at all (`yunshufuwuhcu`, a slip of the keyboard). Letters that do read
// as syllables (`yinxingyewu`) are a reading no document has: corrected, they would find
// names by a wrong reading, so they get nothing. fuse.js over the full
// pinyin and initials of every office, unit and person name, built once per loaded index on
// first use: never on the per-keystroke path of queries the postings answer.
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

const built = new WeakMap<SearchIndex, Fuse<NameDoc>>();

function fuseFor(index: SearchIndex): Fuse<NameDoc> {
  let fuse = built.get(index);
  if (!fuse) {
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
    fuse = new Fuse([...byReading.values()], {
      keys: ['pinyin', 'initials'],
      includeScore: true,
      ignoreLocation: true,
      threshold: THRESHOLD,
    });
    built.set(index, fuse);
  }
  return fuse;
}

/** Names whose pinyin is close to `latin` (letters only, not readable as syllables), best first, within the range. */
export function fuzzyNames(index: SearchIndex, latin: string, range: RecordRange, limit: number): Ranked[] {
  if (latin.length < MIN_LENGTH || !/^[a-z]+$/.test(latin) || readsAsPinyin(index, latin)) return [];
  const out: Ranked[] = [];
  for (const r of fuseFor(index).search(latin)) {
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
