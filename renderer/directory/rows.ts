// The directory view's model, pure: which offices a typed filter keeps, the count per area
// (the national bodies, 全国/中央, then each province), and the flat list of rows the
// virtualised list shows (region, then level, then office). All regions: grouped by area; one
// province: by its cities (or, in a municipality, its districts), the province's own offices
// first.
import { startsANationWord } from '../../shared/directory/nation.ts';
import { groupBy } from '../../shared/group-by.ts';
import { OFFICE_LEVELS, type DirectoryEntry, type OfficeLevel } from '../../shared/types.ts';

/** The national bodies' area, listed before the provinces. */
export const NATIONAL: unique symbol = Symbol('national');
/** What the region list offers: the national bodies, a province, or null (province unknown). */
export type Area = typeof NATIONAL | string | null;

export const areaOf = (entry: DirectoryEntry): Area => (entry.level === 'national' ? NATIONAL : entry.region.province);
/** A string for keys and attributes: the province's name, `national`, or `-` for unknown. */
export const areaKey = (area: Area): string => (area === NATIONAL ? 'national' : (area ?? '-'));

export type DirectoryRow =
  | { type: 'region'; key: string; name: Area; count: number }
  | { type: 'level'; key: string; level: OfficeLevel | null; count: number }
  | { type: 'office'; key: string; entry: DirectoryEntry };

const LEVEL_ORDER: (OfficeLevel | null)[] = [...OFFICE_LEVELS, null];
const collator = new Intl.Collator('zh-Hans-CN');

/** Chinese substring of the name or its region (全国/中央 for the national bodies), or the start of any syllable run of its pinyin or initials. */
export function matchesFilter(entry: DirectoryEntry, filter: string): boolean {
  const f = filter.trim().toLowerCase().replace(/\s+/g, '');
  if (!f) return true;
  const { region } = entry;
  if (entry.name.includes(f)) return true;
  if ([region.province, region.city, region.county, region.township].some((place) => place?.includes(f))) return true;
  if (entry.level === 'national' && startsANationWord(f)) return true;
  return /^[a-z]+$/.test(f) && (entry.initials.includes(f) || entry.pinyin.includes(f));
}

export interface RegionCount {
  name: Area;
  count: number;
}

/** All regions' order: the national bodies first, then provinces by most offices, the unknown last. */
function byArea(a: Area, b: Area, countA: number, countB: number): number {
  if (a === b) return 0;
  if (a === NATIONAL || b === null) return -1;
  if (b === NATIONAL || a === null) return 1;
  return countB - countA || collator.compare(a, b);
}

/** Offices per area: the national bodies, then provinces, most first; no known province last. */
export function areaCounts(entries: readonly DirectoryEntry[]): RegionCount[] {
  return [...groupBy(entries, areaOf)]
    .map(([name, members]): RegionCount => ({ name, count: members.length }))
    .sort((a, b) => byArea(a.name, b.name, a.count, b.count));
}

/** `area`: undefined for all regions; else the national bodies, a province, or null (province unknown). */
export function directoryRows(entries: readonly DirectoryEntry[], area?: Area): DirectoryRow[] {
  const inScope = area === undefined ? entries : entries.filter((e) => areaOf(e) === area);
  const regionOf = (e: DirectoryEntry): Area => (area === undefined ? areaOf(e) : (e.region.city ?? e.region.county));
  const regions = [...groupBy(inScope, regionOf)].sort(([a, x], [b, y]) =>
    // One area: its own offices (no city) first, then places by name; all regions: see byArea.
    area !== undefined
      ? a === null
        ? -1
        : b === null
          ? 1
          : collator.compare(String(a), String(b))
      : byArea(a, b, x.length, y.length),
  );
  const rows: DirectoryRow[] = [];
  for (const [name, members] of regions) {
    const regionKey = `r:${areaKey(name)}`;
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
