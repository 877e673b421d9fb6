// The loaded index: typed-array views over the stored blob plus a few small lookup tables
// derived from it (syllables, traditional characters). Loading does no per-record work.
import { CorruptIndexError, readBlob, type SectionArray } from './blob.ts';
import { isWordCode, type T2sTable } from './fold.ts';
import { Postings, type PostingsSections } from './postings.ts';
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
  /** In record order; an office replaced since the last full build stays as an empty entry of id -1. */
  offices: OfficeEntry[];
  units: UnitEntry[];
}

/** The blob sections of one postings list set, named after it. */
function postingsSections(name: string, p: PostingsSections): Record<string, SectionArray> {
  return {
    [`${name}Keys`]: p.keys,
    [`${name}Offsets`]: p.offsets,
    [`${name}Counts`]: p.counts,
    [`${name}Data`]: p.data,
  };
}

/** What an index stores, under the names of its blob sections (read back by indexOfSections). */
export interface IndexArrays {
  recStart: Uint32Array;
  recKind: Uint8Array;
  recUnit: Int32Array;
  recOffice: Uint32Array;
  recLine: Uint32Array;
  orig: Uint16Array;
  norm: Uint16Array;
  syl: Uint16Array;
  officeStart: Uint32Array;
  officeUnits: Uint32Array;
  uni: PostingsSections;
  bi: PostingsSections;
  nameInitial: PostingsSections;
  hanSyl: Uint16Array;
  sylOffsets: Uint32Array;
  sylChars: Uint16Array;
  t2sFrom: Uint16Array;
  t2sTo: Uint16Array;
}

/** The blob sections of an index: the one place (beside indexOfSections) that names them. */
export function indexSections(a: IndexArrays): Record<string, SectionArray> {
  // In the blob's order: records, offices, postings, then the query-side tables.
  return {
    recStart: a.recStart,
    recKind: a.recKind,
    recUnit: a.recUnit,
    recOffice: a.recOffice,
    recLine: a.recLine,
    orig: a.orig,
    norm: a.norm,
    syl: a.syl,
    officeStart: a.officeStart,
    officeUnits: a.officeUnits,
    ...postingsSections('uni', a.uni),
    ...postingsSections('bi', a.bi),
    ...postingsSections('nameInitial', a.nameInitial),
    hanSyl: a.hanSyl,
    sylOffsets: a.sylOffsets,
    sylChars: a.sylChars,
    t2sFrom: a.t2sFrom,
    t2sTo: a.t2sTo,
  };
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
  /** First unit (in meta.units) of each office, plus the end. */
  officeUnits: Uint32Array;
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
  return indexOfSections(meta, sections);
}

let lastT2s: { from: Uint16Array; to: Uint16Array; map: T2sTable } | null = null;

const sameCodes = (a: Uint16Array, b: Uint16Array) => a.length === b.length && a.every((c, i) => c === b[i]);

/**
 * The t2s table as a map. Every segment stores the same table, and a full build loads
 * hundreds of them: the last map is reused when the stored table is the same.
 */
function t2sMapOf(from: Uint16Array, to: Uint16Array): T2sTable {
  if (lastT2s && sameCodes(lastT2s.from, from) && sameCodes(lastT2s.to, to)) return lastT2s.map;
  const map: T2sTable = new Map();
  for (let i = 0; i < from.length; i++) map.set(from[i], to[i]);
  lastT2s = { from: from.slice(), to: to.slice(), map };
  return map;
}

/** The index over its sections (as read from a blob, or just built). */
export function indexOfSections(meta: IndexMeta, sections: Map<string, SectionArray>): SearchIndex {
  const get = <T extends SectionArray>(name: string, type: new (n: number) => T) => section(sections, name, type);
  const recStart = get('recStart', Uint32Array);
  const recKind = get('recKind', Uint8Array);
  const recOffice = get('recOffice', Uint32Array);
  const recCount = recKind.length;
  if (recStart.length !== recCount + 1 || !Array.isArray(meta.syllables))
    throw new CorruptIndexError('inconsistent sections');

  const t2s = t2sMapOf(get('t2sFrom', Uint16Array), get('t2sTo', Uint16Array));

  const sylIds = new Map<string, number>();
  const sylInitial = new Uint8Array(meta.syllables.length);
  meta.syllables.forEach((s, i) => {
    if (i === 0) return;
    sylIds.set(s, i);
    sylInitial[i] = s.charCodeAt(0);
  });

  const officeStart = get('officeStart', Uint32Array);
  const officeUnits = get('officeUnits', Uint32Array);
  if (
    officeStart.length !== meta.offices.length + 1 ||
    officeStart[meta.offices.length] !== recCount ||
    officeUnits.length !== meta.offices.length + 1 ||
    officeUnits[meta.offices.length] !== meta.units.length
  )
    throw new CorruptIndexError('inconsistent offices');
  const postings = (name: string) =>
    new Postings(
      {
        keys: get(`${name}Keys`, Uint32Array),
        offsets: get(`${name}Offsets`, Uint32Array),
        counts: get(`${name}Counts`, Uint32Array),
        data: get(`${name}Data`, Uint8Array),
      },
      officeStart,
    );
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
    uni: postings('uni'),
    bi: postings('bi'),
    nameInitials: postings('nameInitial'),
    hanSyl: get('hanSyl', Uint16Array),
    sylOffsets: get('sylOffsets', Uint32Array),
    sylChars: get('sylChars', Uint16Array),
    t2s,
    sylIds,
    sylInitial,
    officeStart,
    officeUnits,
  };
}
