// The k best (key, record) pairs seen so far, in the candidates' order (larger key first,
// ties: smaller record), kept as a min-heap of the worst of them: the candidates' selection
// (retrieval.ts topK), and a walk in falling order of an upper bound on the keys, which stops
// once the bound cannot reach the k-th.
export class KeyFloor {
  private readonly keys: Float64Array;
  private readonly recs: Int32Array;
  private size = 0;

  constructor(k: number) {
    this.keys = new Float64Array(Math.max(1, k));
    this.recs = new Int32Array(this.keys.length);
  }

  /** The k-th best key: a key below it cannot be among the best k (-Infinity until k are in). */
  get value(): number {
    return this.size === this.keys.length ? this.keys[0] : -Infinity;
  }

  /** A record of this key (or less) cannot be among the best k. */
  excludes(key: number, rec: number): boolean {
    const floor = this.value;
    return key < floor || (key === floor && rec > this.recs[0]);
  }

  add(key: number, rec: number): void {
    if (this.size < this.keys.length) {
      this.keys[this.size] = key;
      this.recs[this.size] = rec;
      for (let i = this.size++; i > 0 && this.worse(i, (i - 1) >> 1); i = (i - 1) >> 1) this.swap(i, (i - 1) >> 1);
      return;
    }
    if (this.excludes(key, rec)) return;
    this.keys[0] = key;
    this.recs[0] = rec;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && this.worse(l, m)) m = l;
      if (r < this.size && this.worse(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }

  private worse(i: number, j: number): boolean {
    const { keys, recs } = this;
    return keys[i] < keys[j] || (keys[i] === keys[j] && recs[i] > recs[j]);
  }

  /** The records held, best first. */
  best(): number[] {
    const { keys, recs } = this;
    const order = Array.from({ length: this.size }, (_, i) => i);
    return order.sort((a, b) => keys[b] - keys[a] || recs[a] - recs[b]).map((i) => recs[i]);
  }

  private swap(i: number, j: number): void {
    const { keys, recs } = this;
    const key = keys[i];
    keys[i] = keys[j];
    keys[j] = key;
    const rec = recs[i];
    recs[i] = recs[j];
    recs[j] = rec;
  }
}
