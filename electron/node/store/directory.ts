// The directory's reads: every office with its placement (and its name's pinyin, for the
// view's type-to-filter), and the offices a search filter (region, level) keeps.
import type { Database } from 'better-sqlite3';
import { pinyin } from 'pinyin-pro';
import { namesTheNation, readRegion } from '../../../shared/directory/index.ts';
import type { DirectoryEntry, OfficeKind, OfficeLevel } from '../../../shared/types.ts';

interface PlacementRow {
  id: number;
  name: string;
  unit_count: number;
  region_province: string | null;
  region_city: string | null;
  region_county: string | null;
  region_township: string | null;
  region_code: string | null;
  region_ambiguous: 0 | 1;
  level: OfficeLevel | null;
  kind: OfficeKind;
}

export function listDirectory(db: Database): DirectoryEntry[] {
  const rows = db
    .prepare(
      `
    SELECT o.id, o.name, o.region_province, o.region_city, o.region_county, o.region_township, o.region_code,
           o.region_ambiguous, o.level, o.kind, (SELECT count(*) FROM units u WHERE u.office_id = o.id) AS unit_count
    FROM offices o ORDER BY o.id`,
    )
    .all() as PlacementRow[];
  return rows.map((r) => {
    const syllables = pinyin(r.name, { toneType: 'none', type: 'array', v: true });
    return {
      id: r.id,
      name: r.name,
      unitCount: r.unit_count,
      region: {
        province: r.region_province,
        city: r.region_city,
        county: r.region_county,
        township: r.region_township,
        code: r.region_code,
        ambiguous: r.region_ambiguous === 1,
      },
      level: r.level,
      kind: r.kind,
      pinyin: syllables.join('').toLowerCase(),
      initials: syllables
        .map((s) => s[0] ?? '')
        .join('')
        .toLowerCase(),
    };
  });
}

export interface OfficeFilter {
  /** A place at any level, as written (江西省, 江西, 南昌市, 朝阳区). */
  region?: string;
  level?: OfficeLevel;
}

/**
 * The ids of the offices a filter keeps. A region is matched by the place it names: 江西 and
 * 江西省 are the province, 朝阳区 every office in a district of that name; a name the dataset
 * does not know is matched as written against every level; 全国, 中央 or 国家级 keeps the
 * national bodies, which have no place.
 */
export function officeIdsMatching(db: Database, filter: OfficeFilter): number[] {
  const where: string[] = [];
  const params: string[] = [];
  if (filter.region !== undefined && namesTheNation(filter.region)) {
    where.push("level = 'national'");
  } else if (filter.region !== undefined) {
    const { region, rest } = readRegion(filter.region);
    const column =
      rest === ''
        ? (['township', 'county', 'city', 'province'] as const).find((level) => region[level] !== null)
        : undefined;
    if (column) {
      where.push(`region_${column} = ?`);
      params.push(region[column]!);
    } else {
      where.push('? IN (region_province, region_city, region_county, region_township)');
      params.push(filter.region.trim());
    }
  }
  if (filter.level !== undefined) {
    where.push('level = ?');
    params.push(filter.level);
  }
  const sql = `SELECT id FROM offices${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY id`;
  return db
    .prepare(sql)
    .pluck()
    .all(...params) as number[];
}
