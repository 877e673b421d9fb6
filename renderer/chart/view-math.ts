// The on-screen chart's view (zoom k, pan x/y in CSS px) as plain arithmetic, so fitting,
// keeping a box in place and panning to a match can be tested without a browser.

export interface View {
  k: number;
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const ZOOM = { min: 0.05, max: 8 } as const;
export const clampK = (k: number) => Math.min(ZOOM.max, Math.max(ZOOM.min, k));

const PAD = 24;

/** The whole chart, centred in the stage, no larger than `maxK`. */
export function fitView(stage: Size, chart: Size, maxK = 2): View {
  const cw = stage.width - 2 * PAD;
  const ch = stage.height - 2 * PAD;
  const k = clampK(Math.min(cw / chart.width, ch / chart.height, maxK));
  return { k, x: PAD + (cw - chart.width * k) / 2, y: PAD + (ch - chart.height * k) / 2 };
}

/** How much larger than the readable size the first view may draw a small chart. */
const OPENING_GROWTH = 1.25;

/**
 * The first view of a chart: fitted, with the text at least the readable size `minK` gives
 * and at most a quarter larger. A chart too big for the stage at the readable size shows its
 * top, centred on `anchorX`, and pans. `minK` follows the page's own type size, and a small
 * chart is not blown up to fill a wide window, so at 200 % zoom (the app's or the browser's)
 * the chart's text grows with the page's.
 */
export function openingView(stage: Size, chart: Size, minK: number, anchorX = chart.width / 2): View {
  const fitted = fitView(stage, chart, minK * OPENING_GROWTH);
  if (fitted.k >= minK) return fitted;
  const k = clampK(minK);
  const x = chart.width * k <= stage.width ? (stage.width - chart.width * k) / 2 : stage.width / 2 - anchorX * k;
  return { k, x, y: PAD };
}

/** Zoom by `factor` about the stage point (px, py). */
export function zoomView(v: View, factor: number, px: number, py: number): View {
  const k = clampK(v.k * factor);
  return { k, x: px - ((px - v.x) * k) / v.k, y: py - ((py - v.y) * k) / v.k };
}

/** Pans so that a chart point that was at `before` is drawn where it was, now that the
 *  layout put it at `after` (a branch opened or folded beside it). */
export function keepInPlace(v: View, before: { x: number; y: number }, after: { x: number; y: number }): View {
  return { ...v, x: v.x + (before.x - after.x) * v.k, y: v.y + (before.y - after.y) * v.k };
}

/** Pans (same zoom) so `box` is in view: centred when `centre`, else moved only as far as
 *  needed to bring it inside the stage's margins. */
export function revealBox(v: View, stage: Size, box: Rect, centre: boolean): View {
  const left = v.x + box.x * v.k;
  const top = v.y + box.y * v.k;
  const w = box.width * v.k;
  const h = box.height * v.k;
  if (centre) return { ...v, x: v.x + stage.width / 2 - (left + w / 2), y: v.y + stage.height / 2 - (top + h / 2) };
  const dx = left < PAD ? PAD - left : left + w > stage.width - PAD ? stage.width - PAD - (left + w) : 0;
  const dy = top < PAD ? PAD - top : top + h > stage.height - PAD ? stage.height - PAD - (top + h) : 0;
  return dx || dy ? { ...v, x: v.x + dx, y: v.y + dy } : v;
}
