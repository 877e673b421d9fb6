// Import-time work: flatten the offices into records, fold their text, compute pinyin with
// pinyin-pro (in context, so polyphonic characters read right; reading.ts asks its word
// segmentation directly, which is what most of the build's time went to), derive the query-side tables
// (the shared traditional → simplified table, each character's main reading) and the n-gram
// postings, and write it all as one compact blob. Nothing here runs at start-up.
import { pinyin } from 'pinyin-pro';
import type { OfficeDetail } from '../types.ts';
import { writeBlob, type SectionArray } from './blob.ts';
import { recordKeys } from './keys.ts';
import { mergeIndexes } from './merge.ts';
import { adoptT2sTable, t2sTable, type T2sTable } from '../text/simplified.ts';
import { isHanCode } from '../text/han.ts';
import { foldCode } from './fold.ts';
import { PostingsBuilder } from './postings.ts';
import { CONTEXT_OPTIONS, contextReader } from './reading.ts';
import { KIND, flattenOffices } from './records.ts';
import { ExceptionsBuilder } from './exceptions.ts';
import { packNames } from './packed-names.ts';
import { mainSyllable } from './syllables.ts';
import {
  HAN_FIRST,
  HAN_LAST,
  indexOfSections,
  indexSections,
  narrowed,
  type IndexMeta,
  type SearchIndex,
} from './layout.ts';

const isNameKind = (kind: number) => kind === KIND.office || kind === KIND.unit || kind === KIND.person;

let readings: string[] | null = null;

/** The toneless main reading of each character HAN_FIRST..HAN_LAST ('' if none), computed once per process. */
function mainReadings(): string[] {
  if (!readings) {
    readings = [];
    for (let c = HAN_FIRST; c <= HAN_LAST; c++) {
      const p = pinyin(String.fromCharCode(c), { toneType: 'none', v: true });
      readings.push(/^[a-z]+$/.test(p) ? p : '');
    }
  }
  return readings;
}

/** The tables every build in a process computes first, the same in every process. */
export interface BuildTables {
  readings: string[];
  t2s: T2sTable;
  fold: Uint16Array;
}

/** This process's tables, for another thread (a worker of the parallel build) to adopt. */
export function buildTables(): BuildTables {
  const t2s = t2sTable();
  return { readings: mainReadings(), t2s, fold: foldTableOf(t2s) };
}

/** Starts from another thread's tables rather than computing them (seconds of a worker's start-up on a busy machine). */
export function adoptBuildTables(tables: BuildTables): void {
  readings ??= tables.readings;
  adoptT2sTable(tables.t2s);
  foldTable ??= tables.fold;
}

let canonical: { list: string[]; ids: Map<string, number>; hanSyl: Uint16Array } | null = null;

/**
 * Every index numbers syllables the same way: first the main readings of all common Han
 * characters, sorted, then any other reading its documents use. So one office's segment
 * merges into the directory's index without renumbering (merge.ts).
 */
function canonicalSyllables(): { list: string[]; ids: Map<string, number>; hanSyl: Uint16Array } {
  if (!canonical) {
    const main = mainReadings();
    const list = ['', ...[...new Set(main.filter(Boolean))].sort()];
    const ids = new Map(list.map((s, i) => [s, i]));
    canonical = { list, ids, hanSyl: Uint16Array.from(main, (p) => (p ? ids.get(p)! : 0)) };
  }
  return canonical;
}

/** Syllables past the canonical ones, as this process first met them (ids from canonical length on). */
const extraSyllables: string[] = [];
const extraIds = new Map<string, number>();

function processSyllableId(syllable: string): number {
  const { list, ids } = canonicalSyllables();
  let id = ids.get(syllable) ?? extraIds.get(syllable);
  if (id === undefined) {
    id = list.length + extraSyllables.length;
    extraSyllables.push(syllable);
    extraIds.set(syllable, id);
  }
  return id;
}

/** One index's syllable numbering: the canonical ones, then the extra readings its documents use. */
class SyllableTable {
  readonly list: string[];
  private base: number;
  private ids = new Map<number, number>();

  constructor() {
    this.list = [...canonicalSyllables().list];
    this.base = this.list.length;
  }

  /** This index's id of a process-wide syllable id. */
  local(id: number): number {
    if (id < this.base) return id;
    let local = this.ids.get(id);
    if (local === undefined) {
      local = this.list.length;
      this.list.push(extraSyllables[id - this.base]);
      this.ids.set(id, local);
    }
    return local;
  }
}

/** `lǜ` → `lv`: pinyin-pro's own toneless output costs more than the reading itself. */
function stripTone(p: string): string {
  const s = p
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ü/g, 'v');
  return /^[a-z]+$/.test(s) ? s : '';
}

/** Toned reading as pinyin-pro gives it → process-wide syllable id (0: no usable reading). */
const tonedIds = new Map<string, number>();

function tonedSyllableId(p: string): number {
  let id = tonedIds.get(p);
  if (id === undefined) {
    const s = stripTone(p);
    id = s ? processSyllableId(s) : 0;
    tonedIds.set(p, id);
  }
  return id;
}

interface Reading {
  /** Process-wide syllable id of each UTF-16 unit (0: not Han, or no reading). */
  ids: Uint16Array;
  /** Whether any id is past the canonical syllables. */
  extra: boolean;
}

/**
 * Directories repeat themselves (完成省委、省政府交办的其他任务): each distinct text is read
 * once per process, across offices; a cap keeps a long-running process from growing.
 */
const readingCache = new Map<string, Reading>();
const READING_CACHE_MAX = 20_000;

const readInContext = contextReader(tonedSyllableId);

/** What only pinyin() itself reads right (了, 々, text outside the BMP). */
function readWithPinyin(text: string): Uint16Array {
  const ids = new Uint16Array(text.length);
  const plain = pinyin(text, CONTEXT_OPTIONS);
  if (plain.length === text.length) {
    plain.forEach((p, i) => {
      if (isHanCode(text.charCodeAt(i))) ids[i] = tonedSyllableId(p);
    });
    return ids;
  }
  // Characters outside the BMP: one item each, two units long.
  let pos = 0;
  for (const item of pinyin(text, { type: 'all', toneType: 'none', v: true })) {
    if (item.isZh && item.pinyin && item.origin.length === 1)
      ids[pos] = processSyllableId(item.pinyin.replace(/ü/g, 'v'));
    pos += item.origin.length;
  }
  return ids;
}

/** The reading of each UTF-16 unit of `text`, in context. */
function readingOf(text: string): Reading {
  let out = readingCache.get(text);
  if (out) return out;
  const ids = readInContext(text) ?? readWithPinyin(text);
  const base = canonicalSyllables().list.length;
  let extra = false;
  for (let i = 0; i < ids.length; i++) if (ids[i] >= base) extra = true;
  out = { ids, extra };
  if (readingCache.size >= READING_CACHE_MAX) readingCache.clear();
  readingCache.set(text, out);
  return out;
}

let foldTable: Uint16Array | null = null;

/** foldCode for every UTF-16 unit with the t2s table, computed once per process. */
function foldTableOf(t2s: T2sTable): Uint16Array {
  if (!foldTable) {
    foldTable = new Uint16Array(65536);
    for (let c = 0; c < 65536; c++) foldTable[c] = foldCode(c, t2s);
  }
  return foldTable;
}

let t2sArrays: { table: T2sTable; t2sFrom: Uint16Array; t2sTo: Uint16Array } | null = null;

/** The t2s table as two sections, made once per process (every segment stores the same table). */
function t2sSections(t2s: T2sTable): { t2sFrom: Uint16Array; t2sTo: Uint16Array } {
  if (t2sArrays?.table !== t2s) {
    const pairs = [...t2s.entries()];
    t2sArrays = {
      table: t2s,
      t2sFrom: Uint16Array.from(pairs, (p) => p[0]),
      t2sTo: Uint16Array.from(pairs, (p) => p[1]),
    };
  }
  return { t2sFrom: t2sArrays.t2sFrom, t2sTo: t2sArrays.t2sTo };
}

/** Each character's syllable when last listed by syllableChars (scratch, reset after each call). */
const listedAs = new Uint16Array(65536);

/** Each (syllable, character) the text reads, once, ascending: syllable * 65536 + character. */
function syllableChars(norm: Uint16Array, syl: Uint16Array): Uint32Array {
  const all = new Uint32Array(norm.length);
  let n = 0;
  for (let i = 0; i < norm.length; i++) {
    const s = syl[i];
    const c = norm[i];
    // A character read as it was just before is listed already (the sort dedupes the rest).
    if (s && listedAs[c] !== s && isHanCode(c)) {
      listedAs[c] = s;
      all[n++] = s * 65536 + c;
    }
  }
  const sorted = all.subarray(0, n).sort();
  let kept = 0;
  for (let i = 0; i < n; i++) {
    listedAs[sorted[i] % 65536] = 0;
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[kept++] = sorted[i];
  }
  return sorted.slice(0, kept);
}

/** One office's index (a segment): what importing the office costs, and all it costs. */
export function buildSegment(office: OfficeDetail): Uint8Array {
  return builtSegment(office).bytes;
}

/** The segment's bytes and the index over them as built (no need to read the bytes back). */
export function builtSegment(office: OfficeDetail): { bytes: Uint8Array; index: SearchIndex } {
  const { meta, sections } = buildSections([office]);
  return { bytes: writeBlob(meta, sections), index: indexOfSections(meta, new Map(Object.entries(sections))) };
}

/** The whole index: one segment per office, merged (what a full rebuild does). */
export function buildSearchIndex(offices: OfficeDetail[]): Uint8Array {
  if (offices.length <= 1) {
    const { meta, sections } = buildSections(offices);
    return writeBlob(meta, sections);
  }
  return mergeIndexes(
    offices.map((office) => {
      const { meta, sections } = buildSections([office]);
      return { index: indexOfSections(meta, new Map(Object.entries(sections))) };
    }),
  );
}

function buildSections(offices: OfficeDetail[]): { meta: IndexMeta; sections: Record<string, SectionArray> } {
  const t2s = t2sTable();
  const fold = foldTableOf(t2s);
  const { offices: officeTable, units, records, unitStart } = flattenOffices(offices);
  const syllables = new SyllableTable();

  let total = 0;
  const recStart = new Uint32Array(records.length + 1);
  records.forEach((r, i) => {
    recStart[i] = total;
    total += r.text.length;
  });
  recStart[records.length] = total;

  const recKind = new Uint8Array(records.length);
  const recUnit = new Int32Array(records.length);
  const recOffice = new Uint32Array(records.length);
  const recLine = new Uint32Array(records.length);
  const norm = new Uint16Array(total);
  const syl = new Uint16Array(total);
  const origExcept = new ExceptionsBuilder();
  const sylExcept = new ExceptionsBuilder();
  // The main reading of every common Han character, for the query side (homophone typos
  // such as 亚州处 for 亚洲处, where the typed character need not occur in any document);
  // a character's syllable is stored only where it differs from this.
  const hanSyl = canonicalSyllables().hanSyl;
  const uni = new PostingsBuilder();
  const bi = new PostingsBuilder();
  const nameInitials = new PostingsBuilder();

  // Where each office's records and units begin (records and units are in office order).
  const officeStart = new Uint32Array(officeTable.length + 1).fill(records.length);
  const officeUnits = Uint32Array.from([...unitStart, units.length]);
  for (let rec = records.length - 1; rec >= 0; rec--) officeStart[records[rec].office] = rec;
  for (let o = officeTable.length - 1; o >= 0; o--) officeStart[o] = Math.min(officeStart[o], officeStart[o + 1]);

  let current = 0;
  const sink = {
    uni: (key: number) => uni.add(key, current),
    bi: (key: number) => bi.add(key, current),
    nameInitial: (key: number) => nameInitials.add(key, current),
  };
  records.forEach((r, rec) => {
    recKind[rec] = r.kind * 4 + r.sub;
    recUnit[rec] = r.unit;
    recOffice[rec] = r.office;
    recLine[rec] = r.line;
    const at = recStart[rec];
    const end = at + r.text.length;
    let unchanged = true;
    for (let i = 0; i < r.text.length; i++) {
      const code = r.text.charCodeAt(i);
      norm[at + i] = fold[code];
      if (fold[code] !== code) {
        unchanged = false;
        origExcept.add(at + i, code);
      }
    }
    // Most text is already folded (simplified, lower case): then it is read as it is.
    let folded = r.text;
    if (!unchanged) {
      folded = '';
      for (let i = at; i < end; i += 4096) folded += String.fromCharCode(...norm.subarray(i, Math.min(end, i + 4096)));
    }
    const reading = readingOf(folded);
    if (!reading.extra) syl.set(reading.ids, at);
    else reading.ids.forEach((id, i) => (syl[at + i] = id && syllables.local(id)));
    for (let i = at; i < end; i++) if (syl[i] !== mainSyllable(hanSyl, norm[i])) sylExcept.add(i, syl[i]);
    current = rec;
    recordKeys(norm, syl, at, end, isNameKind(r.kind), syllables.list, sink);
  });

  // Syllable → the characters that are read so in the documents (pinyin → candidates).
  const pairs = syllableChars(norm, syl);
  const sylOffsets = new Uint32Array(syllables.list.length + 1);
  const sylChars = new Uint16Array(pairs.length);
  pairs.forEach((p, i) => {
    sylChars[i] = p % 65536;
    sylOffsets[Math.floor(p / 65536) + 1]++;
  });
  for (let s = 1; s <= syllables.list.length; s++) sylOffsets[s] += sylOffsets[s - 1];

  const meta: IndexMeta = { syllables: syllables.list, offices: officeTable };
  const sections = indexSections({
    recStart,
    recKind,
    recUnit,
    recOffice: narrowed(recOffice),
    recLine: narrowed(recLine),
    norm,
    origExcept: origExcept.finish(),
    sylExcept: sylExcept.finish(),
    units: packNames(units),
    officeStart,
    officeUnits,
    uni: uni.finish(recOffice, officeStart),
    bi: bi.finish(recOffice, officeStart),
    nameInitial: nameInitials.finish(recOffice, officeStart),
    hanSyl,
    sylOffsets,
    sylChars,
    ...t2sSections(t2s),
  });
  return { meta, sections };
}
