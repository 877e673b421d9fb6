// The comparison the search design is measured against: plain fuse.js over the same
// records, with a text key and a pinyin key (full pinyin and initials, precomputed like
// ours), `ignoreLocation: true` so long duty clauses can match at all.
import Fuse from 'fuse.js';
import type { SearchIndex } from '../shared/search/index.ts';
import { pinyinText, recText } from '../shared/search/record.ts';
import type { SearchHit } from '../shared/types.ts';

export interface BaselineRecord {
  text: string;
  pinyin: string;
  officeId: number;
  unit: string | null;
}

/** The same records as the OrgAtlas index, read back out of it. */
export function baselineRecords(index: SearchIndex): BaselineRecord[] {
  const out: BaselineRecord[] = [];
  for (let rec = 0; rec < index.recCount; rec++) {
    const unit = index.recUnit[rec];
    out.push({
      text: recText(index, rec, 'orig'),
      pinyin: `${pinyinText(index, rec, false)} ${pinyinText(index, rec, true)}`,
      officeId: index.meta.offices[index.recOffice[rec]].id,
      unit: unit >= 0 ? index.units.name(unit) : null,
    });
  }
  return out;
}

export function fuseBaseline(records: BaselineRecord[]): Fuse<BaselineRecord> {
  return new Fuse(records, { keys: ['text', 'pinyin'], ignoreLocation: true, includeScore: true });
}

export function fuseSearch(
  fuse: Fuse<BaselineRecord>,
  query: string,
  limit = 20,
  officeId?: number,
): Pick<SearchHit, 'unit'>[] {
  const hits = fuse.search(query).map((r) => r.item);
  return (officeId === undefined ? hits : hits.filter((h) => h.officeId === officeId)).slice(0, limit);
}
