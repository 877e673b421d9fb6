// The administrative divisions as a lookup: every name (and the short forms offices are
// written with) to the divisions that carry it. Built once, on first use, from the compact
// table in divisions-data.ts.
import { DIVISIONS, TOWNSHIPS } from './divisions-data.ts';

export type DivisionLevel = 'province' | 'city' | 'county' | 'township';

export interface Division {
  /** 2, 4 or 6 digits for province, city, county; a township is its county's code + `/` + its name. */
  code: string;
  name: string;
  level: DivisionLevel;
  parent: Division | null;
}

/** How a name matched: its full name (江西省), or a short form (江西, 延边州) that needs more to be trusted. */
export interface NameEntry {
  division: Division;
  short: boolean;
}

export interface DivisionTable {
  byName: Map<string, NameEntry[]>;
  /** Every division, parents before children. */
  all: Division[];
  /** The longest name in the table, to bound the scan. */
  longest: number;
}

const levelOfCode: Record<number, DivisionLevel> = { 2: 'province', 4: 'city', 6: 'county' };

/** The 55 minority nationalities' names, as autonomous areas carry them (延边朝鲜族自治州). */
const NATIONALITIES =
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'.split(
    ' ',
  );
// A name of two or more characters may go without 族 (新疆维吾尔自治区).
const nationalitySuffix = new RegExp(
  `(?:(?:${[...NATIONALITIES].sort((a, b) => b.length - a.length).join('|')})族|(?:${NATIONALITIES.filter((n) => n.length > 1).join('|')}))+$`,
);

/**
 * The short forms a division is written with besides its full name: an autonomous area by
 * its place name and kind (延边州, 长阳县), a province without 省/市/自治区 (江西, 广西), a city
 * without 市 or 地区 (南昌), a county or county-level city without 县 or 市 (平阳, 瑞金). The
 * city's and county's short forms need more to be trusted (`short`): 中山 starts 中山大学 as
 * well as 中山市. Forms of one character are never a place.
 */
export function shortForms(name: string, level: DivisionLevel): { form: string; short: boolean }[] {
  const forms: { form: string; short: boolean }[] = [];
  const auto = /^(.+?)自治(区|州|县|旗)$/.exec(name);
  if (auto) {
    const place = auto[1]!.replace(nationalitySuffix, '');
    if (level === 'province') forms.push({ form: place, short: false });
    else if (place !== auto[1]) forms.push({ form: place + auto[2]!, short: false });
  } else if (level === 'province') forms.push({ form: name.replace(/(省|市)$/, ''), short: false });
  else if (level === 'city') forms.push({ form: name.replace(/(市|地区)$/, ''), short: true });
  else if (level === 'county' && /[市县]$/.test(name)) forms.push({ form: name.slice(0, -1), short: true });
  return forms.filter(({ form }) => form.length >= 2 && form !== name);
}

function add(table: DivisionTable, name: string, entry: NameEntry): void {
  const list = table.byName.get(name);
  if (list) list.push(entry);
  else table.byName.set(name, [entry]);
  if (name.length > table.longest) table.longest = name.length;
}

export function buildDivisionTable(divisions: string, townships: string): DivisionTable {
  const table: DivisionTable = { byName: new Map(), all: [], longest: 0 };
  const byCode = new Map<string, Division>();
  for (const line of divisions.split('\n')) {
    const [code, name] = line.split(' ') as [string, string];
    const level = levelOfCode[code.length]!;
    // A county under a placeholder city (市辖区, 省直辖县级行政区划) hangs from its province.
    const parent = byCode.get(code.slice(0, code.length - 2)) ?? byCode.get(code.slice(0, 2)) ?? null;
    const division: Division = { code, name, level, parent: code.length === 2 ? null : parent };
    byCode.set(code, division);
    table.all.push(division);
    add(table, name, { division, short: false });
    for (const { form, short } of shortForms(name, level)) add(table, form, { division, short });
  }
  for (const line of townships.split('\n')) {
    const [county, ...names] = line.split(' ');
    const parent = byCode.get(county!) ?? null;
    for (const name of names) {
      const division: Division = { code: `${county}/${name}`, name, level: 'township', parent };
      table.all.push(division);
      add(table, name, { division, short: false });
    }
  }
  return table;
}

let table: DivisionTable | undefined;

/** The table built from the shipped dataset (once). */
export function divisionTable(): DivisionTable {
  table ??= buildDivisionTable(DIVISIONS, TOWNSHIPS);
  return table;
}

/** The division and its ancestors, from the top. */
export function lineage(division: Division): Division[] {
  const out: Division[] = [];
  for (let d: Division | null = division; d; d = d.parent) out.unshift(d);
  return out;
}

export function isWithin(division: Division, ancestor: Division): boolean {
  for (let d = division.parent; d; d = d.parent) if (d === ancestor) return true;
  return false;
}
