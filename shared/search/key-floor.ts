// The k best (key, record) pairs seen so far, in the candidates' order (larger key first,
// ties: smaller record), kept as a min-heap of the worst of them: the candidates' selection
// (retrieval.ts topK), and a walk in falling order of an upper bound on the keys, which stops
// once the bound cannot reach the k-th.
export class KeyFloor {
  private keys: Float64Array;
  private recs: Int32Array;
  private k = 1;
  private size = 0;

  constructor(k: number) {
    this.keys = new Float64Array(Math.max(1, k));
    this.recs = new Int32Array(this.keys.length);
    this.reset(k);
  }

  /** Empty, for the best `k` (a floor is kept between searches: no new arrays per keystroke). */
  reset(k: number): this {
    this.k = Math.max(1, k);
    if (this.keys.length < this.k) {
      this.keys = new Float64Array(this.k);
      this.recs = new Int32Array(this.k);
    }
    this.size = 0;
    return this;
  }

  /** The k-th best key: a key below it cannot be among the best k (-Infinity until k are in). */
  get value(): number {
    return this.size === this.k ? this.keys[0] : -Infinity;
  }

  /** A record of this key (or less) cannot be among the best k. */
  excludes(key: number, rec: number): boolean {
    const floor = this.value;
    return key < floor || (key === floor && rec > this.recs[0]);
  }

  add(key: number, rec: number): void {
    if (this.size < this.k) {
      this.keys[this.size] = key;
      this.recs[this.size] = rec;
      for (let i = this.size++; i > 0 && this.worse(i, (i - 1) >> 1); i = (i - 1) >> 1) this.swap(i, (i - 1) >> 1);
      return;
    }
    if (this.excludes(key, rec)) return;
    this.keys[0] = key;
    this.recs[0] = rec;
    this.siftDown();
  }

  /** The root moved down until neither child is worse (a min-heap by `worse`). */
  private siftDown(): void {
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

  /** The records held, best first; the floor is empty after. The worst is the heap's root: taken one at a time, last place first. */
  best(): number[] {
    const { keys, recs } = this;
    const out = new Array<number>(this.size);
    while (this.size > 0) {
      out[this.size - 1] = recs[0];
      this.size--;
      keys[0] = keys[this.size];
      recs[0] = recs[this.size];
      this.siftDown();
    }
    return out;
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
