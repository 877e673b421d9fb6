// The loaded index: typed-array views over the stored blob plus a few small lookup tables
// derived from it. Loading does no per-record work beyond one pass over the record kinds.
import { CorruptIndexError, readBlob, type SectionArray } from './blob.ts';
import { isWordCode, type T2sTable } from './fold.ts';
import { Postings } from './postings.ts';
import type { OfficeEntry, UnitEntry } from './records.ts';

/** The block of Han characters whose main reading is stored for the query side. */
export const HAN_FIRST = 0x4e00;
export const HAN_LAST = 0x9fa5;

/** Postings key of an initial letter (0..25) anywhere, of a letter pair, or of a name's first letter. */
export function initialKey(first: number, second?: number | 'first'): number {
  if (second === 'first') return 2048 + first;
  return second === undefined ? 1024 + first : first * 32 + second;
}

/** Postings key of a syllable id (in the name postings). */
export function syllableKey(id: number): number {
  return 4096 + id;
}

export interface IndexMeta {
  /** Toneless pinyin syllables (ü written v); id 0 is "no syllable". */
  syllables: string[];
  offices: OfficeEntry[];
  units: UnitEntry[];
}

export interface SearchIndex {
  meta: IndexMeta;
  recCount: number;
  recStart: Uint32Array;
  /** kind * 4 + sub (records.ts KIND and NAME). */
  recKind: Uint8Array;
  recUnit: Int32Array;
  recOffice: Uint32Array;
  recLine: Uint32Array;
  orig: Uint16Array;
  norm: Uint16Array;
  syl: Uint16Array;
  uni: Postings;
  bi: Postings;
  /** Name records (office, unit, person) by syllable, initial letter, letter pair and first letter. */
  nameInitials: Postings;
  hanSyl: Uint16Array;
  sylOffsets: Uint32Array;
  sylChars: Uint16Array;
  t2s: T2sTable;
  sylIds: Map<string, number>;
  /** First letter of each syllable, as a char code (0 for id 0). */
  sylInitial: Uint8Array;
  /** First record of each office, plus the end. */
  officeStart: Uint32Array;
}

function section<T extends SectionArray>(
  sections: Map<string, SectionArray>,
  name: string,
  type: new (n: number) => T,
): T {
  const s = sections.get(name);
  if (!(s instanceof type)) throw new CorruptIndexError(`missing section ${name}`);
  return s as T;
}

export function loadSearchIndex(bytes: Uint8Array): SearchIndex {
  const { meta, sections } = readBlob<IndexMeta>(bytes);
  const get = <T extends SectionArray>(name: string, type: new (n: number) => T) => section(sections, name, type);
  const recStart = get('recStart', Uint32Array);
  const recKind = get('recKind', Uint8Array);
  const recOffice = get('recOffice', Uint32Array);
  const recCount = recKind.length;
  if (recStart.length !== recCount + 1 || !Array.isArray(meta.syllables))
    throw new CorruptIndexError('inconsistent sections');

  const t2sFrom = get('t2sFrom', Uint16Array);
  const t2sTo = get('t2sTo', Uint16Array);
  const t2s: T2sTable = new Map();
  for (let i = 0; i < t2sFrom.length; i++) t2s.set(t2sFrom[i], t2sTo[i]);

  const sylIds = new Map<string, number>();
  const sylInitial = new Uint8Array(meta.syllables.length);
  meta.syllables.forEach((s, i) => {
    if (i === 0) return;
    sylIds.set(s, i);
    sylInitial[i] = s.charCodeAt(0);
  });

  const officeStart = new Uint32Array(meta.offices.length + 1);
  officeStart.fill(recCount);
  for (let r = recCount - 1; r >= 0; r--) {
    officeStart[recOffice[r]] = r;
  }
  // An office without records starts where the next one does.
  for (let o = meta.offices.length - 1; o >= 0; o--) officeStart[o] = Math.min(officeStart[o], officeStart[o + 1]);
  isWordCode(0); // builds the character class table now rather than on the first keystroke

  return {
    meta,
    recCount,
    recStart,
    recKind,
    recUnit: get('recUnit', Int32Array),
    recOffice,
    recLine: get('recLine', Uint32Array),
    orig: get('orig', Uint16Array),
    norm: get('norm', Uint16Array),
    syl: get('syl', Uint16Array),
    uni: new Postings(get('uniKeys', Uint32Array), get('uniOffsets', Uint32Array), get('uniData', Uint8Array)),
    bi: new Postings(get('biKeys', Uint32Array), get('biOffsets', Uint32Array), get('biData', Uint8Array)),
    nameInitials: new Postings(
      get('nameInitialKeys', Uint32Array),
      get('nameInitialOffsets', Uint32Array),
      get('nameInitialData', Uint8Array),
    ),
    hanSyl: get('hanSyl', Uint16Array),
    sylOffsets: get('sylOffsets', Uint32Array),
    sylChars: get('sylChars', Uint16Array),
    t2s,
    sylIds,
    sylInitial,
    officeStart,
  };
}
