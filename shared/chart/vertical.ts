// 竖排 text set one character per em cell, top to bottom. The chart draws it as upright
// characters at explicit positions rather than with writing-mode: vertical-rl, because the
// web font comes in unicode-range slices and the browser places each glyph of a vertical run
// by its own vertical origin, so characters from different slices sit unevenly and can
// collide (监督 printed overlapping). Brackets and dashes, which vertical typography turns,
// are given their vertical presentation forms. A short run of Latin letters or digits (ICT,
// 12) is set upright across one cell (纵中横, tate-chu-yoko) as Chinese vertical typesetting
// does, rather than one letter per cell; a longer run is cut into balanced cells of at most
// three (12345 → 123 / 45), so every cell stays about an em wide and reads left to right.

/** Horizontal forms → vertical presentation forms (Unicode CJK Compatibility Forms) that
 *  the chart font carries. */
const VERTICAL_FORMS: Record<string, string> = {
  '（': '︵',
  '）': '︶',
  '(': '︵',
  ')': '︶',
  '《': '︽',
  '》': '︾',
  '〈': '︿',
  '〉': '﹀',
  '「': '﹁',
  '」': '﹂',
  '【': '︻',
  '】': '︼',
  '〔': '︹',
  '〕': '︺',
  '—': '︱',
};

/** Half-width characters set across a cell together (brackets excepted: they turn). */
const HALF_WIDTH = /^[!-'*-~]$/;
const MAX_CELL = 3;
/** A cell of several half-width characters is drawn at most this many ems wide (squeezed
 *  when wider), so one cell does not widen the whole column. */
export const MAX_CELL_EMS = 1.2;

/** Splits a run of `n` half-width characters into cells of at most MAX_CELL, as even as can be. */
function balanced(run: string): string[] {
  const chars = [...run];
  const cells = Math.ceil(chars.length / MAX_CELL);
  const out: string[] = [];
  for (let i = 0, from = 0; i < cells; i++) {
    const size = Math.ceil((chars.length - from) / (cells - i));
    out.push(chars.slice(from, from + size).join(''));
    from += size;
  }
  return out;
}

/** The cells of a vertical run as drawn, one per em: a character (in its vertical form), or a
 *  short run of half-width letters and digits set across the cell. */
export function verticalCells(text: string): string[] {
  const out: string[] = [];
  let run = '';
  for (const ch of text) {
    if (HALF_WIDTH.test(ch)) {
      run += ch;
      continue;
    }
    if (run) out.push(...balanced(run));
    run = '';
    out.push(VERTICAL_FORMS[ch] ?? ch);
  }
  if (run) out.push(...balanced(run));
  return out;
}

/** Length of a vertical run: one em per cell. */
export function verticalLength(text: string, fontPx: number): number {
  return verticalCells(text).length * fontPx;
}

/** Centres (y) of a vertical run's cells, for a run centred on `centreY`. */
export function verticalCentres(text: string, fontPx: number, centreY: number): number[] {
  const n = verticalCells(text).length;
  const top = centreY - (n * fontPx) / 2;
  return Array.from({ length: n }, (_, i) => top + (i + 0.5) * fontPx);
}
