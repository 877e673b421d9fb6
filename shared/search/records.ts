// What is searchable: every office flattened into short records (a name, an alias, one duty
// clause, a person, an honour, a contact), in the office's own order so that a record's
// position doubles as the tie-break "office order, then unit order".
import type { HitKind, OfficeDetail, UnitNode } from '../types.ts';

export const KINDS: readonly HitKind[] = ['office', 'unit', 'duty', 'person', 'honor', 'contact'];
export const KIND = { office: 0, unit: 1, duty: 2, person: 3, honor: 4, contact: 5 } as const;

/** How a name record relates to its owner. */
export const NAME = { primary: 0, alias: 1, former: 2 } as const;

export interface SearchRecord {
  kind: number;
  /** NAME.* for office/unit records, 0 otherwise. */
  sub: number;
  office: number;
  /** Index into the unit table, or -1 for office-level items. */
  unit: number;
  text: string;
  line: number;
}

export interface UnitEntry {
  id: number;
  name: string;
}

export interface OfficeEntry {
  id: number;
  name: string;
}

export interface Flattened {
  offices: OfficeEntry[];
  units: UnitEntry[];
  records: SearchRecord[];
  /** Each office's first unit in `units` (an office's units are consecutive). */
  unitStart: number[];
}

export function flattenOffices(offices: OfficeDetail[]): Flattened {
  const out: Flattened = { offices: [], units: [], records: [], unitStart: [] };
  offices.forEach((office, officeIdx) => {
    out.offices.push({ id: office.id, name: office.name });
    out.unitStart.push(out.units.length);
    const push = (kind: number, sub: number, unit: number, text: string, line: number) => {
      const t = text.trim();
      if (t) out.records.push({ kind, sub, office: officeIdx, unit, text: t, line });
    };
    push(KIND.office, NAME.primary, -1, office.name, 1);
    for (const a of office.aliases) push(KIND.office, NAME.alias, -1, a, 1);
    for (const f of office.formerNames) push(KIND.office, NAME.former, -1, f, 1);
    const walk = (u: UnitNode) => {
      const idx = out.units.length;
      out.units.push({ id: u.id, name: u.name });
      push(KIND.unit, NAME.primary, idx, u.name, u.line);
      for (const a of u.aliases) push(KIND.unit, NAME.alias, idx, a, u.line);
      for (const f of u.formerNames) push(KIND.unit, NAME.former, idx, f, u.line);
      for (const d of u.duties) for (const c of d.clauses) push(KIND.duty, 0, idx, c, d.line);
      for (const p of u.people) push(KIND.person, 0, idx, `${p.title} ${p.name}`, p.line);
      [...u.units].sort((a, b) => a.order - b.order).forEach(walk);
    };
    [...office.units].sort((a, b) => a.order - b.order).forEach(walk);
    for (const d of office.duties) for (const c of d.clauses) push(KIND.duty, 0, -1, c, d.line);
    for (const p of office.people) push(KIND.person, 0, -1, `${p.title} ${p.name}`, p.line);
    for (const h of office.honors) push(KIND.honor, 0, -1, h.text, h.line);
    const addressLine = office.contacts.find((c) => c.value === office.address)?.line ?? 1;
    if (office.address) push(KIND.contact, 0, -1, office.address, addressLine);
    for (const c of office.contacts) {
      if (c.value === office.address) continue;
      push(KIND.contact, 0, -1, `${c.label} ${c.value}`, c.line);
    }
  });
  return out;
}
