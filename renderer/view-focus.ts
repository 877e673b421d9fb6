// After a route change, focus moves to the new view's heading, so keyboard and screen
// reader users start reading at the top of what they opened.
import { useEffect, useRef } from 'react';

export function useViewHeading(readyKey: string | null) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (readyKey === null) return;
    window.scrollTo(0, 0);
    ref.current?.focus({ preventScroll: true });
  }, [readyKey]);
  return ref;
}
