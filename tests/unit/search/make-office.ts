// Hand-written offices for search tests: a compact description → ParsedDocument → OfficeDetail
// (through the same converter the benchmark uses), so no database is involved.
import { idCounter, officeFromParsed, type IdCounter } from '../../../shared/search/from-parsed.ts';
import type { OfficeDetail, ParsedUnit } from '../../../shared/types.ts';

export interface UnitSpec {
  name: string;
  aliases?: string[];
  formerNames?: string[];
  duties?: string[];
  people?: [title: string, name: string][];
  units?: UnitSpec[];
}

export interface OfficeSpec {
  name: string;
  aliases?: string[];
  formerNames?: string[];
  duties?: string[];
  units?: UnitSpec[];
  people?: [title: string, name: string][];
  honors?: string[];
  address?: string;
  contacts?: [label: string, value: string][];
}

let line = 0;
const people = (list: [string, string][] = []) => list.map(([title, name]) => ({ title, name, line: ++line }));

function unit(u: UnitSpec): ParsedUnit {
  return {
    name: u.name,
    kind: 'internal',
    aliases: u.aliases ?? [],
    formerNames: u.formerNames ?? [],
    label: null,
    line: ++line,
    duties: (u.duties ?? []).map((text) => ({ label: null, text, line: ++line })),
    people: people(u.people),
    units: (u.units ?? []).map(unit),
  };
}

export function makeOffice(spec: OfficeSpec, ids: IdCounter = idCounter()): OfficeDetail {
  line = 0;
  return officeFromParsed(
    {
      office: {
        name: spec.name,
        aliases: spec.aliases ?? [],
        formerNames: spec.formerNames ?? [],
        summary: [],
        duties: (spec.duties ?? []).map((text) => ({ label: null, text, line: ++line })),
        units: (spec.units ?? []).map(unit),
        people: people(spec.people),
        honors: (spec.honors ?? []).map((text) => ({ date: null, text, line: ++line })),
        address: spec.address ?? null,
        contacts: (spec.contacts ?? []).map(([label, value]) => ({ label, value, line: ++line })),
        asOf: null,
      },
      diagnostics: [],
      lineRoles: [],
    },
    `${spec.name}.txt`,
    ids,
  );
}
