// Search hits as the results list shows them: by office, then by unit.
import type { SearchHit } from '../../shared/types.ts';

export interface HitGroup {
  key: string;
  office: string;
  unit: string | null;
  unitId: number | null;
  officeId: number;
  hits: { hit: SearchHit; index: number }[];
}

export interface OfficeSection {
  officeId: number;
  office: string;
  groups: HitGroup[];
  count: number;
}

/**
 * Groups hits by office (offices in the order of their best hit), then by the unit they
 * belong to (likewise); `flat` is the hits in the order shown, for the keyboard.
 */
export function groupHits(hits: SearchHit[]): { sections: OfficeSection[]; flat: SearchHit[] } {
  const sections = new Map<number, OfficeSection & { byKey: Map<string, HitGroup> }>();
  for (const hit of hits) {
    let section = sections.get(hit.officeId);
    if (!section) {
      section = { officeId: hit.officeId, office: hit.office, groups: [], count: 0, byKey: new Map() };
      sections.set(hit.officeId, section);
    }
    const key = `${hit.officeId}:${hit.unitId ?? '-'}`;
    let group = section.byKey.get(key);
    if (!group) {
      group = { key, office: hit.office, unit: hit.unit, unitId: hit.unitId, officeId: hit.officeId, hits: [] };
      section.byKey.set(key, group);
      section.groups.push(group);
    }
    group.hits.push({ hit, index: -1 });
    section.count++;
  }
  const flat: SearchHit[] = [];
  for (const section of sections.values()) {
    for (const group of section.groups) for (const entry of group.hits) entry.index = flat.push(entry.hit) - 1;
  }
  return { sections: [...sections.values()], flat };
}

/**
 * The first `rows` rows of the list as shown (an office title when `byOffice`, a unit title, a
 * hit: one row each), cut between hits; the same array when everything fits. Counts stay whole.
 */
export function firstRows(sections: OfficeSection[], rows: number, byOffice: boolean): OfficeSection[] {
  const out: OfficeSection[] = [];
  let left = rows;
  for (const section of sections) {
    left -= byOffice ? 1 : 0;
    const groups: HitGroup[] = [];
    for (const group of section.groups) {
      if (left < 2) break; // a unit title with no hit under it is not worth a row
      const hits = group.hits.slice(0, left - 1);
      left -= 1 + hits.length;
      groups.push(hits.length === group.hits.length ? group : { ...group, hits });
    }
    if (groups.length === 0) break;
    const whole = groups.length === section.groups.length && groups.at(-1) === section.groups.at(-1);
    out.push(whole ? section : { ...section, groups });
    if (!whole || left < 2) break;
  }
  const cut = out.length < sections.length || out.at(-1) !== sections.at(-1);
  return cut ? out : sections;
}
