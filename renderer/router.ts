// Following and changing the hash route in the window (see routes.ts for the routes).
import { useSyncExternalStore } from 'react';

export { href, parseRoute, type Route } from './routes.ts';

/** Fired when replaceRoute rewrites the address, which history.replaceState does not announce. */
const REPLACED = 'orgatlas:route-replaced';

export function navigate(target: string): void {
  window.location.hash = target.replace(/^#/, '');
}

/** Updates the current history entry (the search query, the chart's setup) without adding one. */
export function replaceRoute(target: string): void {
  if (window.location.hash === target) return;
  history.replaceState(history.state, '', target);
  window.dispatchEvent(new Event(REPLACED));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(REPLACED, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(REPLACED, onChange);
  };
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
