// Inverted lists: sorted u32 keys, each with the ascending record numbers that contain it,
// delta-encoded as varints (common characters cost about one byte per record).

const REC_LIMIT = 2 ** 21;

export class PostingsBuilder {
  private pairs = new Float64Array(1024);
  private count = 0;

  add(key: number, rec: number): void {
    if (rec >= REC_LIMIT) throw new Error(`search index: more than ${REC_LIMIT} records`);
    if (this.count === this.pairs.length) {
      const grown = new Float64Array(this.pairs.length * 2);
      grown.set(this.pairs);
      this.pairs = grown;
    }
    // key * 2^21 + rec is exact in a double (key < 2^32), and sorts by key, then record.
    this.pairs[this.count++] = key * REC_LIMIT + rec;
  }

  finish(): { keys: Uint32Array; offsets: Uint32Array; data: Uint8Array } {
    const pairs = this.pairs.subarray(0, this.count).sort();
    const keys: number[] = [];
    const offsets: number[] = [];
    let data = new Uint8Array(Math.max(16, this.count * 2));
    let size = 0;
    let lastKey = -1;
    let lastRec = -1;
    for (let i = 0; i < pairs.length; i++) {
      const key = Math.floor(pairs[i] / REC_LIMIT);
      const rec = pairs[i] - key * REC_LIMIT;
      if (key !== lastKey) {
        keys.push(key);
        offsets.push(size);
        lastKey = key;
        lastRec = -1;
      } else if (rec === lastRec) continue;
      if (size + 5 > data.length) {
        const grown = new Uint8Array(data.length * 2);
        grown.set(data);
        data = grown;
      }
      let delta = rec - lastRec;
      lastRec = rec;
      while (delta >= 0x80) {
        data[size++] = (delta & 0x7f) | 0x80;
        delta >>>= 7;
      }
      data[size++] = delta;
    }
    offsets.push(size);
    return { keys: Uint32Array.from(keys), offsets: Uint32Array.from(offsets), data: data.slice(0, size) };
  }
}

export class Postings {
  readonly keys: Uint32Array;
  readonly offsets: Uint32Array;
  readonly data: Uint8Array;

  constructor(keys: Uint32Array, offsets: Uint32Array, data: Uint8Array) {
    this.keys = keys;
    this.offsets = offsets;
    this.data = data;
  }

  /** Position of `key` in keys, or -1. */
  find(key: number): number {
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid];
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Calls `visit` with each record of the list at `slot`, ascending. */
  forEach(slot: number, visit: (rec: number) => void): void {
    const data = this.data;
    let p = this.offsets[slot];
    const end = this.offsets[slot + 1];
    let rec = -1;
    while (p < end) {
      let delta = 0;
      let shift = 0;
      let b: number;
      do {
        b = data[p++];
        delta += (b & 0x7f) * 2 ** shift;
        shift += 7;
      } while (b & 0x80);
      rec += delta;
      visit(rec);
    }
  }

  /** Number of bytes of the list at `slot`, a cheap bound on its length. */
  size(slot: number): number {
    return this.offsets[slot + 1] - this.offsets[slot];
  }
}
