// Where an office is, read from its name: the administrative divisions its name starts with
// (中共江西省委…, 北京市朝阳区…, 青山湖区…), each one inside the one before. A division named
// alone is placed by the dataset (青山湖区 → 江西省 南昌市); a name several divisions carry
// (朝阳区: Beijing and Changchun) stays ambiguous unless what follows or precedes settles it.
// A national body's branch names its place after the body (国家税务总局南昌市税务局).
import type { OfficeRegion } from '../types.ts';
import { divisionTable, isWithin, lineage, type Division, type DivisionTable, type NameEntry } from './divisions.ts';
import { HAN } from '../text/han.ts';
import { toSimplified } from '../text/simplified.ts';

export interface RegionReading {
  region: OfficeRegion;
  /** What precedes the place names: a body's prefix (中共, 政协, 共青团) or a national body (国家税务总局). */
  head: string;
  /** The name after its place names (教育局 of 南昌市教育局). */
  rest: string;
}

/** Words that follow a city's short name in a zone's name (南昌高新区, 赣州经开区). */
const ZONE =
  /^(经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|经开区|开发区|新区|综合保税区|保税区|工业园区|产业园区|园区|试验区|示范区)/;
/** A vertically managed body's local office or a special court, named by a city's short name (南昌海关, 赣州监管分局, 南昌铁路运输法院). */
const BRANCH =
  /^(海关|调查总队|调查队|监管分局|监管局|中心支行|分行|税务局|海事局|出入境边防检查站|边防检查站|铁路运输)/;
/** A township the dataset does not list, written with the suffix of its kind (莲塘镇人民政府). */
const TOWNSHIP_SUFFIX = new RegExp(
  String.raw`^([${HAN}]{1,8}?(?:镇|乡|街道|苏木))(?=人民政府|政府|党委|办事处|委员会|人大|纪委)`,
);
/** Written before a body's place: the state's name (中华人民共和国南昌海关), the party's committees, the CPPCC's, the Youth League's. */
const BODY_PREFIX = /^(中华人民共和国|中国共产党|中共|中国人民政治协商会议|政协|中国共产主义青年团|共青团)/;
/** A national body's name, which may go on to name the place of one of its branches. */
export const NATIONAL_HEAD = /^(国家|国务院|中华|中国|全国|中央|最高人民)/;
/**
 * A place the dataset does not list, named with its suffix between a national body and its
 * branch's word (国家税务总局 + 平安县 + 税务局): the field its suffix stands for.
 */
const UNLISTED_BRANCH_PLACE = new RegExp(
  String.raw`(?<=[局署部行会院])([${HAN}]{2,4}?)(省|市|县|区|旗)(?=${BRANCH.source.slice(1)}|分局|支局)`,
);
const UNLISTED_FIELD = { 省: 'province', 市: 'city', 县: 'county', 区: 'county', 旗: 'county' } as const;

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

/** A short form (江西, 南昌) counts when a zone's or a branch's name, or a place inside it, follows. */
function trustShort(table: DivisionTable, name: string, end: number, division: Division, depth: number): boolean {
  if (ZONE.test(name.slice(end)) || BRANCH.test(name.slice(end))) return true;
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
  // A city without counties lists its townships under a county of its own name (东莞市).
  if (region.county !== null && region.county === region.city) region.county = null;
  region.ambiguous = candidates.length > 1;
  // Ambiguous: only the fields all candidates share are kept (朝阳区, no province or city).
  if (!region.ambiguous) region.code = candidates[0]!.code;
  return region;
}

/** The places read from `pos` on, each inside the one before. */
function placesAt(table: DivisionTable, name: string, pos: number): { current: Division[] | null; end: number } {
  let current: Division[] | null = null;
  let end = pos;
  for (;;) {
    const step = stepAt(table, name, end, current, 0);
    if (!step) return { current, end };
    current = step.candidates;
    end += step.length;
  }
}

/**
 * Where a national body's name goes on to name a place (国家税务总局 + 南昌市税务局): the first
 * county or larger read after the head, or null. A township alone is no branch's place.
 */
function branchPlace(table: DivisionTable, name: string): number | null {
  for (let pos = 2; pos < name.length - 1; pos++) {
    const step = stepAt(table, name, pos, null, 0);
    if (step && step.candidates.some((d) => d.level !== 'township')) return pos;
  }
  return null;
}

/** Traditional script is read as simplified, but only where the name as written names no place (乾安县 keeps its 乾). */
export function readRegion(officeName: string, table: DivisionTable = divisionTable()): RegionReading {
  const written = readFrom(officeName.trim(), table);
  const simplified = toSimplified(officeName.trim());
  return written.region.province !== null || written.region.county !== null || simplified === officeName.trim()
    ? written
    : readFrom(simplified, table);
}

function readFrom(name: string, table: DivisionTable): RegionReading {
  let start = BODY_PREFIX.exec(name)?.[0].length ?? 0;
  let { current, end } = placesAt(table, name, start);
  if (!current && NATIONAL_HEAD.test(name.slice(start))) {
    const at = branchPlace(table, name);
    if (at !== null) ({ current, end } = placesAt(table, name, (start = at)));
  }
  let region = current ? regionOf(current) : emptyRegion();
  const unlisted = !current && NATIONAL_HEAD.test(name.slice(start)) ? UNLISTED_BRANCH_PLACE.exec(name) : null;
  if (unlisted) {
    region = { ...region, [UNLISTED_FIELD[unlisted[2] as keyof typeof UNLISTED_FIELD]]: unlisted[1]! + unlisted[2]! };
    start = unlisted.index;
    end = start + unlisted[0].length;
  }
  const township = region.township === null ? TOWNSHIP_SUFFIX.exec(name.slice(end)) : null;
  if (township) {
    region = { ...region, township: township[1]!, code: null };
    end += township[1]!.length;
  }
  return { region, head: name.slice(0, start), rest: name.slice(end) };
}
