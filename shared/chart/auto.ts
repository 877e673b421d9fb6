// Picks a sensible layout automatically: the most conventional arrangement whose printed
// text on the chosen page is comfortably readable, else the one with the largest text.
import { layoutChart } from './layout.ts';
import { fitScale, PX_PER_PT } from './page.ts';
import type { ChartLayout, ChartNode, LayoutOptions, MeasureText, PrintSetup, TextMode } from './types.ts';

/** Printed type size (smallest text, pt) above which a layout counts as comfortable. */
export const COMFORT_PT = 8.5;

export type Arrangement = Pick<LayoutOptions, 'textMode' | 'maxPerRow'>;

/** Size of the largest group of leaf siblings, the group wrapping acts on. */
function largestLeafGroup(root: ChartNode, collapsed: ReadonlySet<string>): number {
  let largest = 0;
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    const kids = collapsed.has(node.key) ? [] : node.children;
    if (kids.length && kids.every((k) => k.children.length === 0 || collapsed.has(k.key))) {
      largest = Math.max(largest, kids.length);
    }
    stack.push(...kids);
  }
  return largest;
}

/** Candidates in order of preference: one row before wrapping, horizontal before vertical
 *  text at the same number of rows, fewer rows first. */
export function arrangements(root: ChartNode, collapsed: ReadonlySet<string>): Arrangement[] {
  const n = largestLeafGroup(root, collapsed);
  const modes: TextMode[] = ['horizontal', 'vertical'];
  const out: Arrangement[] = [
    { textMode: 'horizontal', maxPerRow: Infinity },
    { textMode: 'vertical', maxPerRow: Infinity },
  ];
  for (let rows = 2; rows <= 4; rows++) {
    const perRow = Math.ceil(n / rows);
    if (perRow < 2 || perRow >= n) continue;
    for (const textMode of modes) out.push({ textMode, maxPerRow: perRow });
  }
  // Horizontal text wrapped into two rows reads better than vertical text on one row.
  if (out.length > 2) [out[1], out[2]] = [out[2]!, out[1]!];
  return out;
}

export function printedMinFontPt(layout: ChartLayout, setup: Pick<PrintSetup, 'paper' | 'orientation'>): number {
  return (layout.minFontPx * fitScale(layout, setup)) / PX_PER_PT;
}

/** The first comfortable candidate, else the one printing the largest text. */
export function autoLayout(
  root: ChartNode,
  measure: MeasureText,
  base: Omit<LayoutOptions, 'textMode' | 'maxPerRow'>,
  setup: Pick<PrintSetup, 'paper' | 'orientation'>,
  fixed: Partial<Arrangement> = {},
): ChartLayout {
  // A choice the user fixed (say, vertical text) narrows the candidates to those honouring it.
  const seen = new Set<string>();
  const candidates = arrangements(root, base.collapsed)
    .map((a) => ({ ...a, ...fixed }))
    .filter((a) => !seen.has(`${a.textMode}|${a.maxPerRow}`) && seen.add(`${a.textMode}|${a.maxPerRow}`));
  let best: { layout: ChartLayout; pt: number } | null = null;
  for (const arrangement of candidates) {
    const layout = layoutChart(root, measure, { ...base, ...arrangement });
    const pt = printedMinFontPt(layout, setup);
    if (pt >= COMFORT_PT) return layout;
    if (!best || pt > best.pt) best = { layout, pt };
  }
  return best!.layout;
}
