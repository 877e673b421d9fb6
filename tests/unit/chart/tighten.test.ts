// A tiled chart overflowing its pages by a sliver is printed with its gaps tightened when
// that saves a page (auto.ts): the print sweep's random tree of 60 units on A4 landscape
// took a third sheet for three boxes of its lowest level, its chart 835 px tall where two
// sheets in a row hold 833 at 8 pt.
import { describe, expect, it } from 'vitest';
import { autoLayout } from '../../../shared/chart/auto.ts';
import { levelGapPx } from '../../../shared/chart/layout.ts';
import { planPrint } from '../../../shared/chart/page.ts';
import type { PrintSetup } from '../../../shared/chart/types.ts';
import { baseOptions, measure } from './fixtures.ts';
import { officeOf } from './print-cases.ts';
import { sweepOffices } from './sweep-offices.ts';

describe('tightening a tiled chart', () => {
  const office = sweepOffices().find((o) => o.label === 'random tree of 60')!;
  const base = { ...baseOptions, showPeople: false };

  it('saves the sheet a sliver would take, at the minimum type size', () => {
    const setup: PrintSetup = { paper: 'A4', orientation: 'landscape', fitToPage: true, minFontPt: 8 };
    // Names on one line: with two-line names the chart fits two sheets untightened.
    const layout = autoLayout(officeOf(office.units), measure, base, setup, { twoLines: false });
    const plan = planPrint(layout, setup);
    expect(plan.tiles).toHaveLength(2);
    expect(plan.minFontPt).toBeGreaterThanOrEqual(8 - 1e-9);
    expect(levelGapPx(layout.options)).toBeLessThan(levelGapPx(base));
  });

  it('leaves the gaps alone where tightening saves no page', () => {
    const setup: PrintSetup = { paper: 'A4', orientation: 'portrait', fitToPage: true, minFontPt: 8 };
    const layout = autoLayout(officeOf(office.units), measure, base, setup);
    expect(layout.options.spread).toBeUndefined();
  });
});
