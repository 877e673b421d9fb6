// The k-th largest of the keys seen so far (a min-heap of the k largest): a walk in falling
// order of an upper bound on the keys stops once the bound drops below it.
export class KeyFloor {
  private readonly heap: Float64Array;
  private size = 0;

  constructor(k: number) {
    this.heap = new Float64Array(Math.max(1, k));
  }

  /** Below this, a key cannot be among the k largest (-Infinity until k keys are in). */
  get value(): number {
    return this.size === this.heap.length ? this.heap[0] : -Infinity;
  }

  add(key: number): void {
    const h = this.heap;
    if (this.size < h.length) {
      let i = this.size++;
      h[i] = key;
      while (i > 0 && h[(i - 1) >> 1] > h[i]) {
        const up = (i - 1) >> 1;
        [h[up], h[i]] = [h[i], h[up]];
        i = up;
      }
      return;
    }
    if (key <= h[0]) return;
    h[0] = key;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && h[l] < h[m]) m = l;
      if (r < this.size && h[r] < h[m]) m = r;
      if (m === i) return;
      [h[m], h[i]] = [h[i], h[m]];
      i = m;
    }
  }
}
