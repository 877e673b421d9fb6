// An office's level: the deepest place its name was read at (a province-level municipality
// counts as a province), or, when the name names no place, what the body is: a national
// body's name (国家统计局, 中共中央…, 最高人民法院, 商务部, 海关总署, 教育部考试中心) is national, and 厅
// only exists at province level.
import type { OfficeLevel, OfficeRegion } from '../types.ts';
import { NATIONAL_HEAD } from './region.ts';

/** A zone under a city (南昌高新区管委会) is run at county level. */
const ZONE_BODY =
  /^(经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|经开区|开发区|新区|综合保税区|保税区|工业园区|产业园区|试验区|示范区)/;

/**
 * A ministry (商务部, 审计署) or a general administration (海关总署), named without a place,
 * or a body of one (教育部考试中心).
 */
const NATIONAL_BODY = /^(审计署|[^部署局]{2,10}?(部|总署|总局))/;
/** A party committee's department (宣传部) or cadres' bureau (老干部局), which exist at every level: without a place, the level is unknown. */
const PARTY_DEPARTMENT = /宣传部|组织部|统战部|统一战线工作部|干部/;

/** `rest`: the name after its head (中共, 政协) and place names; see region.ts. */
export function levelOf(region: OfficeRegion, rest: string): OfficeLevel | null {
  if (region.township) return 'township';
  if (region.county) return 'county';
  if (region.city) return ZONE_BODY.test(rest) ? 'county' : 'city';
  // A zone named after a province-level place alone (天津经济技术开发区) is run below it.
  if (region.province) return ZONE_BODY.test(rest) ? 'city' : 'province';
  const bare = rest.replace(/[（(][^）)]*[）)]$/, '');
  if (NATIONAL_HEAD.test(bare) || (NATIONAL_BODY.test(bare) && !PARTY_DEPARTMENT.test(bare))) return 'national';
  if (/厅$/.test(bare)) return 'province';
  return null;
}
