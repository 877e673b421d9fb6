// Name lists in the order retrieval ranks names before alignment (preScore at the strength a
// walk offers at most: unit names before aliases, people and office names, shorter first, then
// record order), so
// that a walk over the names a short pinyin finds (`li`, `z`, `bgs`: tens of thousands at the
// national size) can stop once no later name can enter the best candidates. A list is
// ordered the first time a query reads it and kept, within a budget per index.
import type { SearchIndex } from './layout.ts';
import { preScore } from './rank.ts';

/** Records held across the ordered lists of one index (4 bytes each): the longest lists are ~50k names. */
const BUDGET = 1 << 22;

interface OrderCache {
  /** By the slots' key, least recently used first. */
  lists: Map<string, Int32Array>;
  held: number;
}

const caches = new WeakMap<SearchIndex, OrderCache>();

/**
 * The names of the union of the `nameInitials` lists at `slots`, best preScore(rec, strength)
 * first (ties: record order): the order of the keys the walk's names can have at most.
 */
export function namesByPreScore(index: SearchIndex, slots: readonly number[], strength: number): Int32Array {
  let cache = caches.get(index);
  if (!cache) {
    cache = { lists: new Map(), held: 0 };
    caches.set(index, cache);
  }
  const id = `${strength}:${slots.join(',')}`;
  const kept = cache.lists.get(id);
  if (kept) {
    cache.lists.delete(id);
    cache.lists.set(id, kept);
    return kept;
  }
  const order = ordered(index, slots, strength);
  cache.lists.set(id, order);
  cache.held += order.length;
  for (const [key, list] of cache.lists) {
    if (cache.held <= BUDGET || key === id) break;
    cache.lists.delete(key);
    cache.held -= list.length;
  }
  return order;
}

function ordered(index: SearchIndex, slots: readonly number[], strength: number): Int32Array {
  const { nameInitials } = index;
  let most = 0;
  for (const slot of slots) most += nameInitials.byteLength(slot);
  const all = new Int32Array(most);
  let n = 0;
  for (const slot of slots) n += nameInitials.decode(slot, all.subarray(n));
  // The union, in record order.
  const sorted = all.subarray(0, n).sort();
  let m = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[m++] = sorted[i];
  const recs = sorted.subarray(0, m);
  // A counting sort by key (a few hundred distinct values: kind × length), stable, so equal
  // keys keep record order, exactly as the candidates' tie-break has it.
  const keys = new Float64Array(m);
  for (let i = 0; i < m; i++) keys[i] = preScore(index, recs[i], strength);
  const values = Float64Array.from(keys).sort();
  let distinct = 0;
  for (let i = 0; i < m; i++) if (i === 0 || values[i] !== values[i - 1]) values[distinct++] = values[i];
  const classOf = new Int32Array(m);
  const starts = new Int32Array(distinct + 1);
  for (let i = 0; i < m; i++) {
    // Best key first: the class counts down from the largest value.
    const c = distinct - 1 - lowerBound(values, distinct, keys[i]);
    classOf[i] = c;
    starts[c + 1]++;
  }
  for (let c = 0; c < distinct; c++) starts[c + 1] += starts[c];
  const out = new Int32Array(m);
  for (let i = 0; i < m; i++) out[starts[classOf[i]]++] = recs[i];
  return out;
}

function lowerBound(values: Float64Array, length: number, x: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
