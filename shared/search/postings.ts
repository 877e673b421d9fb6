// Inverted lists: sorted u32 keys, each with the ascending records that contain it. A list is
// a run of office chunks, `varint office | varint chunk bytes | record deltas within the office`
// (varints; common characters cost about one byte per record), so one office's chunk can be
// cut out or added without re-encoding any other office's: per-office segments merge into one
// index by copying bytes (merge.ts). `counts` holds each list's number of records.
import { ALL_PRESENT, type LazyPages } from './blob.ts';

export function writeVarint(out: Uint8Array, at: number, value: number): number {
  let v = value;
  while (v >= 0x80) {
    out[at++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  out[at++] = v;
  return at;
}

export function varintBytes(value: number): number {
  let n = 1;
  for (let v = value; v >= 0x80; v >>>= 7) n++;
  return n;
}

/** Reads the varint at `at` of `data` into `out.value` and returns the position after it. */
export function readVarint(data: Uint8Array, at: number, out: { value: number }): number {
  let value = 0;
  let shift = 0;
  let b: number;
  let p = at;
  do {
    b = data[p++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  out.value = value;
  return p;
}

export interface PostingsSections {
  keys: Uint32Array;
  offsets: Uint32Array;
  counts: Uint32Array;
  data: Uint8Array;
}

/** Scratch for the radix sort, shared by all builders (building is synchronous). */
let scratchKeys = new Uint32Array(0);
let scratchRecs = new Uint32Array(0);
const buckets = new Uint32Array(2049);
/** Scratch for a builder's list bytes until they are cut to size. */
let scratchData = new Uint8Array(0);

/** Sorts (keys, recs) by key, keeping the order of equal keys: passes of 11 bits, as many as the widest key needs. */
function radixSort(keys: Uint32Array<ArrayBuffer>, recs: Uint32Array<ArrayBuffer>): void {
  const n = keys.length;
  let bits = 0;
  for (let i = 0; i < n; i++) bits |= keys[i];
  if (scratchKeys.length < n) {
    scratchKeys = new Uint32Array(n * 2);
    scratchRecs = new Uint32Array(n * 2);
  }
  let fromK = keys;
  let fromR = recs;
  let toK = scratchKeys.subarray(0, n);
  let toR = scratchRecs.subarray(0, n);
  // Character keys fit in 16 bits: two passes instead of three.
  for (let shift = 0; shift < 32 && bits >>> shift !== 0; shift += 11) {
    buckets.fill(0);
    for (let i = 0; i < n; i++) buckets[((fromK[i] >>> shift) & 2047) + 1]++;
    for (let b = 1; b <= 2048; b++) buckets[b] += buckets[b - 1];
    for (let i = 0; i < n; i++) {
      const at = buckets[(fromK[i] >>> shift) & 2047]++;
      toK[at] = fromK[i];
      toR[at] = fromR[i];
    }
    [fromK, toK] = [toK, fromK];
    [fromR, toR] = [toR, fromR];
  }
  // After an odd number of passes the result is in the scratch arrays.
  if (fromK !== keys) {
    keys.set(fromK);
    recs.set(fromR);
  }
}

export class PostingsBuilder {
  private keys = new Uint32Array(1024);
  private recs = new Uint32Array(1024);
  private count = 0;

  /** Records must come in ascending order (each list is then ascending without a sort by record). */
  add(key: number, rec: number): void {
    if (this.count === this.keys.length) {
      const keys = new Uint32Array(this.keys.length * 2);
      keys.set(this.keys);
      this.keys = keys;
      const recs = new Uint32Array(this.recs.length * 2);
      recs.set(this.recs);
      this.recs = recs;
    }
    this.keys[this.count] = key;
    this.recs[this.count++] = rec;
  }

  /** The lists, chunked by office: `recOffice` and `officeStart` say whose record each is. */
  finish(recOffice: Uint32Array, officeStart: Uint32Array): PostingsSections {
    const sortedKeys = this.keys.subarray(0, this.count);
    const sortedRecs = this.recs.subarray(0, this.count);
    radixSort(sortedKeys, sortedRecs);
    // The lists' tables sized exactly, and the bytes written into scratch kept between builds
    // (a full build finishes three builders per office: fresh zeroed arrays sized by entries
    // were mostly garbage).
    let listCount = 0;
    for (let i = 0; i < this.count; i++) if (i === 0 || sortedKeys[i] !== sortedKeys[i - 1]) listCount++;
    const keys = new Uint32Array(listCount);
    const offsets = new Uint32Array(listCount + 1);
    const counts = new Uint32Array(listCount);
    let lists = 0;
    if (scratchData.length < this.count * 2 + 16) scratchData = new Uint8Array(this.count * 2 + 16);
    let data = scratchData;
    let size = 0;
    let lastKey = -1;
    let lastRec = -1;
    let office = -1;
    let chunkAt = 0;
    // A chunk's byte length is written after its deltas are: reserve the widest header.
    const closeChunk = () => {
      if (office < 0) return;
      const body = size - chunkAt - 10;
      const header = varintBytes(office) + varintBytes(body);
      data.copyWithin(chunkAt + header, chunkAt + 10, size);
      writeVarint(data, writeVarint(data, chunkAt, office), body);
      size = chunkAt + header + body;
      office = -1;
    };
    for (let i = 0; i < this.count; i++) {
      const key = sortedKeys[i];
      const rec = sortedRecs[i];
      if (key !== lastKey) {
        closeChunk();
        keys[lists] = key;
        offsets[lists++] = size;
        lastKey = key;
      } else if (rec === lastRec) continue;
      if (size + 16 > data.length) {
        const grown = new Uint8Array(data.length * 2);
        grown.set(data);
        data = grown;
        scratchData = grown;
      }
      const o = recOffice[rec];
      if (o !== office) {
        closeChunk();
        office = o;
        chunkAt = size;
        size += 10;
        lastRec = officeStart[o] - 1;
      }
      size = writeVarint(data, size, rec - lastRec);
      lastRec = rec;
      counts[lists - 1]++;
    }
    closeChunk();
    offsets[lists] = size;
    return { keys, offsets, counts, data: data.slice(0, size) };
  }
}

/** A chunk header's two varints, as readVarint reads them. */
const chunkOffice = { value: 0 };
const chunkBytes = { value: 0 };

export class Postings {
  readonly keys: Uint32Array;
  readonly offsets: Uint32Array;
  readonly counts: Uint32Array;
  readonly data: Uint8Array;
  private officeStart: Uint32Array;
  private pages: LazyPages;

  /** `pages` makes a byte range of `data` readable (a paged load reads a list's pages the first time it is walked). */
  constructor(sections: PostingsSections, officeStart: Uint32Array, pages: LazyPages = ALL_PRESENT) {
    this.keys = sections.keys;
    this.offsets = sections.offsets;
    this.counts = sections.counts;
    this.data = sections.data;
    this.officeStart = officeStart;
    this.pages = pages;
  }

  /** Position of `key` in keys (within positions [from, to) when given), or -1. */
  find(key: number, from = 0, to = this.keys.length): number {
    const keys = this.keys;
    let lo = from;
    let hi = to - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid];
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The first position whose key is at least `key` (keys.length when none is). */
  lowerBound(key: number): number {
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Writes the records of the list at `slot` into `out` (which holds at least `size(slot)`),
   * ascending, and returns how many. Into an array rather than through a callback: the
   * callers' loops then run inline, and the list is read per keystroke by the thousand.
   */
  decode(slot: number, out: Int32Array): number {
    const data = this.data;
    let p = this.offsets[slot];
    const end = this.offsets[slot + 1];
    this.pages.ensure(p, end);
    let n = 0;
    while (p < end) {
      p = readVarint(data, readVarint(data, p, chunkOffice), chunkBytes);
      const office = chunkOffice.value;
      const bytes = chunkBytes.value;
      const chunkEnd = p + bytes;
      let rec = this.officeStart[office] - 1;
      while (p < chunkEnd) {
        // Most deltas fit one byte: read without the general loop.
        let delta = data[p++];
        if (delta & 0x80) {
          delta &= 0x7f;
          let shift = 7;
          let b: number;
          do {
            b = data[p++];
            delta += (b & 0x7f) * 2 ** shift;
            shift += 7;
          } while (b & 0x80);
        }
        rec += delta;
        out[n++] = rec;
      }
    }
    return n;
  }

  /**
   * Writes into `out` the offices whose first record is in the list at `slot` (an office's
   * own name comes first), ascending, and returns how many: read off each office's chunk
   * header and first delta, without the rest of the chunk.
   */
  officesLeading(slot: number, out: Int32Array): number {
    const data = this.data;
    let p = this.offsets[slot];
    const end = this.offsets[slot + 1];
    this.pages.ensure(p, end);
    let n = 0;
    while (p < end) {
      p = readVarint(data, readVarint(data, p, chunkOffice), chunkBytes);
      const office = chunkOffice.value;
      const bytes = chunkBytes.value;
      // The first delta counts from the record before the office's first: 1 is that record.
      if (bytes > 0 && data[p] === 1) out[n++] = office;
      p += bytes;
    }
    return n;
  }

  /** The list's length in bytes: at least its number of records (each takes a byte or more). */
  byteLength(slot: number): number {
    return this.offsets[slot + 1] - this.offsets[slot];
  }

  /** Number of records in the list at `slot`. */
  size(slot: number): number {
    return this.counts[slot];
  }
}
