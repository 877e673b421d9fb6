// Where an office is, read from its name: the administrative divisions its name starts with
// (中共江西省委…, 北京市朝阳区…, 青山湖区…), each one inside the one before. A division named
// alone is placed by the dataset (青山湖区 → 江西省 南昌市); a name several divisions carry
// (朝阳区: Beijing and Changchun) stays ambiguous unless what follows or precedes settles it.
import type { OfficeRegion } from '../types.ts';
import { divisionTable, isWithin, lineage, type Division, type DivisionTable, type NameEntry } from './divisions.ts';
import { HAN } from '../text/han.ts';

export interface RegionReading {
  region: OfficeRegion;
  /** The name after its place names (教育局 of 南昌市教育局). */
  rest: string;
}

/** Words that follow a city's short name in a zone's name (南昌高新区, 赣州经开区). */
const ZONE =
  /^(经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|经开区|开发区|新区|综合保税区|保税区|工业园区|产业园区|园区|试验区|示范区)/;
/** A township the dataset does not list, written with the suffix of its kind (莲塘镇人民政府). */
const TOWNSHIP_SUFFIX = new RegExp(
  String.raw`^([${HAN}]{1,8}?(?:镇|乡|街道))(?=人民政府|政府|党委|办事处|委员会|人大|纪委)`,
);
const PARTY_PREFIX = /^(中共|中国共产党)/;

const emptyRegion = (): OfficeRegion => ({
  province: null,
  city: null,
  county: null,
  township: null,
  code: null,
  ambiguous: false,
});

/** Keeps the highest of divisions that share a name along one line (东莞市 the city and the county). */
function highest(divisions: Division[]): Division[] {
  return divisions.filter((d) => !divisions.some((other) => other !== d && isWithin(d, other)));
}

interface Step {
  length: number;
  candidates: Division[];
}

/** The longest place name at `pos` that fits inside `within` (any of them), or null. */
function stepAt(
  table: DivisionTable,
  name: string,
  pos: number,
  within: Division[] | null,
  depth: number,
): Step | null {
  for (let length = Math.min(table.longest, name.length - pos); length >= 2; length--) {
    const entries = table.byName.get(name.slice(pos, pos + length));
    if (!entries) continue;
    const fits = (entry: NameEntry) => !within || within.some((w) => isWithin(entry.division, w));
    const accepted = entries.filter(
      (entry) => fits(entry) && (!entry.short || trustShort(table, name, pos + length, entry.division, depth)),
    );
    const candidates = highest([...new Set(accepted.map((e) => e.division))]);
    if (candidates.length === 0) continue;
    // A two-character name several places carry (城区, 郊区) is a word, not a place, unless placed.
    if (!within && length <= 2 && candidates.length > 1) continue;
    return { length, candidates };
  }
  return null;
}

/** A short form (江西, 南昌) counts when a zone's name or a place inside it follows. */
function trustShort(table: DivisionTable, name: string, end: number, division: Division, depth: number): boolean {
  if (ZONE.test(name.slice(end))) return true;
  return depth < 4 && stepAt(table, name, end, [division], depth + 1) !== null;
}

/** The region fields every candidate agrees on, down to the deepest level they were read at. */
function regionOf(candidates: Division[]): OfficeRegion {
  const region = emptyRegion();
  const lines = candidates.map(lineage);
  const agreed = (level: Division['level']) => {
    const names = new Set(lines.map((l) => l.find((d) => d.level === level)?.name ?? null));
    return names.size === 1 ? [...names][0]! : null;
  };
  region.province = agreed('province');
  region.city = agreed('city');
  region.county = agreed('county');
  region.township = agreed('township');
  region.ambiguous = candidates.length > 1;
  // Ambiguous: only the fields all candidates share are kept (朝阳区, no province or city).
  if (!region.ambiguous) region.code = candidates[0]!.code;
  return region;
}

export function readRegion(officeName: string, table: DivisionTable = divisionTable()): RegionReading {
  const name = officeName.trim().replace(PARTY_PREFIX, '');
  let pos = 0;
  let current: Division[] | null = null;
  for (;;) {
    const step = stepAt(table, name, pos, current, 0);
    if (!step) break;
    current = step.candidates;
    pos += step.length;
  }
  let region = current ? regionOf(current) : emptyRegion();
  const township = region.township === null ? TOWNSHIP_SUFFIX.exec(name.slice(pos)) : null;
  if (township) {
    region = { ...region, township: township[1]!, code: null };
    pos += township[1]!.length;
  }
  return { region, rest: name.slice(pos) };
}
