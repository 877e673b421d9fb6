// The chooser (auto.ts) also tries every group of leaves as a column beside its parent's
// stem: the print sweep's four-level office (divisions over sections over groups over
// pairs of posts, and a chain ending in a 44-character name) was tiled on two sheets of A3
// landscape, its pairs side by side; as columns it prints on one.
import { describe, expect, it } from 'vitest';
import { arrangements, autoLayout } from '../../../shared/chart/auto.ts';
import { planPrint } from '../../../shared/chart/page.ts';
import type { PrintSetup } from '../../../shared/chart/types.ts';
import { baseOptions, flatOffice, measure } from './fixtures.ts';
import { officeOf } from './print-cases.ts';
import { sweepOffices } from './sweep-offices.ts';

describe('leaves as columns', () => {
  it('is a candidate wherever a group of leaves has two or more, and the last one', () => {
    const oneLine = (n: number) =>
      arrangements(flatOffice(n), new Set())
        .filter((a) => !a.twoLines)
        .map((a) => a.maxPerRow);
    expect(oneLine(2)).toEqual([Infinity, 1, Infinity, 1]);
    expect(oneLine(1)).toEqual([Infinity, Infinity]);
  });

  it('prints the four-level office on one sheet of A3 landscape', () => {
    const office = sweepOffices().find((o) => o.label === 'four levels')!;
    const setup: PrintSetup = { paper: 'A3', orientation: 'landscape', fitToPage: true, minFontPt: 8 };
    const layout = autoLayout(officeOf(office.units), measure, { ...baseOptions, showPeople: false }, setup);
    expect(layout.options.maxPerRow).toBe(1);
    const plan = planPrint(layout, setup);
    expect(plan.tiles).toHaveLength(1);
    expect(plan.minFontPt).toBeGreaterThanOrEqual(8);
  });
});
