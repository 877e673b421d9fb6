// The sweep's offices (tests/unit/chart/sweep-offices.ts) as source documents for the stress
// database (stress-db.ts): divisions under 内设机构, the other bodies under 直属单位 (their
// groups told apart by name, groups.ts), each listed as a numbered item with a duty, then
// re-nested by depth and given the sweep's names, as an import review corrects them.
import type { Drawn } from '../unit/chart/print-cases.ts';
import type { SweepOffice } from '../unit/chart/sweep-offices.ts';
import { listed, numeral, type StressOffice } from './stress-offices.ts';

/** The units of one kind in text order, each with its depth (1 = under the office). */
function inOrder(units: Drawn[], kind: Drawn['kind'], depth = 1): { u: Drawn; depth: number }[] {
  return units
    .filter((u) => depth > 1 || u.kind === kind)
    .flatMap((u) => [{ u, depth }, ...inOrder(u.units, kind, depth + 1)]);
}

export function sweepAsStress(office: SweepOffice): StressOffice {
  const internal = inOrder(office.units, 'internal');
  const outside = inOrder(office.units, 'affiliated');
  let n = 0;
  const placeholders = (list: { u: Drawn }[]) => list.map(() => ({ name: `抽样第${numeral(++n)}单位处` }));
  const doc = listed(office.label, office.name, [
    ['内设机构', placeholders(internal)],
    ['直属单位', placeholders(outside)],
  ]);
  const all = [...internal, ...outside];
  return {
    ...doc,
    units: all.map((x) => x.u.name),
    renamed: all.map((x) => x.u.name),
    depths: all.map((x) => x.depth),
  };
}
