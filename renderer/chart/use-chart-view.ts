// What the stage shows as the chart changes: a readable, fitted first view when the chart's
// arrangement changes (text direction, rows, leaders, the web font arriving); the box a
// branch was opened or folded from held where it was; refitting after 全部展开/全部折叠; and
// a pan to the search match in focus; the text growing with the app's zoom.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { OFFICE_KEY } from '../../shared/chart/model.ts';
import type { ChartBox, ChartLayout } from '../../shared/chart/types.ts';
import { BASE_FONT_PX } from './use-chart-layout.ts';
import { usePanZoom } from './pan-zoom.ts';

/** Unit names on screen are never drawn smaller than this part of the page's type size
 *  (14 px at the default 16 px), so page zoom makes the chart's text grow too. */
const READABLE_EM = 0.875;

function readableK(): number {
  const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return (READABLE_EM * rootPx) / BASE_FONT_PX;
}

type Hold = { key: string; x: number; y: number } | 'refit';

export function useChartView(
  svgRef: RefObject<SVGSVGElement | null>,
  layout: ChartLayout,
  fontReady: boolean,
  /** Whether the stage is on screen (not the print preview): it is fitted again when it comes back. */
  shown: boolean,
  /** The search match in focus, and the query it answers (a new query pans again). */
  focusMatch: { key: string; query: string } | null,
) {
  const pz = usePanZoom(svgRef);
  const { open, keep, reveal, zoomAt } = pz;
  const arranged = useRef('');
  const hold = useRef<Hold | null>(null);
  const panned = useRef<string | null>(null);

  useLayoutEffect(() => {
    const office = layout.boxes.find((b) => b.key === OFFICE_KEY);
    const opening = () => open(layout, readableK(), office ? office.x + office.width / 2 : undefined);
    const o = layout.options;
    if (!shown) {
      arranged.current = '';
      return;
    }
    const arrangement = `${o.textMode}|${o.maxPerRow}|${o.showPeople}|${fontReady}`;
    const held = hold.current;
    hold.current = null;
    if (arranged.current !== arrangement || held === 'refit') {
      arranged.current = arrangement;
      opening();
    } else if (held) {
      const now = layout.boxes.find((b) => b.key === held.key);
      if (now) keep(held, now);
      else opening();
    }
  }, [layout, fontReady, shown, open, keep]);

  // A match comes into view once, when it becomes the one in focus (and is drawn: a match in
  // a folded branch is drawn once the branch has opened).
  // The app's own zoom (Ctrl +/−) changes the page's type size: the chart's text follows it.
  useEffect(() => {
    let rootPx = readableK();
    const observer = new MutationObserver(() => {
      const now = readableK();
      if (now !== rootPx) zoomAt(now / rootPx);
      rootPx = now;
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
    return () => observer.disconnect();
  }, [zoomAt]);

  const matchKey = focusMatch?.key ?? null;
  const matchQuery = focusMatch?.query ?? '';
  useLayoutEffect(() => {
    if (matchKey === null) {
      panned.current = null;
      return;
    }
    const token = `${matchQuery}|${matchKey}`;
    if (panned.current === token) return;
    const box = layout.boxes.find((b) => b.key === matchKey);
    if (!box) return;
    panned.current = token;
    reveal(box, true);
  }, [matchKey, matchQuery, layout, reveal]);

  return {
    ...pz,
    /** Keeps `box` where it is drawn through the next layout change. */
    holdInPlace: (box: ChartBox) => {
      hold.current = { key: box.key, x: box.x, y: box.y };
    },
    /** Refits after the next layout change. */
    refitNext: () => {
      hold.current = 'refit';
    },
    fitAll: () => pz.fit(layout),
  };
}
