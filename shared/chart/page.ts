// Page fitting: one page when the smallest text stays readable, else tiles with overlap.
import type { ChartLayout, PaperSize, PrintPlan, PrintSetup, PrintTile } from './types.ts';

export const PX_PER_MM = 96 / 25.4;
export const PX_PER_PT = 96 / 72;

const PAPER_MM: Record<PaperSize, [number, number]> = { A4: [210, 297], A3: [297, 420] };

/** Page furniture shared by the planner and the print CSS, in mm. */
export const PAGE_MARGIN_MM = 10;
export const HEADER_MM = 14;
export const FOOTER_MM = 8;
/** The legend strip (solid box = 内设机构, dashed box = 直属单位) above the footer. */
export const LEGEND_MM = 6;
/** Printed charts never grow beyond this, so a 3-box chart is not poster-sized. */
const MAX_SCALE = 1.6;
/** White space around the chart, relative to the base type size, so the outer lines are not
 *  clipped and the chart never touches the header rule. */
const PAD_RATIO = 0.5;

/** The printed extent of a chart: its boxes plus padding on every side. */
export function printedBounds(layout: Pick<ChartLayout, 'width' | 'height' | 'options'>): { x: number; y: number; width: number; height: number } {
  const pad = layout.options.fontPx * PAD_RATIO;
  return { x: -pad, y: -pad, width: layout.width + 2 * pad, height: layout.height + 2 * pad };
}

export function pageSizeMm(setup: Pick<PrintSetup, 'paper' | 'orientation'>): [number, number] {
  const [short, long] = PAPER_MM[setup.paper];
  return setup.orientation === 'landscape' ? [long, short] : [short, long];
}

/** A legend is needed only where dashed (affiliated) boxes are drawn. */
export function hasLegend(layout: Pick<ChartLayout, 'boxes'>): boolean {
  return layout.boxes.some((b) => b.affiliated);
}

/** The chart's drawable area on one page, in CSS px; a legend takes its strip off it. */
export function chartAreaPx(setup: Pick<PrintSetup, 'paper' | 'orientation'>, legend = false): [number, number] {
  const [w, h] = pageSizeMm(setup);
  const furniture = HEADER_MM + FOOTER_MM + (legend ? LEGEND_MM : 0);
  return [(w - 2 * PAGE_MARGIN_MM) * PX_PER_MM, (h - 2 * PAGE_MARGIN_MM - furniture) * PX_PER_MM];
}

/** The scale that fits the whole chart on one page (capped). */
export function fitScale(layout: Pick<ChartLayout, 'width' | 'height' | 'options' | 'boxes'>, setup: Pick<PrintSetup, 'paper' | 'orientation'>): number {
  const [aw, ah] = chartAreaPx(setup, hasLegend(layout));
  const bounds = printedBounds(layout);
  return Math.min(aw / bounds.width, ah / bounds.height, MAX_SCALE);
}

/** Tile starts along one axis: consecutive tiles overlap by `overlap`, the last one ends
 *  exactly at the chart's edge. */
function tileStarts(length: number, window: number, overlap: number): number[] {
  if (length <= window) return [0];
  const step = window - overlap;
  const n = Math.ceil((length - overlap) / step);
  return Array.from({ length: n }, (_, i) => Math.min(i * step, length - window));
}

/**
 * Plans the printed pages. With fitToPage and a one-page scale keeping the smallest text at
 * or above minFontPt, that is one page; otherwise the chart prints at the minimum type size
 * (or 1:1 when not fitting, if larger) and is tiled. Tiles overlap by at least the largest box, so every box
 * appears whole on some tile.
 */
export function planPrint(layout: ChartLayout, setup: PrintSetup): PrintPlan {
  const [pageWidthMm, pageHeightMm] = pageSizeMm(setup);
  const [aw, ah] = chartAreaPx(setup, hasLegend(layout));
  const minScale = (setup.minFontPt * PX_PER_PT) / layout.minFontPx;
  const oneFit = fitScale(layout, setup);
  // Not fitting means actual size (1:1), never below the minimum type size.
  const scale = setup.fitToPage && oneFit >= minScale ? oneFit : Math.max(minScale, setup.fitToPage ? 0 : 1);
  // Window sizes and overlaps in chart coordinates.
  const ww = aw / scale;
  const wh = ah / scale;
  const maxBoxW = Math.max(...layout.boxes.map((b) => b.width));
  const maxBoxH = Math.max(...layout.boxes.map((b) => b.height));
  const ox = Math.min(maxBoxW + layout.options.fontPx, ww / 2);
  const oy = Math.min(maxBoxH + layout.options.fontPx, wh / 2);
  const bounds = printedBounds(layout);
  const xs = tileStarts(bounds.width, ww, ox);
  const ys = tileStarts(bounds.height, wh, oy);
  const width = Math.min(ww, bounds.width);
  const height = Math.min(wh, bounds.height);
  const tiles: PrintTile[] = [];
  ys.forEach((y, row) =>
    xs.forEach((x, col) => tiles.push({ index: tiles.length + 1, row, col, x: bounds.x + x, y: bounds.y + y, width, height })),
  );
  return {
    pageWidthMm,
    pageHeightMm,
    scale,
    minFontPt: (layout.minFontPx * scale) / PX_PER_PT,
    areaWidthPx: aw,
    areaHeightPx: ah,
    rows: ys.length,
    cols: xs.length,
    tiles,
  };
}

/** "续页 2/4" on every tile of a tiled chart; nothing on a one-page chart. */
export function tileLabel(plan: PrintPlan, tile: PrintTile): string | null {
  return plan.tiles.length > 1 ? `续页 ${tile.index}/${plan.tiles.length}` : null;
}
