// What the chart route's query string selects: `#/chart?office=1`, the unit duty sheet
// `#/chart?sheet=unit&unit=5`, the booklet `#/chart?sheet=booklet`, and a print setup
// (`paper=A3&orientation=portrait&text=vertical&perRow=6&fit=0&internal=1`, and `minPt=10`,
// `people=0`) so a printed page can be linked to or reproduced. Read once, by parseRoute;
// the chart view writes its changes back with setupHref. Pure: no DOM.
import type { Orientation, PaperSize, TextMode } from '../../shared/chart/types.ts';
import { positiveId } from '../ids.ts';

export type Sheet = 'chart' | 'unit' | 'booklet';

export interface ChartParams {
  office: number | null;
  unit: number | null;
  sheet: Sheet;
  paper: PaperSize;
  orientation: Orientation;
  fitToPage: boolean;
  textMode: TextMode | 'auto';
  perRow: number | 'auto';
  internal: boolean;
  /** Smallest type size printing may use, in points. */
  minFontPt: number;
  /** Leaders (领导) under the unit names. */
  showPeople: boolean;
  /** Parameters of the query whose values were not understood (`paper=B5`), as written:
   *  each fell back to its default, and the view says so in one line. */
  ignored: string[];
}

export const MIN_FONT_PT = { min: 8, max: 16, default: 8 } as const;

function id(raw: string | null): number | null {
  return raw === null ? null : positiveId(raw);
}

/** The values each parameter accepts besides its parsed forms (null: any it parses). */
const ACCEPTED: Record<QueryField, readonly string[] | null> = {
  office: null,
  unit: null,
  sheet: ['chart', 'unit', 'booklet'],
  paper: ['A4', 'A3'],
  orientation: ['landscape', 'portrait'],
  text: ['horizontal', 'vertical', 'auto'],
  perRow: ['auto'],
  fit: ['0', '1'],
  internal: ['0', '1'],
  minPt: null,
  people: ['0', '1'],
};

/** The chart route's query (`a=1&b=2`, or a whole `#/chart?...` hash); anything malformed
 *  falls back to its default, one parameter at a time, and is listed in `ignored`. */
export function parseChartParams(query: string): ChartParams {
  const q = new URLSearchParams(query.includes('?') ? query.slice(query.indexOf('?') + 1) : query);
  const sheet = q.get('sheet');
  const text = q.get('text');
  const perRow = Number(q.get('perRow'));
  const minPt = Number(q.get('minPt'));
  const validPerRow = Number.isInteger(perRow) && perRow >= 1;
  const validMinPt =
    q.has('minPt') && minPt >= MIN_FONT_PT.min && minPt <= MIN_FONT_PT.max && Number.isInteger(minPt * 2);
  const parsed: Partial<Record<QueryField, boolean>> = {
    office: id(q.get('office')) !== null,
    unit: id(q.get('unit')) !== null,
    perRow: validPerRow,
    minPt: validMinPt,
  };
  const ignored = (Object.keys(ACCEPTED) as QueryField[]).flatMap((key) => {
    const value = q.get(key);
    if (value === null || parsed[key] || ACCEPTED[key]?.includes(value)) return [];
    return [`${key}=${value}`];
  });
  return {
    office: id(q.get('office')),
    unit: id(q.get('unit')),
    sheet: sheet === 'unit' || sheet === 'booklet' ? sheet : 'chart',
    paper: q.get('paper') === 'A3' ? 'A3' : 'A4',
    orientation: q.get('orientation') === 'portrait' ? 'portrait' : 'landscape',
    fitToPage: q.get('fit') !== '0',
    textMode: text === 'horizontal' || text === 'vertical' ? text : 'auto',
    perRow: validPerRow ? perRow : 'auto',
    internal: q.get('internal') === '1',
    minFontPt: validMinPt ? minPt : MIN_FONT_PT.default,
    showPeople: q.get('people') !== '0',
    ignored,
  };
}

/** The route of a print setup, so the printed page can be linked to and reproduced; values
 *  at their defaults are left out. */
export function setupHref(p: ChartParams): string {
  return chartHref({
    office: p.office ?? undefined,
    sheet: p.sheet === 'chart' ? undefined : p.sheet,
    unit: p.unit ?? undefined,
    paper: p.paper,
    orientation: p.orientation,
    text: p.textMode === 'auto' ? undefined : p.textMode,
    perRow: p.perRow === 'auto' ? undefined : p.perRow,
    fit: p.fitToPage ? undefined : 0,
    internal: p.internal ? 1 : undefined,
    minPt: p.minFontPt === MIN_FONT_PT.default ? undefined : p.minFontPt,
    people: p.showPeople ? undefined : 0,
  });
}

type QueryField =
  'office' | 'unit' | 'sheet' | 'paper' | 'orientation' | 'text' | 'perRow' | 'fit' | 'internal' | 'minPt' | 'people';

export function chartHref(p: Partial<Record<QueryField, string | number>>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v !== undefined) q.set(k, String(v));
  const s = q.toString();
  return s ? `#/chart?${s}` : '#/chart';
}
