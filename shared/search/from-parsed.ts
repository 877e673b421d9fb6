// ParsedDocument → OfficeDetail without a database: sequential ids, duties split into
// clauses as the store does. Lets tests and the benchmark build indexes directly.
import { splitClauses } from '../parser/index.ts';
import type { DutyView, OfficeDetail, ParsedDocument, ParsedDuty, ParsedUnit, SourceInfo, UnitNode } from '../types.ts';

export interface IdCounter {
  next(): number;
}

export function idCounter(): IdCounter {
  let n = 0;
  return { next: () => ++n };
}

function duty(d: ParsedDuty, ids: IdCounter): DutyView {
  return { id: ids.next(), label: d.label, text: d.text, clauses: splitClauses(d.text), line: d.line };
}

function unit(u: ParsedUnit, officeId: number, parentId: number | null, order: number, ids: IdCounter): UnitNode {
  const id = ids.next();
  return {
    id,
    officeId,
    parentId,
    order,
    name: u.name,
    kind: u.kind,
    aliases: u.aliases,
    formerNames: u.formerNames,
    label: u.label,
    line: u.line,
    duties: u.duties.map((d) => duty(d, ids)),
    people: u.people.map((p) => ({ id: ids.next(), title: p.title, name: p.name, line: p.line })),
    units: u.units.map((child, i) => unit(child, officeId, id, i, ids)),
  };
}

export function officeFromParsed(doc: ParsedDocument, path: string, ids: IdCounter = idCounter()): OfficeDetail {
  const o = doc.office;
  const officeId = ids.next();
  const source: SourceInfo = { id: officeId, path, sha256: '', importedAt: '', lineCount: 0 };
  return {
    id: officeId,
    name: o.name,
    aliases: o.aliases,
    formerNames: o.formerNames,
    summary: o.summary,
    duties: o.duties.map((d) => duty(d, ids)),
    units: o.units.map((u, i) => unit(u, officeId, null, i, ids)),
    people: o.people.map((p) => ({ id: ids.next(), title: p.title, name: p.name, line: p.line })),
    honors: o.honors.map((h) => ({ id: ids.next(), date: h.date, text: h.text, line: h.line })),
    address: o.address,
    contacts: o.contacts.map((c) => ({ id: ids.next(), label: c.label, value: c.value, line: c.line })),
    asOf: o.asOf,
    source,
    diagnostics: doc.diagnostics,
  };
}
