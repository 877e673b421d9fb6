// 竖排 text set one character per em cell, top to bottom. The chart draws it as upright
// characters at explicit positions rather than with writing-mode: vertical-rl, because the
// web font comes in unicode-range slices and the browser places each glyph of a vertical run
// by its own vertical origin, so characters from different slices sit unevenly and can
// collide (监督 printed overlapping). Brackets and dashes, which vertical typography turns,
// are given their vertical presentation forms.

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

/** The characters of a vertical run as drawn, one per em cell. */
export function verticalChars(text: string): string[] {
  return [...text].map((ch) => VERTICAL_FORMS[ch] ?? ch);
}

/** Length of a vertical run: one em per character, whatever the character. */
export function verticalLength(text: string, fontPx: number): number {
  return [...text].length * fontPx;
}

/** Centres (y) of a vertical run's characters, for a run centred on `centreY`. */
export function verticalCentres(text: string, fontPx: number, centreY: number): number[] {
  const n = [...text].length;
  const top = centreY - (n * fontPx) / 2;
  return Array.from({ length: n }, (_, i) => top + (i + 0.5) * fontPx);
}
