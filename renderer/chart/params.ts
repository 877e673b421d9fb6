// What the chart route's query string selects: `#/chart?office=1`, the unit duty sheet
// `#/chart?sheet=unit&unit=5`, the booklet `#/chart?sheet=booklet`, and a print setup
// (`paper=A3&orientation=portrait&text=vertical&perRow=6&fit=0&internal=1`) so a printed
// page can be linked to or reproduced.
import type { PaperSize, Orientation, TextMode } from '../../shared/chart/types.ts';
import { positiveId } from '../routes.ts';

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
}

function id(raw: string | null): number | null {
  return raw === null ? null : positiveId(raw);
}

export function parseChartParams(hash: string): ChartParams {
  const q = new URLSearchParams(hash.split('?')[1] ?? '');
  const sheet = q.get('sheet');
  const text = q.get('text');
  const perRow = Number(q.get('perRow'));
  return {
    office: id(q.get('office')),
    unit: id(q.get('unit')),
    sheet: sheet === 'unit' || sheet === 'booklet' ? sheet : 'chart',
    paper: q.get('paper') === 'A3' ? 'A3' : 'A4',
    orientation: q.get('orientation') === 'portrait' ? 'portrait' : 'landscape',
    fitToPage: q.get('fit') !== '0',
    textMode: text === 'horizontal' || text === 'vertical' ? text : 'auto',
    perRow: Number.isInteger(perRow) && perRow >= 2 ? perRow : 'auto',
    internal: q.get('internal') === '1',
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
  });
}

export function chartHref(
  p: Partial<
    Record<
      'office' | 'unit' | 'sheet' | 'paper' | 'orientation' | 'text' | 'perRow' | 'fit' | 'internal',
      string | number
    >
  >,
): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v !== undefined) q.set(k, String(v));
  const s = q.toString();
  return s ? `#/chart?${s}` : '#/chart';
}
