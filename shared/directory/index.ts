// Where an office sits in the directory, read from its name alone: region (region.ts),
// level (level.ts) and kind (kind.ts). Pure, so the migration, the import and tests share it.
import type { OfficePlacement } from '../types.ts';
import { kindOf } from './kind.ts';
import { levelOf } from './level.ts';
import { readRegion } from './region.ts';

export { readRegion } from './region.ts';
export { namesTheNation, startsANationWord } from './nation.ts';
export { DIVISIONS_SOURCE } from './divisions-data.ts';

export const OFFICE_KINDS = ['government', 'party', 'institution'] as const;

export function placeOffice(name: string): OfficePlacement {
  const { region, head, rest } = readRegion(name);
  return { region, level: levelOf(region, rest), kind: kindOf(name, head, rest) };
}
