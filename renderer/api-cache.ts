// The renderer loads each thing once: answers to read calls are kept, keyed by method and
// arguments, and a call already on its way is shared rather than sent again. A call that
// changes data (an import, a rollback) empties the cache and bumps a generation number that
// views watch, so what is on screen is loaded again. Errors are not kept: a retry is sent.
import type { ApiResponse, ApiTransport } from '../shared/api.ts';

export interface CachePolicy {
  /** Read calls whose answers are kept. */
  cached: ReadonlySet<string>;
  /** Calls after which every kept answer may be stale. */
  invalidating: ReadonlySet<string>;
  /** How many answers are kept; the least recently used goes first. */
  maxEntries: number;
}

export interface CachingTransport {
  transport: ApiTransport;
  /** Counts the invalidations so far; changes after each one. */
  generation: () => number;
  subscribe: (listener: () => void) => () => void;
}

/** The same arguments written in another key order are the same call. */
export function callKey(method: string, args: unknown): string {
  return `${method} ${JSON.stringify(args ?? {}, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  )}`;
}

export function cachingTransport(inner: ApiTransport, policy: CachePolicy): CachingTransport {
  const kept = new Map<string, Promise<ApiResponse<unknown>>>();
  const listeners = new Set<() => void>();
  let generation = 0;

  const invalidate = () => {
    kept.clear();
    generation += 1;
    for (const listener of listeners) listener();
  };

  const transport: ApiTransport = async (method, args) => {
    if (policy.invalidating.has(method)) {
      const response = await inner(method, args);
      if (response.ok) invalidate();
      return response;
    }
    if (!policy.cached.has(method)) return inner(method, args);
    const key = callKey(method, args);
    const hit = kept.get(key);
    if (hit) {
      kept.delete(key);
      kept.set(key, hit);
      return hit;
    }
    const pending = inner(method, args);
    kept.set(key, pending);
    if (kept.size > policy.maxEntries) kept.delete(kept.keys().next().value!);
    // Only a success is kept (an answer that an invalidation dropped meanwhile stays gone).
    const forget = () => kept.get(key) === pending && kept.delete(key);
    try {
      const response = await pending;
      if (!response.ok) forget();
      return response;
    } catch (err) {
      forget();
      throw err;
    }
  };

  return {
    transport,
    generation: () => generation,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
