// A list of (id, name) entries stored as three typed arrays rather than JSON, so loading a
// directory's 150,000 unit names is three views, not a parse; a name is decoded when asked for.
import { stringOfCodes } from './char-codes.ts';

export interface PackedNamesSections {
  ids: Uint32Array;
  /** Where each name starts in `chars`, plus the end. */
  starts: Uint32Array;
  chars: Uint16Array;
}

export function packNames(entries: readonly { id: number; name: string }[]): PackedNamesSections {
  const starts = new Uint32Array(entries.length + 1);
  entries.forEach((e, i) => (starts[i + 1] = starts[i] + e.name.length));
  const chars = new Uint16Array(starts[entries.length]);
  entries.forEach((e, i) => {
    for (let k = 0; k < e.name.length; k++) chars[starts[i] + k] = e.name.charCodeAt(k);
  });
  return { ids: Uint32Array.from(entries, (e) => e.id), starts, chars };
}

export class PackedNames {
  readonly sections: PackedNamesSections;

  constructor(sections: PackedNamesSections) {
    this.sections = sections;
  }

  get length(): number {
    return this.sections.ids.length;
  }

  id(i: number): number {
    return this.sections.ids[i];
  }

  /** Whether the name ends with `suffix`, read off the packed codes (no string is made: ranking asks this per candidate). */
  endsWith(i: number, suffix: string): boolean {
    const { starts, chars } = this.sections;
    const from = starts[i + 1] - suffix.length;
    if (from < starts[i]) return false;
    for (let k = 0; k < suffix.length; k++) if (chars[from + k] !== suffix.charCodeAt(k)) return false;
    return true;
  }

  name(i: number): string {
    const { starts, chars } = this.sections;
    return stringOfCodes(chars.subarray(starts[i], starts[i + 1]));
  }
}
