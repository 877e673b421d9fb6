import { describe, expect, it } from 'vitest';
import { parseChartParams, setupHref, type ChartParams } from '../../../renderer/chart/params.ts';

const defaults: ChartParams = {
  office: null,
  unit: null,
  sheet: 'chart',
  paper: 'A4',
  orientation: 'landscape',
  fitToPage: true,
  textMode: 'auto',
  perRow: 'auto',
  internal: false,
  minFontPt: 8,
  showPeople: true,
  ignored: [],
};

describe('the chart route keeps the print setup in its query string', () => {
  it('reads office, paper, orientation, text, perRow, fit, internal, sheet and unit', () => {
    expect(
      parseChartParams('#/chart?office=3&paper=A3&orientation=portrait&text=vertical&perRow=6&fit=0&internal=1'),
    ).toEqual({
      ...defaults,
      office: 3,
      paper: 'A3',
      orientation: 'portrait',
      textMode: 'vertical',
      perRow: 6,
      fitToPage: false,
      internal: true,
    });
    expect(parseChartParams('#/chart?office=3&sheet=unit&unit=12')).toEqual({
      ...defaults,
      office: 3,
      sheet: 'unit',
      unit: 12,
    });
    // Nonsense falls back to the defaults, one parameter at a time, each listed as written.
    expect(parseChartParams('#/chart?paper=B5&orientation=up&text=diagonal&perRow=0&sheet=poster&office=x')).toEqual({
      ...defaults,
      ignored: ['office=x', 'sheet=poster', 'paper=B5', 'orientation=up', 'text=diagonal', 'perRow=0'],
    });
    expect(parseChartParams('fit=no&internal=yes&people=none&minPt=99&unit=-3').ignored).toEqual([
      'unit=-3',
      'fit=no',
      'internal=yes',
      'minPt=99',
      'people=none',
    ]);
    // Every accepted spelling, the defaults written out included, is not listed.
    expect(
      parseChartParams(
        'office=2&unit=5&sheet=chart&paper=A4&orientation=landscape&text=auto&perRow=auto&fit=1&internal=0&minPt=8&people=1',
      ).ignored,
    ).toEqual([]);
  });

  it('reads the minimum type size in half points from 8 to 16, and leaders switched off', () => {
    expect(parseChartParams('minPt=10.5&people=0')).toEqual({ ...defaults, minFontPt: 10.5, showPeople: false });
    for (const bad of ['minPt=7.5', 'minPt=16.5', 'minPt=9.3', 'minPt=', 'minPt=abc', 'minPt=1e1x'])
      expect(parseChartParams(bad).minFontPt).toBe(8);
    expect(parseChartParams('minPt=16').minFontPt).toBe(16);
    // Only people=0 switches leaders off.
    expect(parseChartParams('people=no').showPeople).toBe(true);
  });

  it('takes the query alone (as parseRoute hands it) or the whole hash', () => {
    expect(parseChartParams('office=7&paper=A3')).toEqual(parseChartParams('#/chart?office=7&paper=A3'));
    expect(parseChartParams('')).toEqual(defaults);
  });

  it('writes a setup so that reading it back gives the same setup', () => {
    const setups: ChartParams[] = [
      { ...defaults, office: 1 },
      {
        ...defaults,
        office: 2,
        paper: 'A3',
        orientation: 'portrait',
        textMode: 'horizontal',
        perRow: 30,
        fitToPage: false,
        internal: true,
      },
      { ...defaults, office: 5, sheet: 'booklet', internal: true },
      { ...defaults, office: 5, sheet: 'unit', unit: 44, textMode: 'vertical' },
      { ...defaults, office: 6, minFontPt: 12.5, showPeople: false },
    ];
    for (const setup of setups) expect(parseChartParams(setupHref(setup))).toEqual(setup);
    expect(setupHref({ ...defaults, office: 2, paper: 'A3', fitToPage: false })).toBe(
      '#/chart?office=2&paper=A3&orientation=landscape&fit=0',
    );
    expect(setupHref({ ...defaults, office: 2, minFontPt: 10, showPeople: false })).toBe(
      '#/chart?office=2&paper=A4&orientation=landscape&minPt=10&people=0',
    );
  });
});
