// After a route change, focus moves to the new view's heading, so keyboard and screen
// reader users start reading at the top of what they opened; a page opened from a search
// hit instead scrolls to the matched item (marked data-hit-target) and focuses it.
import { useEffect, useRef } from 'react';

export function useViewHeading(readyKey: string | null) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (readyKey === null) return;
    const target = document.querySelector<HTMLElement>('[data-hit-target]');
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
      return;
    }
    window.scrollTo(0, 0);
    ref.current?.focus({ preventScroll: true });
  }, [readyKey]);
  return ref;
}
