// The chart's boxes as one tab stop (roving tabindex): Tab reaches the box last focused (at
// first the office), the arrow keys, Home and End move between boxes, and the view pans to
// keep the focused box in sight.
import { useState, type RefObject } from 'react';
import { neighbourBox, type Direction } from '../../shared/chart/navigate.ts';
import type { ChartBox, ChartLayout } from '../../shared/chart/types.ts';

const DIRECTIONS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'first',
  End: 'last',
};

export function useRovingFocus(
  layout: ChartLayout,
  svgRef: RefObject<SVGSVGElement | null>,
  reveal: (box: ChartBox) => void,
) {
  const [active, setActive] = useState<string | null>(null);
  const activeKey = layout.boxes.some((b) => b.key === active) ? active : (layout.boxes[0]?.key ?? null);
  return {
    activeKey,
    focused: (box: ChartBox) => setActive(box.key),
    move: (box: ChartBox, key: string): boolean => {
      const dir = DIRECTIONS[key];
      if (!dir) return false;
      const to = neighbourBox(layout, box.key, dir);
      const target = to ? layout.boxes.find((b) => b.key === to) : undefined;
      if (target) {
        setActive(target.key);
        svgRef.current?.querySelector<SVGGElement>(`[data-key="${target.key}"]`)?.focus({ preventScroll: true });
        reveal(target);
      }
      return true;
    },
  };
}
