// Merging indexes into one: the directory's index is its offices' segments, merged. A merge
// copies bytes and shifts numbers (records, characters, units); it reads no text and computes
// no pinyin, so re-importing one office costs that office's segment and one merge. The
// per-record sections are concatenated office range by office range; each postings list is
// the concatenation of the parts' office chunks (postings.ts), in office order.
import { writeBlob, type SectionArray } from './blob.ts';
import { ExceptionsBuilder, firstFrom, type Exceptions } from './exceptions.ts';
import { indexOfSections, indexSections, narrowed, sameCodes, type IndexMeta, type SearchIndex } from './layout.ts';
import { readVarint, varintBytes, writeVarint, type Postings, type PostingsSections } from './postings.ts';
import { recordKeys } from './keys.ts';
import { isName } from './record.ts';
import type { OfficeEntry } from './records.ts';
import { mainSyllable } from './syllables.ts';

export interface MergePart {
  index: SearchIndex;
  /** Offices (positions in this index) to leave out: they stay as empty entries of id -1. */
  drop?: ReadonlySet<number>;
}

/** The id of an office entry left empty by a merge (never an office's id). */
export const DROPPED_OFFICE = -1;

interface Run {
  part: number;
  /** Offices [from, to) of the part, all kept. */
  from: number;
  to: number;
}

/** Sorted union of two sorted key arrays. */
function union(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      out[n++] = x;
      i++;
      j++;
    } else if (x < y) {
      out[n++] = x;
      i++;
    } else {
      out[n++] = y;
      j++;
    }
  }
  while (i < a.length) out[n++] = a[i++];
  while (j < b.length) out[n++] = b[j++];
  return out.slice(0, n);
}

function unionAll(lists: Uint32Array[]): Uint32Array {
  let level = lists;
  if (level.length === 0) return new Uint32Array(0);
  while (level.length > 1) {
    const next: Uint32Array[] = [];
    for (let i = 0; i < level.length; i += 2)
      next.push(i + 1 < level.length ? union(level[i], level[i + 1]) : level[i]);
    level = next;
  }
  return level[0];
}

/** Where each key of `keys` (sorted) sits in `all` (sorted, a superset). */
function slotsIn(keys: Uint32Array, all: Uint32Array): Uint32Array {
  const out = new Uint32Array(keys.length);
  let j = 0;
  for (let i = 0; i < keys.length; i++) {
    while (all[j] !== keys[i]) j++;
    out[i] = j;
  }
  return out;
}

function copyBytes(from: Uint8Array, start: number, end: number, to: Uint8Array, at: number): void {
  if (end - start > 32) to.set(from.subarray(start, end), at);
  else for (let i = start; i < end; i++) to[at++] = from[i];
}

const varint = { value: 0 };

/** Records in the chunk body [p, end): one varint ends at each byte below 0x80. */
function recordsIn(data: Uint8Array, p: number, end: number): number {
  let n = 0;
  for (let i = p; i < end; i++) if (data[i] < 0x80) n++;
  return n;
}

/** Calls `chunk(office, bodyStart, end)` for each office chunk of the list at `slot`. */
function eachChunk(
  postings: Postings,
  slot: number,
  chunk: (office: number, bodyStart: number, end: number) => void,
): void {
  const data = postings.data;
  let p = postings.offsets[slot];
  const end = postings.offsets[slot + 1];
  while (p < end) {
    p = readVarint(data, p, varint);
    const office = varint.value;
    p = readVarint(data, p, varint);
    const bodyEnd = p + varint.value;
    chunk(office, p, bodyEnd);
    p = bodyEnd;
  }
}

type ListName = 'uni' | 'bi' | 'nameInitial';

/** The keys of the lists holding a chunk of an office the part leaves out (keys.ts), by list. */
function droppedKeys(part: MergePart): Record<ListName, Set<number>> {
  const keys = { uni: new Set<number>(), bi: new Set<number>(), nameInitial: new Set<number>() };
  const { index } = part;
  const sink = {
    uni: (k: number) => keys.uni.add(k),
    bi: (k: number) => keys.bi.add(k),
    nameInitial: (k: number) => keys.nameInitial.add(k),
  };
  for (const o of part.drop ?? []) {
    for (let r = index.officeStart[o]; r < index.officeStart[o + 1]; r++) {
      recordKeys(
        index.norm,
        index.syllables.of(r),
        index.recStart[r],
        index.recStart[r + 1],
        isName(index, r),
        index.meta.syllables,
        sink,
      );
    }
  }
  return keys;
}

/**
 * For a list of a part that keeps its office numbers: the byte ranges to keep (chunks of
 * left-out offices cut out) into `out`, and the number of records cut. The walk stops past
 * the last left-out office; the rest of the list is kept in one range.
 */
function keptRanges(list: Postings, s: number, drop: ReadonlySet<number>, lastDrop: number, out: number[]): number {
  const data = list.data;
  let p = list.offsets[s];
  const end = list.offsets[s + 1];
  let keepFrom = p;
  let cut = 0;
  out.length = 0;
  while (p < end) {
    const chunk = p;
    p = readVarint(data, p, varint);
    const office = varint.value;
    if (office > lastDrop) break;
    p = readVarint(data, p, varint);
    const bodyEnd = p + varint.value;
    if (drop.has(office)) {
      if (chunk > keepFrom) out.push(keepFrom, chunk);
      cut += recordsIn(data, p, bodyEnd);
      keepFrom = bodyEnd;
    }
    p = bodyEnd;
  }
  if (end > keepFrom) out.push(keepFrom, end);
  return cut;
}

function mergePostings(
  lists: Postings[],
  officeBase: number[],
  drops: (ReadonlySet<number> | undefined)[],
  droppedIn: (Set<number> | null)[],
): PostingsSections {
  const dropped = (part: number, office: number) => drops[part]?.has(office) ?? false;
  const lastDrop = drops.map((d) => Math.max(-1, ...(d ?? [])));
  const ranges: number[] = [];
  // Lists that hold a left-out office's chunk, in a part that keeps its office numbers: cut.
  const cuts = (i: number) => officeBase[i] === 0 && droppedIn[i] !== null;
  const keys = unionAll(lists.map((l) => l.keys));
  const slots = lists.map((l) => slotsIn(l.keys, keys));
  const bytes = new Float64Array(keys.length);
  const counts = new Uint32Array(keys.length);
  // A list copies whole when its part keeps its office numbers and drops none of its chunks.
  const whole = (i: number, s: number) => officeBase[i] === 0 && !droppedIn[i]?.has(lists[i].keys[s]);

  lists.forEach((list, i) => {
    const map = slots[i];
    for (let s = 0; s < list.keys.length; s++) {
      const to = map[s];
      if (whole(i, s)) {
        bytes[to] += list.offsets[s + 1] - list.offsets[s];
        counts[to] += list.counts[s];
        continue;
      }
      if (cuts(i)) {
        counts[to] += list.counts[s] - keptRanges(list, s, drops[i]!, lastDrop[i], ranges);
        for (let r = 0; r < ranges.length; r += 2) bytes[to] += ranges[r + 1] - ranges[r];
        continue;
      }
      if (!drops[i]?.size) {
        // Every chunk kept, renumbered: only the office numbers' widths change (the bodies
        // are not scanned, a full rebuild's segments all come this way).
        counts[to] += list.counts[s];
        bytes[to] += list.offsets[s + 1] - list.offsets[s];
        eachChunk(list, s, (office) => {
          bytes[to] += varintBytes(office + officeBase[i]) - varintBytes(office);
        });
        continue;
      }
      eachChunk(list, s, (office, body, end) => {
        if (dropped(i, office)) return;
        bytes[to] += varintBytes(office + officeBase[i]) + varintBytes(end - body) + (end - body);
        counts[to] += recordsIn(list.data, body, end);
      });
    }
  });

  const offsets = new Uint32Array(keys.length + 1);
  for (let k = 0; k < keys.length; k++) offsets[k + 1] = offsets[k] + bytes[k];
  const data = new Uint8Array(offsets[keys.length]);
  const cursor = offsets.slice(0, keys.length);
  lists.forEach((list, i) => {
    const map = slots[i];
    const src = list.data;
    // Whole lists that lie back to back in both source and result are copied in one go.
    let runFrom = 0;
    let runTo = 0;
    let runAt = 0;
    const flush = () => {
      copyBytes(src, runFrom, runTo, data, runAt);
      runFrom = runTo = runAt = 0;
    };
    for (let s = 0; s < list.keys.length; s++) {
      const to = map[s];
      const start = list.offsets[s];
      const end = list.offsets[s + 1];
      if (whole(i, s)) {
        if (runTo !== start || runAt + (runTo - runFrom) !== cursor[to]) {
          flush();
          runFrom = runTo = start;
          runAt = cursor[to];
        }
        runTo = end;
        cursor[to] += end - start;
        continue;
      }
      flush();
      if (cuts(i)) {
        keptRanges(list, s, drops[i]!, lastDrop[i], ranges);
        for (let r = 0; r < ranges.length; r += 2) {
          copyBytes(src, ranges[r], ranges[r + 1], data, cursor[to]);
          cursor[to] += ranges[r + 1] - ranges[r];
        }
        continue;
      }
      eachChunk(list, s, (office, body, chunkEnd) => {
        if (dropped(i, office)) return;
        let at = writeVarint(data, cursor[to], office + officeBase[i]);
        at = writeVarint(data, at, chunkEnd - body);
        copyBytes(src, body, chunkEnd, data, at);
        cursor[to] = at + (chunkEnd - body);
      });
    }
    flush();
  });
  return { keys, offsets, counts, data };
}

/** Copies the exceptions within [from, to) of `e`, moved to start at `at`, their values through `map`. */
function copyExceptions(
  e: Exceptions,
  from: number,
  to: number,
  at: number,
  out: ExceptionsBuilder,
  map?: Uint16Array,
) {
  for (let k = firstFrom(e, from); k < e.at.length && e.at[k] < to; k++)
    out.add(e.at[k] - from + at, map ? map[e.value[k]] : e.value[k]);
}

/**
 * Whether a part's characters read the same main syllables in the merged numbering as in
 * its own (the same readings table, and the syllables it uses kept their ids): then its
 * syllable exceptions carry over as they are. Else they are worked out afresh.
 */
function sameMainReadings(index: SearchIndex, hanSyl: Uint16Array, top: number, map: Uint16Array): boolean {
  if (!sameCodes(index.hanSyl, hanSyl)) return false;
  for (let id = 0; id <= top; id++) if (map[id] !== id) return false;
  return true;
}

/** The parts' offices, in order, as one index (bytes to store or load). */
export function mergeIndexes(parts: MergePart[]): Uint8Array {
  const { meta, sections } = mergeSections(parts);
  return writeBlob(meta, sections);
}

/** The parts' offices, in order, as one index in memory: no blob is written or read back. */
export function mergedIndex(parts: MergePart[]): SearchIndex {
  const { meta, sections } = mergeSections(parts);
  return indexOfSections(meta, new Map(Object.entries(sections)));
}

function mergeSections(parts: MergePart[]): { meta: IndexMeta; sections: Record<string, SectionArray> } {
  if (parts.length === 0) throw new Error('mergeIndexes: nothing to merge');
  // A merge copies text and postings wholesale: a paged part reads the rest of its pages first.
  for (const { index } of parts) index.readAll();
  const first = parts[0].index;

  // Syllables: the first part's numbering, plus any reading another part adds.
  const syllables = [...first.meta.syllables];
  const sylIds = new Map(syllables.map((s, i) => [s, i]));
  const sylMaps = parts.map(({ index }) =>
    Uint16Array.from(index.meta.syllables, (s) => {
      let id = sylIds.get(s);
      if (id === undefined) {
        id = syllables.length;
        syllables.push(s);
        sylIds.set(s, id);
      }
      return id;
    }),
  );
  const identity = sylMaps.map((m) => m.every((id, i) => id === i));

  // Offices, and the runs of kept ones.
  const offices: OfficeEntry[] = [];
  const officeBase: number[] = [];
  const runs: Run[] = [];
  parts.forEach(({ index, drop }, part) => {
    officeBase.push(offices.length);
    let from = -1;
    index.meta.offices.forEach((office, o) => {
      const gone = drop?.has(o) ?? false;
      offices.push(gone ? { id: DROPPED_OFFICE, name: '' } : office);
      if (!gone && from < 0) from = o;
      if (gone && from >= 0) {
        runs.push({ part, from, to: o });
        from = -1;
      }
    });
    if (from >= 0) runs.push({ part, from, to: index.meta.offices.length });
  });

  let recCount = 0;
  let charCount = 0;
  for (const { part, from, to } of runs) {
    const { officeStart, recStart } = parts[part].index;
    recCount += officeStart[to] - officeStart[from];
    charCount += recStart[officeStart[to]] - recStart[officeStart[from]];
  }

  const recStart = new Uint32Array(recCount + 1);
  const recKind = new Uint8Array(recCount);
  const recUnit = new Int32Array(recCount);
  const recOffice = new Uint32Array(recCount);
  const recLine = new Uint32Array(recCount);
  const norm = new Uint16Array(charCount);
  const origExcept = new ExceptionsBuilder();
  const sylExcept = new ExceptionsBuilder();
  // A copy: a view would keep the whole first part's buffer alive beside the merged index.
  const hanSyl = first.hanSyl.slice();
  // The highest main syllable, once for every part; segments built in one process share the
  // first's table itself (the copy would be compared code by code).
  const top = hanSyl.reduce((most, id) => Math.max(most, id), 0);
  const readsAsItself = parts.map(({ index }, part) => sameMainReadings(index, first.hanSyl, top, sylMaps[part]));
  let unitCount = 0;
  let unitChars = 0;
  for (const { part, from, to } of runs) {
    const { officeUnits, units } = parts[part].index;
    unitCount += officeUnits[to] - officeUnits[from];
    unitChars += units.sections.starts[officeUnits[to]] - units.sections.starts[officeUnits[from]];
  }
  const unitIds = new Uint32Array(unitCount);
  const unitNameStart = new Uint32Array(unitCount + 1);
  const unitNames = new Uint16Array(unitChars);
  let unitTotal = 0;
  const officeStart = new Uint32Array(offices.length + 1);
  const officeUnits = new Uint32Array(offices.length + 1);

  let rec = 0;
  let char = 0;
  let nextOffice = 0;
  // Offices before `upTo` (dest numbering) not yet given a start begin here: left-out ones are empty.
  const startOffices = (upTo: number) => {
    for (; nextOffice < upTo; nextOffice++) {
      officeStart[nextOffice] = rec;
      officeUnits[nextOffice] = unitTotal;
    }
  };
  for (const { part, from, to } of runs) {
    const index = parts[part].index;
    const base = officeBase[part];
    const r1 = index.officeStart[from];
    const r2 = index.officeStart[to];
    const c1 = index.recStart[r1];
    const c2 = index.recStart[r2];
    const u1 = index.officeUnits[from];
    const u2 = index.officeUnits[to];
    const unitShift = unitTotal - u1;
    startOffices(base + from);
    for (let o = from; o < to; o++) {
      officeStart[base + o] = rec + index.officeStart[o] - r1;
      officeUnits[base + o] = unitTotal + index.officeUnits[o] - u1;
    }
    nextOffice = base + to;
    recKind.set(index.recKind.subarray(r1, r2), rec);
    recLine.set(index.recLine.subarray(r1, r2), rec);
    for (let r = r1; r < r2; r++) {
      recStart[rec + r - r1] = index.recStart[r] - c1 + char;
      const u = index.recUnit[r];
      recUnit[rec + r - r1] = u < 0 ? u : u + unitShift;
      recOffice[rec + r - r1] = index.recOffice[r] + base;
    }
    norm.set(index.norm.subarray(c1, c2), char);
    copyExceptions(index.origExcept, c1, c2, char, origExcept);
    if (readsAsItself[part])
      copyExceptions(index.sylExcept, c1, c2, char, sylExcept, identity[part] ? undefined : sylMaps[part]);
    else {
      const syl = index.syllables.all();
      const map = sylMaps[part];
      for (let c = c1; c < c2; c++) {
        const id = map[syl[c]];
        if (id !== mainSyllable(hanSyl, index.norm[c])) sylExcept.add(char + c - c1, id);
      }
    }
    const names = index.units.sections;
    const n1 = names.starts[u1];
    const nameShift = unitNameStart[unitTotal] - n1;
    unitIds.set(names.ids.subarray(u1, u2), unitTotal);
    for (let u = u1; u < u2; u++) unitNameStart[u + unitShift + 1] = names.starts[u + 1] + nameShift;
    unitNames.set(names.chars.subarray(n1, names.starts[u2]), n1 + nameShift);
    unitTotal += u2 - u1;
    rec += r2 - r1;
    char += c2 - c1;
  }
  startOffices(offices.length + 1);
  recStart[recCount] = charCount;

  // Syllable → the characters read so, over all parts (a bitmap row of 65536 per syllable).
  const rows = new Uint32Array(syllables.length * 2048);
  parts.forEach(({ index }, part) => {
    const map = sylMaps[part];
    for (let s = 1; s < index.meta.syllables.length; s++) {
      for (let k = index.sylOffsets[s]; k < index.sylOffsets[s + 1]; k++) {
        const c = index.sylChars[k];
        rows[map[s] * 2048 + (c >>> 5)] |= 1 << (c & 31);
      }
    }
  });
  const sylOffsets = new Uint32Array(syllables.length + 1);
  const chars: number[] = [];
  for (let s = 0; s < syllables.length; s++) {
    for (let w = s * 2048; w < (s + 1) * 2048; w++) {
      const bits = rows[w];
      if (bits === 0) continue;
      for (let b = 0; b < 32; b++) if (bits & (1 << b)) chars.push((w - s * 2048) * 32 + b);
    }
    sylOffsets[s + 1] = chars.length;
  }

  const left = parts.map((p) => (p.drop && p.drop.size > 0 ? droppedKeys(p) : null));
  const postings = (name: ListName, pick: (index: SearchIndex) => Postings) =>
    mergePostings(
      parts.map((p) => pick(p.index)),
      officeBase,
      parts.map((p) => p.drop),
      left.map((keys) => keys && keys[name]),
    );
  const t2sPairs = [...first.t2s.entries()];
  const meta: IndexMeta = { syllables, offices };
  const sections = indexSections({
    recStart,
    recKind,
    recUnit,
    recOffice: narrowed(recOffice),
    recLine: narrowed(recLine),
    norm,
    origExcept: origExcept.finish(),
    sylExcept: sylExcept.finish(),
    units: { ids: unitIds, starts: unitNameStart, chars: unitNames },
    officeStart,
    officeUnits,
    uni: postings('uni', (i) => i.uni),
    bi: postings('bi', (i) => i.bi),
    nameInitial: postings('nameInitial', (i) => i.nameInitials),
    hanSyl,
    sylOffsets,
    sylChars: Uint16Array.from(chars),
    t2sFrom: Uint16Array.from(t2sPairs, (p) => p[0]),
    t2sTo: Uint16Array.from(t2sPairs, (p) => p[1]),
  });
  return { meta, sections };
}
