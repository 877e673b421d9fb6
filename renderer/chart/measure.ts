// Text measurement for the layout, with the same web font the chart is drawn and printed in.
import type { MeasureText } from '../../shared/chart/types.ts';

export const CHART_FONT_FAMILY = "'Noto Sans SC', 'Noto Sans CJK SC', sans-serif";

/** CJK ideographs, kana, full-width forms: upright in vertical text, one em tall. */
function isUpright(ch: string): boolean {
  return ch.codePointAt(0)! >= 0x2e80;
}

/** Canvas measurer. Everything is measured bold (names are bold), which errs on the wide
 *  side for the lighter alias and leader lines. In vertical-rl text, upright characters
 *  advance one em and others (Latin, ASCII brackets) are turned sideways and advance by
 *  their width. */
export function canvasMeasurer(): MeasureText {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('Canvas 2D is not available to measure text');
  const cache = new Map<string, number>();
  const width = (text: string, fontPx: number): number => {
    const key = `${fontPx}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      ctx.font = `700 ${fontPx}px ${CHART_FONT_FAMILY}`;
      w = ctx.measureText(text).width;
      cache.set(key, w);
    }
    return w;
  };
  return (text, fontPx, vertical) => {
    if (!vertical) return { width: width(text, fontPx), height: fontPx };
    let length = 0;
    for (const ch of text) length += isUpright(ch) ? fontPx : width(ch, fontPx);
    return { width: fontPx, height: length };
  };
}

/** Waits until the glyphs for `texts` are loaded in the given weights, so measuring and
 *  printing use the real font and not a fallback (the font comes in many unicode-range
 *  slices, loaded only for the characters asked for). */
export async function loadChartFont(texts: string[], weights: number[] = [400, 700]): Promise<void> {
  const sample = [...new Set(texts.join(''))].join('');
  const loaded = Promise.all(weights.map((w) => document.fonts.load(`${w} 16px 'Noto Sans SC'`, sample)));
  // A slice that fails or stalls must not keep the chart from being drawn and printed: the
  // text then falls back to the machine's CJK font, which is embedded in PDFs just the same.
  const gaveUp = new Promise<void>((resolve) => setTimeout(resolve, FONT_WAIT_MS));
  await Promise.race([loaded.then(() => undefined, () => undefined), gaveUp]);
}

const FONT_WAIT_MS = 10_000;
