// A lone pinyin term's names are walked best pre-score first and the walk stops early
// (name-order.ts, key-floor.ts); a Latin slip is corrected by fuse.js over only the names that
// hold a piece of it as typed (fuzzy.ts). Both must find exactly what the full reading finds:
// the candidates of the full walk (the same retrieval keyed by a function, which walks every
// name), and fuse.js's hits over every name reading.
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../../bench/generate.ts';
import { buildSearchIndex, loadSearchIndex, search } from '../../../shared/search/index.ts';
import { idCounter } from '../../../shared/search/from-parsed.ts';
import { syllableKey } from '../../../shared/search/layout.ts';
import { namesByPreScore } from '../../../shared/search/name-order.ts';
import { preScore } from '../../../shared/search/rank.ts';
import { isName, pinyinText } from '../../../shared/search/record.ts';
import { readsAsPinyin } from '../../../shared/search/pinyin-query.ts';
import { planTerms, retrieve } from '../../../shared/search/retrieval.ts';
import { queryTerms } from '../../../shared/search/terms.ts';

// Offices of one kind repeat their unit names: long name lists with many equal keys.
const ids = idCounter();
const offices = generateDirectory({ label: 'walk', offices: 40, unitsPerOffice: 30, clausesPerUnit: 1 }, ids, 7);
const built = buildSearchIndex(offices);
const index = loadSearchIndex(built);
const all = { lo: 0, hi: index.recCount };

describe('the walk over a lone pinyin term’s names', () => {
  const letters = 'abcdefghjklmnpqrstwxyz';
  const queries = [
    ...letters,
    ...[...letters].flatMap((a) => ['a', 'g', 'h', 's', 'z'].map((b) => a + b)),
    ...['bgs', 'zcfg', 'zhongx', 'xian', 'guanli', 'anq', 'zonghechu', 'fal', 'huzh', 'rsj', 'ban', 'shi', 'keji'],
  ];

  it('keeps the candidates the full walk keeps, at any number of them', () => {
    const differ: string[] = [];
    for (const q of queries) {
      const plans = planTerms(index, queryTerms(q, index.t2s));
      for (const k of [3, 48, 200]) {
        const walked = retrieve(index, plans, all, k, 'preScore').candidates;
        const full = retrieve(index, plans, all, k, (rec, c) => preScore(index, rec, c)).candidates;
        if (JSON.stringify(walked) !== JSON.stringify(full)) differ.push(`${q} (${k})`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('orders a name list by pre-score, equal keys in record order, and keeps every name once', () => {
    const slots = ['zhong', 'xin', 'chu'].map((s) => index.nameInitials.find(syllableKey(index.sylIds.get(s)!)));
    expect(slots.every((slot) => slot >= 0)).toBe(true);
    for (const strength of [1, 0.9]) {
      const order = [...namesByPreScore(index, slots, strength)];
      const out = new Int32Array(index.recCount);
      const union = new Set(slots.flatMap((slot) => [...out.subarray(0, index.nameInitials.decode(slot, out))]));
      expect(new Set(order)).toEqual(union);
      expect(order.length).toBe(union.size);
      for (let i = 1; i < order.length; i++) {
        const [a, b] = [preScore(index, order[i - 1], strength), preScore(index, order[i], strength)];
        expect(a > b || (a === b && order[i - 1] < order[i])).toBe(true);
      }
    }
  });

  it('keeps each set of lists apart in its cache (slots 1 and 23 are not slots 12 and 3)', () => {
    expect(index.nameInitials.keys.length).toBeGreaterThan(23);
    // A fresh load of the same index has an empty cache: what the list would be, asked first.
    const fresh = namesByPreScore(loadSearchIndex(built), [12, 3], 1);
    namesByPreScore(index, [1, 23], 1);
    expect([...namesByPreScore(index, [12, 3], 1)]).toEqual([...fresh]);
    expect([...fresh]).not.toEqual([...namesByPreScore(index, [1, 23], 1)]);
  });
});

describe('fuzzy pinyin over the names that can match', () => {
  it('finds what fuse.js finds over every name reading', () => {
    // The reference: one fuse.js entry per distinct reading, over all names, as before the bound.
    const byReading = new Map<string, { recs: number[]; pinyin: string; initials: string }>();
    for (let rec = 0; rec < index.recCount; rec++) {
      if (!isName(index, rec)) continue;
      const pinyin = pinyinText(index, rec, false);
      const initials = pinyinText(index, rec, true);
      const doc = byReading.get(`${pinyin}|${initials}`);
      if (doc) doc.recs.push(rec);
      else byReading.set(`${pinyin}|${initials}`, { recs: [rec], pinyin, initials });
    }
    const fuse = new Fuse([...byReading.values()], {
      keys: ['pinyin', 'initials'],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.3,
    });
    // Slips of the keyboard in names' readings (a letter dropped or replaced, or as many
    // replaced as fuse.js forgives).
    const readings = [...byReading.values()].filter((d) => d.pinyin.length >= 8 && d.pinyin.length <= 32).slice(0, 24);
    const slips = readings.flatMap(({ pinyin }, i) => {
      const at = (i * 7) % (pinyin.length - 2);
      // As many slips as fuse.js forgives (3 in 10 letters), one in each of as many equal
      // parts: one of a piece per slip and one more is left whole, one fewer piece would not be.
      const edits = Math.floor(0.3 * pinyin.length);
      const spread = [...pinyin];
      for (let e = 0; e < edits; e++) spread[Math.floor(((e + 0.5) * pinyin.length) / edits)] = 'q';
      return [
        pinyin.slice(0, at) + pinyin.slice(at + 1),
        pinyin.slice(0, at) + 'q' + pinyin.slice(at + 1),
        spread.join(''),
      ];
    });
    // Short initials with one letter no syllable begins with (v): one edit in four is forgiven.
    const short = [...byReading.values()].filter((d) => d.initials.length >= 4 && d.initials.length <= 6).slice(0, 24);
    slips.push(...short.map(({ initials }) => initials.slice(0, 2) + 'v' + initials.slice(3)), 'lsaqx', 'qqqq');
    let corrected = 0;
    for (const q of slips) {
      // fuse.js is asked only when the postings find nothing and the letters are not pinyin.
      if (readsAsPinyin(index, q) || search(index, q, { fuzzy: false }).hits.length > 0) continue;
      const hits = search(index, q, { limit: 20 }).hits;
      const expected = fuse
        .search(q)
        .flatMap((r) => r.item.recs)
        .slice(0, 20);
      if (expected.length > 0) corrected++;
      const line = (rec: number) => [index.meta.offices[index.recOffice[rec]]!.id, index.recLine[rec]];
      expect(
        hits.map((h) => [h.officeId, h.line]),
        q,
      ).toEqual(expected.map(line));
    }
    // The slips that are still pinyin get no correction; enough of the others do.
    expect(corrected).toBeGreaterThan(10);
  });
});
