// Following and changing the hash route in the window (see routes.ts for the routes).
import { useSyncExternalStore } from 'react';

export { href, parseRoute, type ItemTarget, type Route } from './routes.ts';

export function navigate(target: string): void {
  window.location.hash = target.replace(/^#/, '');
}

/** Updates the current history entry (the search query) without adding one. */
export function replaceRoute(target: string): void {
  if (window.location.hash === target) return;
  history.replaceState(history.state, '', target);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
