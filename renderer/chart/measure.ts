// Text measurement for the layout, with the same web font the chart is drawn and printed in.
import type { MeasureText } from '../../shared/chart/types.ts';
import { MAX_CELL_EMS, verticalCells, verticalLength } from '../../shared/chart/vertical.ts';

export const CHART_FONT_FAMILY = "'Noto Sans SC', 'Noto Sans CJK SC', sans-serif";

let context: CanvasRenderingContext2D | null = null;
const widths = new Map<string, number>();

/** Width of a run of bold chart text on a canvas, cached. */
export function cellWidth(text: string, fontPx: number): number {
  const key = `${fontPx}|${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    context ??= document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('Canvas 2D is not available to measure text');
    context.font = `700 ${fontPx}px ${CHART_FONT_FAMILY}`;
    w = context.measureText(text).width;
    widths.set(key, w);
  }
  return w;
}

/** Canvas measurer. Everything is measured bold (names are bold), which errs on the wide
 *  side for the lighter alias and leader lines. Vertical text is set one cell per em
 *  (shared/chart/vertical.ts); a column is as thick as its widest cell, a cell of several
 *  Latin letters or digits counting at most MAX_CELL_EMS (ChartSvg squeezes it to that). */
export function canvasMeasurer(): MeasureText {
  // A new measurer is made when the web font's glyphs arrive: widths taken with a fallback
  // font must not outlive it.
  widths.clear();
  return (text, fontPx, vertical) => {
    if (!vertical) return { width: cellWidth(text, fontPx), height: fontPx };
    let thickness = fontPx;
    for (const cell of verticalCells(text))
      thickness = Math.max(thickness, Math.min(cellWidth(cell, fontPx), MAX_CELL_EMS * fontPx));
    return { width: thickness, height: verticalLength(text, fontPx) };
  };
}

const FONT_WEIGHTS = [400, 700];
const chartFont = (weight: number) => `${weight} 16px 'Noto Sans SC'`;
const glyphSample = (texts: string[]) => [...new Set(texts.join(''))].join('');

/** Whether the glyphs for `texts` are loaded already (say, the chart is opened again): then
 *  the first measure is with the real font and waiting and measuring again are not needed. */
export function chartFontLoaded(texts: string[], weights: number[] = FONT_WEIGHTS): boolean {
  const sample = glyphSample(texts);
  return weights.every((w) => document.fonts.check(chartFont(w), sample));
}

/** Waits until the glyphs for `texts` are loaded in the given weights, so measuring and
 *  printing use the real font and not a fallback (the font comes in many unicode-range
 *  slices, loaded only for the characters asked for). */
export async function loadChartFont(texts: string[], weights: number[] = FONT_WEIGHTS): Promise<void> {
  const sample = glyphSample(texts);
  const loaded = Promise.all(weights.map((w) => document.fonts.load(chartFont(w), sample)));
  // A slice that fails or stalls must not keep the chart from being drawn and printed: the
  // text then falls back to the machine's CJK font, which is embedded in PDFs just the same.
  const gaveUp = new Promise<void>((resolve) => setTimeout(resolve, FONT_WAIT_MS));
  await Promise.race([
    loaded.then(
      () => undefined,
      () => undefined,
    ),
    gaveUp,
  ]);
}

const FONT_WAIT_MS = 10_000;
