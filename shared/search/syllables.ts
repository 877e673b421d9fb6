// Each character's syllable, as the queries read it (pinyin matching, homophone alignment).
// Stored is only where it differs from the character's main reading (exceptions.ts), about
// 1% of the characters; the full array is filled one record at a time, the first time a
// query looks at the record, so loading does no per-character work and a query pays only
// for the records it reads.
import { applyExceptions, type Exceptions } from './exceptions.ts';
import type { LazyPages } from './blob.ts';

/** The block of Han characters whose main reading is stored for the query side. */
export const HAN_FIRST = 0x4e00;
export const HAN_LAST = 0x9fa5;

/** The main reading's syllable id of a character (0: none). */
export function mainSyllable(hanSyl: Uint16Array, code: number): number {
  return code >= HAN_FIRST && code <= HAN_LAST ? hanSyl[code - HAN_FIRST] : 0;
}

export interface SyllableSources {
  norm: Uint16Array;
  text: LazyPages;
  hanSyl: Uint16Array;
  except: Exceptions;
  recStart: Uint32Array;
}

export class Syllables {
  private readonly src: SyllableSources;
  private full: Uint16Array | null = null;
  private readonly filled: Uint8Array;
  private left: number;

  constructor(src: SyllableSources) {
    this.src = src;
    this.filled = new Uint8Array(src.recStart.length - 1);
    this.left = this.filled.length;
  }

  /** The syllables of all characters, valid (at least) over the record. */
  of(rec: number): Uint16Array {
    if (!this.filled[rec]) this.fill(rec);
    return this.full!;
  }

  /** The syllables of every character (what copying all of them needs). */
  all(): Uint16Array {
    const { norm, except } = this.src;
    this.src.text.ensure(0, norm.length);
    if (this.left === this.filled.length) {
      // Nothing filled yet: one pass over all the text, then every exception.
      this.fillRange(0, norm.length);
      const full = this.full!;
      for (let k = 0; k < except.at.length; k++) full[except.at[k]] = except.value[k];
      this.filled.fill(1);
      this.left = 0;
    }
    for (let r = 0; this.left > 0 && r < this.filled.length; r++) if (!this.filled[r]) this.fill(r);
    return this.full ?? new Uint16Array(0);
  }

  private fill(rec: number): void {
    const from = this.src.recStart[rec];
    const to = this.src.recStart[rec + 1];
    this.src.text.ensure(from, to);
    this.fillRange(from, to);
    applyExceptions(this.src.except, from, to, this.full!, from);
    this.filled[rec] = 1;
    this.left--;
  }

  /** The main readings of the characters [from, to). */
  private fillRange(from: number, to: number): void {
    const { norm, hanSyl } = this.src;
    const out = (this.full ??= new Uint16Array(norm.length));
    for (let i = from; i < to; i++) {
      const c = norm[i];
      out[i] = c >= HAN_FIRST && c <= HAN_LAST ? hanSyl[c - HAN_FIRST] : 0;
    }
  }
}
