// Loads data through the API for a view; answers that arrive after the inputs changed
// (or the view left) are dropped, so a slow response never overwrites a newer one.
import { useEffect, useState } from 'react';

export type Loaded<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string; notFound: boolean };

export function useApi<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
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
  }, deps);
  return state;
}
