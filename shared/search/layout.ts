// The loaded index: typed-array views over the stored blob plus a few small lookup tables
// derived from it (syllables, traditional characters). Loading does no per-record work.
import {
  ALL_PRESENT,
  CorruptIndexError,
  readBlob,
  readBlobPaged,
  type LazyPages,
  type PagedSource,
  type SectionArray,
} from './blob.ts';
import type { Exceptions } from './exceptions.ts';
import { isWordCode, type T2sTable } from './fold.ts';
import { PackedNames, type PackedNamesSections } from './packed-names.ts';
import { Postings, type PostingsSections } from './postings.ts';
import type { OfficeEntry } from './records.ts';
import { HAN_FIRST, HAN_LAST, Syllables } from './syllables.ts';

export { HAN_FIRST, HAN_LAST };

/** A per-record array of small numbers: 16 bits wide when every value fits (office numbers, line numbers). */
export type NarrowArray = Uint16Array | Uint32Array;

/** The values as 16-bit numbers when they all fit, else as they are. */
export function narrowed(values: Uint32Array): NarrowArray {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  return max <= 0xffff ? new Uint16Array(values) : values;
}

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
  recOffice: NarrowArray;
  recLine: NarrowArray;
  norm: Uint16Array;
  /** The text as written, where it differs from norm. */
  origExcept: Exceptions;
  /** Each character's syllable, where it differs from the character's main reading (hanSyl). */
  sylExcept: Exceptions;
  units: PackedNamesSections;
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
  // In the blob's order: records, offices, postings, the query-side tables, and last the
  // text, which a paged load reads only where a query looks (TEXT_SECTION).
  return {
    recStart: a.recStart,
    recKind: a.recKind,
    recUnit: a.recUnit,
    recOffice: a.recOffice,
    recLine: a.recLine,
    origAt: a.origExcept.at,
    origCode: a.origExcept.value,
    sylAt: a.sylExcept.at,
    sylId: a.sylExcept.value,
    unitIds: a.units.ids,
    unitNameStart: a.units.starts,
    unitNames: a.units.chars,
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
    norm: a.norm,
  };
}

/**
 * The sections a paged load reads only where a query looks: the folded text (a query reads
 * the records it ranks) and the postings' lists (it walks the lists of its keys), three
 * quarters of a large index. The record tables stay read at load: a query reads them at
 * every candidate.
 */
const LAZY_SECTIONS = ['norm', 'uniData', 'biData', 'nameInitialData'] as const;
type LazyName = (typeof LAZY_SECTIONS)[number];
type Lazy = Partial<Record<LazyName, LazyPages>>;

export interface SearchIndex {
  meta: IndexMeta;
  recCount: number;
  recStart: Uint32Array;
  /** kind * 4 + sub (records.ts KIND and NAME). */
  recKind: Uint8Array;
  recUnit: Int32Array;
  recOffice: NarrowArray;
  recLine: NarrowArray;
  norm: Uint16Array;
  /** Call before reading `norm` (record.ts recText, syllables): a paged load reads the text's pages on demand. */
  text: LazyPages;
  /** Reads every page a paged load has left unread (before copying sections wholesale, as a merge does). */
  readAll(): void;
  /** Where the text as written differs from norm (record.ts recText reads it back). */
  origExcept: Exceptions;
  /** Each character's syllable (0: none), filled a record at a time: `syllables.of(rec)`. */
  syllables: Syllables;
  sylExcept: Exceptions;
  /** The unit table (ids and names), in record order. */
  units: PackedNames;
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
  /** First unit (in units) of each office, plus the end. */
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

function narrowSection(sections: Map<string, SectionArray>, name: string): NarrowArray {
  const s = sections.get(name);
  if (!(s instanceof Uint16Array || s instanceof Uint32Array)) throw new CorruptIndexError(`missing section ${name}`);
  return s;
}

function exceptionsSection(
  sections: Map<string, SectionArray>,
  name: string,
  value: string,
  chars: number,
): Exceptions {
  const at = section(sections, `${name}At`, Uint32Array);
  const values = section(sections, `${name}${value}`, Uint16Array);
  if (at.length !== values.length || (at.length > 0 && at[at.length - 1] >= chars))
    throw new CorruptIndexError(`inconsistent section ${name}`);
  return { at, value: values };
}

export function loadSearchIndex(bytes: Uint8Array): SearchIndex {
  const { meta, sections } = readBlob<IndexMeta>(bytes);
  return indexOfSections(meta, sections);
}

/**
 * The index read from a paged source (a file): everything but the text now, the text's
 * pages the first time a query reads a record on them. `bytesRead` says how much is in.
 */
export function loadSearchIndexPaged(source: PagedSource): { index: SearchIndex; bytesRead: () => number } {
  const blob = readBlobPaged<IndexMeta>(source, new Set(LAZY_SECTIONS));
  const lazy: Lazy = {};
  for (const name of LAZY_SECTIONS) {
    const pages = blob.lazy.get(name);
    if (!pages) throw new CorruptIndexError(`missing section ${name}`);
    lazy[name] = pages;
  }
  return { index: indexOfSections(blob.meta, blob.sections, lazy), bytesRead: blob.bytesRead };
}

let lastT2s: { from: Uint16Array; to: Uint16Array; map: T2sTable } | null = null;

/** Whether two code arrays hold the same codes: a plain loop (a full build compares hundreds of segments' tables). */
export function sameCodes(a: Uint16Array, b: Uint16Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

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
export function indexOfSections(meta: IndexMeta, sections: Map<string, SectionArray>, lazy: Lazy = {}): SearchIndex {
  const get = <T extends SectionArray>(name: string, type: new (n: number) => T) => section(sections, name, type);
  const recStart = get('recStart', Uint32Array);
  const recKind = get('recKind', Uint8Array);
  const recOffice = narrowSection(sections, 'recOffice');
  const recLine = narrowSection(sections, 'recLine');
  const recUnit = get('recUnit', Int32Array);
  const norm = get('norm', Uint16Array);
  const recCount = recKind.length;
  if (
    recStart.length !== recCount + 1 ||
    recStart[recCount] !== norm.length ||
    recOffice.length !== recCount ||
    recLine.length !== recCount ||
    recUnit.length !== recCount ||
    !Array.isArray(meta.syllables) ||
    !Array.isArray(meta.offices)
  )
    throw new CorruptIndexError('inconsistent sections');
  const units = new PackedNames({
    ids: get('unitIds', Uint32Array),
    starts: get('unitNameStart', Uint32Array),
    chars: get('unitNames', Uint16Array),
  });
  const { starts } = units.sections;
  if (starts.length !== units.length + 1 || starts[units.length] !== units.sections.chars.length)
    throw new CorruptIndexError('inconsistent units');

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
    officeUnits[meta.offices.length] !== units.length
  )
    throw new CorruptIndexError('inconsistent offices');
  const postings = (name: 'uni' | 'bi' | 'nameInitial') =>
    new Postings(
      {
        keys: get(`${name}Keys`, Uint32Array),
        offsets: get(`${name}Offsets`, Uint32Array),
        counts: get(`${name}Counts`, Uint32Array),
        data: get(`${name}Data`, Uint8Array),
      },
      officeStart,
      lazy[`${name}Data`],
    );
  isWordCode(0); // builds the character class table now rather than on the first keystroke
  const hanSyl = get('hanSyl', Uint16Array);
  if (hanSyl.length !== HAN_LAST - HAN_FIRST + 1) throw new CorruptIndexError('inconsistent readings');
  const sylExcept = exceptionsSection(sections, 'syl', 'Id', norm.length);
  const text = lazy.norm ?? ALL_PRESENT;
  const lengths: Record<LazyName, number> = {
    norm: norm.length,
    uniData: get('uniData', Uint8Array).length,
    biData: get('biData', Uint8Array).length,
    nameInitialData: get('nameInitialData', Uint8Array).length,
  };
  const readAll = () => {
    for (const name of LAZY_SECTIONS) lazy[name]?.ensure(0, lengths[name]);
  };

  return {
    meta,
    recCount,
    recStart,
    recKind,
    recUnit,
    recOffice,
    recLine,
    norm,
    text,
    readAll,
    origExcept: exceptionsSection(sections, 'orig', 'Code', norm.length),
    syllables: new Syllables({ norm, text, hanSyl, except: sylExcept, recStart }),
    sylExcept,
    units,
    uni: postings('uni'),
    bi: postings('bi'),
    nameInitials: postings('nameInitial'),
    hanSyl,
    sylOffsets: get('sylOffsets', Uint32Array),
    sylChars: get('sylChars', Uint16Array),
    t2s,
    sylIds,
    sylInitial,
    officeStart,
    officeUnits,
  };
}
