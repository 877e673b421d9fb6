// The directory view's model: filter, counts per province, rows by region, level, office.
import { describe, expect, it } from 'vitest';
import { NATIONAL, areaCounts, areaKey, directoryRows, matchesFilter } from '../../../renderer/directory/rows.ts';
import type { DirectoryEntry, OfficeLevel } from '../../../shared/types.ts';

let nextId = 1;
function entry(
  name: string,
  province: string | null,
  city: string | null,
  level: OfficeLevel | null,
  pinyin = '',
  initials = '',
): DirectoryEntry {
  return {
    id: nextId++,
    name,
    unitCount: 3,
    region: { province, city, county: null, township: null, code: null, ambiguous: false },
    level,
    kind: 'government',
    pinyin,
    initials,
  };
}

const offices = [
  entry('江西省教育厅', '江西省', null, 'province', 'jiangxishengjiaoyuting', 'jxsjyt'),
  entry('南昌市教育局', '江西省', '南昌市', 'city', 'nanchangshijiaoyuju', 'ncsjyj'),
  entry('南昌市民政局', '江西省', '南昌市', 'city', 'nanchangshiminzhengju', 'ncsmzj'),
  entry('赣州市民政局', '江西省', '赣州市', 'city', 'ganzhoushiminzhengju', 'gzsmzj'),
  entry('广东省教育厅', '广东省', null, 'province', 'guangdongshengjiaoyuting', 'gdsjyt'),
  entry('外事办公室', null, null, null, 'waishibangongshi', 'wsbgs'),
  entry('国家统计局', null, null, 'national', 'guojiatongjiju', 'gjtjj'),
];
const shown = (r: ReturnType<typeof directoryRows>[number]) =>
  r.type === 'office'
    ? r.entry.name
    : r.type === 'region'
      ? `[${areaKey(r.name)}] ${r.count}`
      : `<${r.level}> ${r.count}`;

describe('directory rows', () => {
  it('filters by Chinese substring, place, pinyin and initials', () => {
    const names = (f: string) => offices.filter((e) => matchesFilter(e, f)).map((e) => e.name);
    expect(names('教育')).toEqual(['江西省教育厅', '南昌市教育局', '广东省教育厅']);
    expect(names('南昌')).toEqual(['南昌市教育局', '南昌市民政局']);
    expect(names('jyj')).toEqual(['南昌市教育局']);
    expect(names('MinZheng')).toEqual(['南昌市民政局', '赣州市民政局']);
    expect(names('  ')).toHaveLength(7);
    expect(names('jy j')).toEqual(['南昌市教育局']);
    // The national bodies' area by its own words, as they are typed.
    expect(names('全国')).toEqual(['国家统计局']);
    expect(names('中央')).toEqual(['国家统计局']);
    expect(names('国家级')).toEqual(['国家统计局']);
  });

  it('counts offices per area: the national bodies first, then provinces, most first, unknown last', () => {
    expect(areaCounts(offices)).toEqual([
      { name: NATIONAL, count: 1 },
      { name: '江西省', count: 4 },
      { name: '广东省', count: 1 },
      { name: null, count: 1 },
    ]);
  });

  it('lists all regions by area, then level, then office', () => {
    expect(directoryRows(offices).map(shown)).toEqual([
      '[national] 1',
      '<national> 1',
      '国家统计局',
      '[江西省] 4',
      '<province> 1',
      '江西省教育厅',
      '<city> 3',
      '赣州市民政局',
      '南昌市教育局',
      '南昌市民政局',
      '[广东省] 1',
      '<province> 1',
      '广东省教育厅',
      '[-] 1',
      '<null> 1',
      '外事办公室',
    ]);
  });

  it('lists one province by city, its own offices first', () => {
    expect(directoryRows(offices, '江西省').map(shown)).toEqual([
      '[-] 1',
      '<province> 1',
      '江西省教育厅',
      '[赣州市] 1',
      '<city> 1',
      '赣州市民政局',
      '[南昌市] 2',
      '<city> 2',
      '南昌市教育局',
      '南昌市民政局',
    ]);
  });

  it('lists the national bodies as an area of their own, apart from the offices of no known province', () => {
    expect(directoryRows(offices, NATIONAL).map(shown)).toEqual(['[-] 1', '<national> 1', '国家统计局']);
    expect(directoryRows(offices, null).map(shown)).toEqual(['[-] 1', '<null> 1', '外事办公室']);
  });
});
