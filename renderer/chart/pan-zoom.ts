// Zoom (wheel, buttons) and pan (drag) of the on-screen chart, as one transform.
import { useCallback, useEffect, useRef, useState, type MouseEvent, type PointerEvent, type RefObject } from 'react';

export interface View {
  k: number;
  x: number;
  y: number;
}

const MIN_K = 0.05;
const MAX_K = 8;
const clamp = (k: number) => Math.min(MAX_K, Math.max(MIN_K, k));

export function usePanZoom(svgRef: RefObject<SVGSVGElement | null>) {
  const [view, setView] = useState<View>({ k: 1, x: 0, y: 0 });
  const drag = useRef<{ id: number; x: number; y: number; moved: boolean } | null>(null);
  const suppressClick = useRef(false);

  const zoomAt = useCallback(
    (factor: number, cx?: number, cy?: number) => {
      const svg = svgRef.current;
      const px = cx ?? (svg ? svg.clientWidth / 2 : 0);
      const py = cy ?? (svg ? svg.clientHeight / 2 : 0);
      setView((v) => {
        const k = clamp(v.k * factor);
        return { k, x: px - ((px - v.x) * k) / v.k, y: py - ((py - v.y) * k) / v.k };
      });
    },
    [svgRef],
  );

  const fit = useCallback(
    (width: number, height: number) => {
      const svg = svgRef.current;
      if (!svg || !width || !height) return;
      const pad = 24;
      const cw = svg.clientWidth - 2 * pad;
      const ch = svg.clientHeight - 2 * pad;
      const k = clamp(Math.min(cw / width, ch / height, 2));
      setView({ k, x: pad + (cw - width * k) / 2, y: pad + (ch - height * k) / 2 });
    },
    [svgRef],
  );

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

  return { view, zoomAt, fit, pointer };
}
