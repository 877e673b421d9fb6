// The finished document: units the intro named where no section listed any, the document-level
// checks (declared counts, cut-off paragraphs), and every text given back as written.
import type { ParsedDocument, ParsedDuty, ParsedPerson, ParsedUnit } from '../../types.ts';
import { checkCounts, checkDanglingUnit, checkTruncation } from '../checks.ts';
import type { Restorer } from '../fold.ts';
import { applyNesting, nestUnderGroupNames } from './nesting.ts';
import { officeName } from './office-name.ts';
import { unique } from '../text.ts';
import type { DocumentState } from './state.ts';

export function finishDocument(s: DocumentState, r: Restorer): Omit<ParsedDocument, 'lineRoles'> {
  const { name, aliases } = officeName(s);
  // `机构设置` over the page, then the office's own name: a title line, not a unit of the office.
  const own = s.units.findIndex((u) => u.name === name && u.duties.length === 0 && u.units.length === 0);
  if (own >= 0) s.units.splice(own, 1);
  // Units the intro names count where no section lists units of that kind.
  const noInternal = s.units.length === 0;
  const noAffiliated = s.affiliated.length === 0;
  for (const u of s.proseUnits) {
    // `X是县卫生健康局所属事业单位` describes the office itself.
    if (u.name === name || aliases.includes(u.name)) continue;
    if (u.kind === 'affiliated' ? noAffiliated : noInternal) (u.kind === 'affiliated' ? s.affiliated : s.units).push(u);
  }
  applyNesting(s.units, s.nestings);
  nestUnderGroupNames(s.units);
  const units = [...s.units, ...s.affiliated];
  checkCounts(s.counts, { internal: s.units.length, affiliated: s.affiliated.length }, s.diagnostics);
  const everyUnit = (list: ParsedUnit[]): ParsedUnit[] => list.flatMap((u) => [u, ...everyUnit(u.units)]);
  const unitDuties = everyUnit(units).map((u) => u.duties);
  checkTruncation([s.summary, s.duties, ...unitDuties], s.diagnostics, [0, 1, ...unitDuties.map(() => 2)]);
  const lines = [
    ...[s.summary, s.duties, s.people, s.honors, s.contacts].flat().map((x) => x.line),
    ...everyUnit(units).flatMap((u) => [u.line, ...u.duties.map((d) => d.line), ...u.people.map((p) => p.line)]),
  ];
  checkDanglingUnit(
    units,
    lines.reduce((a, b) => Math.max(a, b), 0),
    s.diagnostics,
  );
  s.diagnostics.sort((a, b) => a.line - b.line);
  const duty = (d: ParsedDuty): ParsedDuty => ({ ...d, text: r.restore(d.text, d.line) });
  const person = (p: ParsedPerson): ParsedPerson => ({
    title: r.restore(p.title, p.line),
    name: r.restore(p.name, p.line),
    line: p.line,
  });
  const unit = (u: ParsedUnit): ParsedUnit => ({
    name: r.restore(u.name, u.line),
    kind: u.kind,
    aliases: u.aliases.map((a) => r.restore(a, u.line)),
    formerNames: u.formerNames.map((a) => r.restore(a, u.line)),
    label: u.label,
    line: u.line,
    duties: u.duties.map(duty),
    people: u.people.map(person),
    units: u.units.map(unit),
  });
  return {
    office: {
      name: r.restore(name),
      aliases: aliases.map((a) => r.restore(a)),
      formerNames: unique(s.formerNames, [name]).map((f) => r.restore(f)),
      summary: s.summary.map((p) => r.restore(p.text, p.line)),
      duties: s.duties.map(duty),
      units: units.map(unit),
      people: s.people.map(person),
      honors: s.honors.map((h) => ({ ...h, text: r.restore(h.text, h.line) })),
      address: s.address === null ? null : r.restore(s.address),
      // Contact labels stay in their canonical simplified form (电话, 地址) for the UI.
      contacts: s.contacts.map((c) => ({ ...c, value: r.restore(c.value, c.line) })),
      asOf: s.asOf,
    },
    diagnostics: s.diagnostics,
  };
}
