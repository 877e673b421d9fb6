// Zoom (wheel, buttons) and pan (drag) of the on-screen chart, as one transform; the view
// arithmetic is in view-math.ts.
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import {
  fitView,
  keepInPlace,
  openingView,
  revealBox,
  zoomView,
  type Rect,
  type Size,
  type View,
} from './view-math.ts';

export type { View };

function stageSize(svg: SVGSVGElement | null): Size | null {
  return svg && svg.clientWidth && svg.clientHeight ? { width: svg.clientWidth, height: svg.clientHeight } : null;
}

export function usePanZoom(svgRef: RefObject<SVGSVGElement | null>) {
  const [view, setView] = useState<View>({ k: 1, x: 0, y: 0 });
  const drag = useRef<{ id: number; x: number; y: number; moved: boolean } | null>(null);
  const suppressClick = useRef(false);

  const zoomAt = useCallback(
    (factor: number, cx?: number, cy?: number) => {
      const stage = stageSize(svgRef.current);
      setView((v) => zoomView(v, factor, cx ?? (stage ? stage.width / 2 : 0), cy ?? (stage ? stage.height / 2 : 0)));
    },
    [svgRef],
  );

  const moves = useMemo(() => {
    const withStage = (f: (stage: Size, v: View) => View) => {
      const stage = stageSize(svgRef.current);
      if (stage) setView((v) => f(stage, v));
    };
    return {
      fit: (chart: Size) => withStage((stage) => fitView(stage, chart)),
      open: (chart: Size, minK: number, anchorX?: number) =>
        withStage((stage) => openingView(stage, chart, minK, anchorX)),
      keep: (before: { x: number; y: number }, after: { x: number; y: number }) =>
        setView((v) => keepInPlace(v, before, after)),
      reveal: (box: Rect, centre: boolean) => withStage((stage, v) => revealBox(v, stage, box, centre)),
    };
  }, [svgRef]);

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const rect = svg.getBoundingClientRect();
      zoomAt(Math.exp(-e.deltaY * 0.0015), e.clientX - rect.left, e.clientY - rect.top);
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [svgRef, zoomAt]);

  const pointer = {
    onPointerDown(e: PointerEvent<SVGSVGElement>) {
      if (e.button !== 0) return;
      drag.current = { id: e.pointerId, x: e.clientX, y: e.clientY, moved: false };
      suppressClick.current = false;
    },
    onPointerMove(e: PointerEvent<SVGSVGElement>) {
      const d = drag.current;
      if (!d || d.id !== e.pointerId) return;
      const dx = e.clientX - d.x;
      const dy = e.clientY - d.y;
      if (!d.moved && Math.hypot(dx, dy) < 4) return;
      if (!d.moved) e.currentTarget.setPointerCapture(e.pointerId);
      d.moved = true;
      d.x = e.clientX;
      d.y = e.clientY;
      setView((v) => ({ ...v, x: v.x + dx, y: v.y + dy }));
    },
    onPointerUp() {
      suppressClick.current = drag.current?.moved ?? false;
      drag.current = null;
    },
    /** Swallows the click that ends a drag, so panning never opens a unit. */
    onClickCapture(e: MouseEvent) {
      if (suppressClick.current) {
        e.stopPropagation();
        suppressClick.current = false;
      }
    },
  };

  return { view, zoomAt, ...moves, pointer };
}
