// Loads data through the API for a view; answers that arrive after the inputs changed
// (or the view left) are dropped, so a slow response never overwrites a newer one. After a
// call that changed data (see api-cache.ts) the view loads again, showing the old value
// until the new one arrives.
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { dataCache } from './api.ts';

export type Loaded<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string; notFound: boolean };

const sameDeps = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

export function useApi<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const generation = useSyncExternalStore(dataCache.subscribe, dataCache.generation);
  const loadedFor = useRef<readonly unknown[] | null>(null);
  useEffect(() => {
    let current = true;
    const refresh = loadedFor.current !== null && sameDeps(loadedFor.current, deps);
    loadedFor.current = deps;
    if (!refresh) setState({ status: 'loading' });
    load().then(
      (value) => current && setState({ status: 'ready', value }),
      (err: unknown) => {
        if (!current) return;
        const code = (err as { code?: unknown }).code;
        setState({
          status: 'error',
          message: err instanceof Error ? err.message : String(err),
          notFound: code === 'not-found',
        });
      },
    );
    return () => {
      current = false;
    };
    // The caller's deps say when to load again (like useEffect's own); `load` is a fresh closure each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation]);
  return state;
}
