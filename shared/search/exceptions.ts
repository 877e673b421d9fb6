// A character array stored as what differs from another one it is mostly equal to: the
// positions (ascending) where it differs and its values there. The text as written differs
// from the folded text only at traditional, upper-case and full-width characters; a
// character's syllable differs from its main reading only where context reads it otherwise.

export interface Exceptions {
  at: Uint32Array;
  value: Uint16Array;
}

/** Collects exceptions in position order (the builder adds them as it walks the text). */
export class ExceptionsBuilder {
  private at: number[] = [];
  private value: number[] = [];

  add(position: number, value: number): void {
    this.at.push(position);
    this.value.push(value);
  }

  finish(): Exceptions {
    return { at: Uint32Array.from(this.at), value: Uint16Array.from(this.value) };
  }
}

/** The first exception at or after `position`. */
export function firstFrom(e: Exceptions, position: number): number {
  let lo = 0;
  let hi = e.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (e.at[mid] < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Writes the exceptions within [from, to) into `out`, which holds position `from` at `out[outAt]`. */
export function applyExceptions(e: Exceptions, from: number, to: number, out: Uint16Array, outAt = 0): void {
  const shift = outAt - from;
  for (let k = firstFrom(e, from); k < e.at.length && e.at[k] < to; k++) out[e.at[k] + shift] = e.value[k];
}
