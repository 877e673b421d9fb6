// The chart stage takes the height the window has left below the toolbar, so the chart
// view never makes the page scroll (at any zoom, however the toolbar wraps).
import { useLayoutEffect, type RefObject } from 'react';

/** Room kept under the stage: the view's bottom padding. */
const BOTTOM_GAP_PX = 12;

export function useStageHeight(stageRef: RefObject<HTMLElement | null>, active: boolean): void {
  useLayoutEffect(() => {
    const stage = stageRef.current;
    if (!active || !stage) return;
    const size = () => {
      const top = stage.getBoundingClientRect().top + window.scrollY;
      stage.style.height = `${Math.max(0, window.innerHeight - top - BOTTOM_GAP_PX)}px`;
    };
    size();
    // The toolbar and setup panel above change height as they wrap, open or fill in.
    const observer = new ResizeObserver(size);
    if (stage.parentElement) observer.observe(stage.parentElement);
    window.addEventListener('resize', size);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', size);
    };
  }, [stageRef, active]);
}
