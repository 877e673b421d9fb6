// The directory view's model, pure: which offices a typed filter keeps, the count per
// province, and the flat list of rows the virtualised list shows (region, then level, then
// office). All regions: grouped by province; one province: by its cities (or, in a
// municipality, its districts), the province's own offices first.
import { groupBy } from '../../shared/group-by.ts';
import type { DirectoryEntry, OfficeLevel } from '../../shared/types.ts';

export type DirectoryRow =
  | { type: 'region'; key: string; name: string | null; count: number }
  | { type: 'level'; key: string; level: OfficeLevel | null; count: number }
  | { type: 'office'; key: string; entry: DirectoryEntry };

const LEVEL_ORDER: (OfficeLevel | null)[] = ['province', 'city', 'county', 'township', null];
const collator = new Intl.Collator('zh-Hans-CN');

/** Chinese substring of the name or its region, or the start of any syllable run of its pinyin or initials. */
export function matchesFilter(entry: DirectoryEntry, filter: string): boolean {
  const f = filter.trim().toLowerCase().replace(/\s+/g, '');
  if (!f) return true;
  const { region } = entry;
  if (entry.name.includes(f)) return true;
  if ([region.province, region.city, region.county, region.township].some((place) => place?.includes(f))) return true;
  return /^[a-z]+$/.test(f) && (entry.initials.includes(f) || entry.pinyin.includes(f));
}

export interface RegionCount {
  name: string | null;
  count: number;
}

/** Offices per province, most first; the offices with no known province last. */
export function provinceCounts(entries: readonly DirectoryEntry[]): RegionCount[] {
  const counts = new Map<string | null, number>();
  for (const e of entries) counts.set(e.region.province, (counts.get(e.region.province) ?? 0) + 1);
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) =>
      a.name === null ? 1 : b.name === null ? -1 : b.count - a.count || collator.compare(a.name, b.name),
    );
}

/** `province`: undefined for all regions, null for the offices whose province is unknown. */
export function directoryRows(entries: readonly DirectoryEntry[], province?: string | null): DirectoryRow[] {
  const inScope = province === undefined ? entries : entries.filter((e) => e.region.province === province);
  const regionOf = (e: DirectoryEntry) =>
    province === undefined ? e.region.province : (e.region.city ?? e.region.county);
  const regions = [...groupBy(inScope, regionOf)].sort(([a, x], [b, y]) =>
    // One province: its own offices (no city) first; all regions: unknown last.
    province !== undefined
      ? a === null
        ? -1
        : b === null
          ? 1
          : collator.compare(a, b)
      : a === null
        ? 1
        : b === null
          ? -1
          : y.length - x.length || collator.compare(a, b),
  );
  const rows: DirectoryRow[] = [];
  for (const [name, members] of regions) {
    const regionKey = `r:${name ?? '-'}`;
    rows.push({ type: 'region', key: regionKey, name, count: members.length });
    const levels = groupBy(members, (e) => e.level);
    for (const level of LEVEL_ORDER) {
      const atLevel = levels.get(level);
      if (!atLevel) continue;
      rows.push({ type: 'level', key: `${regionKey}:l:${level ?? '-'}`, level, count: atLevel.length });
      for (const entry of [...atLevel].sort((a, b) => collator.compare(a.name, b.name)))
        rows.push({ type: 'office', key: `o:${entry.id}`, entry });
    }
  }
  return rows;
}
