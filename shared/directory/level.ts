// An office's level: the deepest place its name was read at (a province-level municipality
// counts as a province), or, when the name names no place, the body's suffix (厅 only exists
// at province level).
import type { OfficeLevel, OfficeRegion } from '../types.ts';

/** A zone under a city (南昌高新区管委会) is run at county level. */
const ZONE_BODY =
  /^(经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|经开区|开发区|新区|综合保税区|保税区|工业园区|产业园区|试验区|示范区)/;

export function levelOf(region: OfficeRegion, rest: string): OfficeLevel | null {
  if (region.township) return 'township';
  if (region.county) return 'county';
  if (region.city) return ZONE_BODY.test(rest) ? 'county' : 'city';
  if (region.province) return 'province';
  if (/厅(\(.*\)|（.*）)?$/.test(rest)) return 'province';
  return null;
}
