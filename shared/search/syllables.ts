// Each character's syllable, as the queries read it (pinyin matching, homophone alignment).
// Stored is only where it differs from the character's main reading (exceptions.ts), about
// 1% of the characters; the full array is filled one office at a time, the first time a
// query looks at one of the office's records, so loading does no per-character work.
import { applyExceptions, type Exceptions } from './exceptions.ts';

/** The block of Han characters whose main reading is stored for the query side. */
export const HAN_FIRST = 0x4e00;
export const HAN_LAST = 0x9fa5;

/** The main reading's syllable id of a character (0: none). */
export function mainSyllable(hanSyl: Uint16Array, code: number): number {
  return code >= HAN_FIRST && code <= HAN_LAST ? hanSyl[code - HAN_FIRST] : 0;
}

export interface SyllableSources {
  norm: Uint16Array;
  hanSyl: Uint16Array;
  except: Exceptions;
  recStart: Uint32Array;
  recOffice: Uint16Array | Uint32Array;
  officeStart: Uint32Array;
}

export class Syllables {
  private readonly src: SyllableSources;
  private full: Uint16Array | null = null;
  private readonly filled: Uint8Array;
  private left: number;

  constructor(src: SyllableSources) {
    this.src = src;
    this.filled = new Uint8Array(src.officeStart.length - 1);
    this.left = this.filled.length;
  }

  /** The syllables of all characters, valid (at least) over the record's office. */
  of(rec: number): Uint16Array {
    const o = this.src.recOffice[rec];
    if (!this.filled[o]) this.fill(o);
    return this.full!;
  }

  /** The syllables of every character (what copying all of them needs). */
  all(): Uint16Array {
    for (let o = 0; this.left > 0 && o < this.filled.length; o++) if (!this.filled[o]) this.fill(o);
    return this.full ?? new Uint16Array(0);
  }

  private fill(o: number): void {
    const { norm, hanSyl, except, recStart, officeStart } = this.src;
    this.full ??= new Uint16Array(norm.length);
    const from = recStart[officeStart[o]];
    const to = recStart[officeStart[o + 1]];
    const out = this.full.subarray(from, to);
    for (let i = from; i < to; i++) {
      const c = norm[i];
      out[i - from] = c >= HAN_FIRST && c <= HAN_LAST ? hanSyl[c - HAN_FIRST] : 0;
    }
    applyExceptions(except, from, to, out);
    this.filled[o] = 1;
    this.left--;
  }
}
