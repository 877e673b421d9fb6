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
}

export const MIN_FONT_PT = { min: 8, max: 16, default: 8 } as const;

function id(raw: string | null): number | null {
  return raw === null ? null : positiveId(raw);
}

/** The chart route's query (`a=1&b=2`, or a whole `#/chart?...` hash); anything malformed
 *  falls back to its default, one parameter at a time. */
export function parseChartParams(query: string): ChartParams {
  const q = new URLSearchParams(query.includes('?') ? query.slice(query.indexOf('?') + 1) : query);
  const sheet = q.get('sheet');
  const text = q.get('text');
  const perRow = Number(q.get('perRow'));
  const minPt = Number(q.get('minPt'));
  return {
    office: id(q.get('office')),
    unit: id(q.get('unit')),
    sheet: sheet === 'unit' || sheet === 'booklet' ? sheet : 'chart',
    paper: q.get('paper') === 'A3' ? 'A3' : 'A4',
    orientation: q.get('orientation') === 'portrait' ? 'portrait' : 'landscape',
    fitToPage: q.get('fit') !== '0',
    textMode: text === 'horizontal' || text === 'vertical' ? text : 'auto',
    perRow: Number.isInteger(perRow) && perRow >= 1 ? perRow : 'auto',
    internal: q.get('internal') === '1',
    minFontPt:
      q.has('minPt') && minPt >= MIN_FONT_PT.min && minPt <= MIN_FONT_PT.max && Number.isInteger(minPt * 2)
        ? minPt
        : MIN_FONT_PT.default,
    showPeople: q.get('people') !== '0',
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
