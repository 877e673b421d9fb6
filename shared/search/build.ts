// Import-time work: flatten the offices into records, fold their text, compute pinyin with
// pinyin-pro (in context, so polyphonic characters read right), derive the query-side tables
// (traditional → simplified with opencc-js, each character's main reading) and the n-gram
// postings, and write it all as one compact blob. Nothing here runs at start-up.
import * as OpenCC from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';
import type { OfficeDetail } from '../types.ts';
import { writeBlob } from './blob.ts';
import { mergeIndexes } from './merge.ts';
import { foldCode, isHanCode, isWordCode, type T2sTable } from './fold.ts';
import { PostingsBuilder } from './postings.ts';
import { KIND, flattenOffices } from './records.ts';
import {
  HAN_FIRST,
  HAN_LAST,
  initialKey,
  loadSearchIndex,
  postingsSections,
  syllableKey,
  type IndexMeta,
} from './layout.ts';

let t2sTable: T2sTable | null = null;

/** Traditional (and Taiwan/Hong Kong variant) characters → simplified, one to one (computed once per process). */
function buildT2sTable(): T2sTable {
  if (t2sTable) return t2sTable;
  const converters = (['t', 'tw', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
  // The Han characters as the tokenizer counts them (isHanCode), in code order.
  const chars: string[] = [];
  for (let c = 0; c < 65536; c++) if (isHanCode(c)) chars.push(String.fromCharCode(c));
  // One call per converter over all characters, one per line (a line break ends any phrase,
  // so each converts alone): five times faster than a call per character, the same table.
  const converted = converters.map((convert) => {
    const lines = convert(chars.join('\n')).split('\n');
    // Should a conversion ever change the line count, the lines would not align: go one by one.
    return lines.length === chars.length ? lines : chars.map((ch) => convert(ch));
  });
  const table: T2sTable = new Map();
  chars.forEach((ch, i) => {
    for (const lines of converted) {
      const s = lines[i]!;
      if (s.length === 1 && s !== ch) {
        table.set(ch.charCodeAt(0), s.charCodeAt(0));
        break;
      }
    }
  });
  t2sTable = table;
  return table;
}

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

let canonical: { list: string[]; hanSyl: Uint16Array } | null = null;

/**
 * Every index numbers syllables the same way: first the main readings of all common Han
 * characters, sorted, then any other reading its documents use. So one office's segment
 * merges into the directory's index without renumbering (merge.ts).
 */
function canonicalSyllables(): { list: string[]; hanSyl: Uint16Array } {
  if (!canonical) {
    const main = mainReadings();
    const list = ['', ...[...new Set(main.filter(Boolean))].sort()];
    const ids = new Map(list.map((s, i) => [s, i]));
    canonical = { list, hanSyl: Uint16Array.from(main, (p) => (p ? ids.get(p)! : 0)) };
  }
  return canonical;
}

class SyllableTable {
  readonly list: string[];
  private ids: Map<string, number>;

  constructor() {
    this.list = [...canonicalSyllables().list];
    this.ids = new Map(this.list.map((s, i) => [s, i]));
  }

  id(syllable: string): number {
    let id = this.ids.get(syllable);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(syllable);
      this.ids.set(syllable, id);
    }
    return id;
  }
}

const toneless = new Map<string, string>();

/** `lǜ` → `lv`: pinyin-pro's own toneless output costs more than the reading itself. */
function stripTone(p: string): string {
  let s = toneless.get(p);
  if (s === undefined) {
    s = p.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ü/g, 'v');
    if (!/^[a-z]+$/.test(s)) s = '';
    toneless.set(p, s);
  }
  return s;
}

/**
 * Directories repeat themselves (完成省委、省政府交办的其他任务): each distinct text is read
 * once per process, across offices; a cap keeps a long-running process from growing.
 */
const readingCache = new Map<string, string[]>();
const READING_CACHE_MAX = 200_000;

/** The toneless reading of each UTF-16 unit of `text`, in context ('' for anything not Han). */
function readingsOf(text: string): string[] {
  let out = readingCache.get(text);
  if (out) return out;
  // Toned, without tone sandhi (which only moves tones): three times faster than toneless.
  const plain = pinyin(text, { type: 'array', toneSandhi: false, v: true });
  if (plain.length === text.length) {
    out = plain.map((p, i) => (isHanCode(text.charCodeAt(i)) ? stripTone(p) : ''));
  } else {
    // Characters outside the BMP: one item each, two units long.
    out = new Array<string>(text.length).fill('');
    let pos = 0;
    for (const item of pinyin(text, { type: 'all', toneType: 'none', v: true })) {
      if (item.isZh && item.pinyin && item.origin.length === 1) out[pos] = item.pinyin.replace(/ü/g, 'v');
      pos += item.origin.length;
    }
  }
  if (readingCache.size >= READING_CACHE_MAX) readingCache.clear();
  readingCache.set(text, out);
  return out;
}

/** One office's index (a segment): what importing the office costs, and all it costs. */
export function buildSegment(office: OfficeDetail): Uint8Array {
  return buildIndexOf([office]);
}

/** The whole index: one segment per office, merged (what a full rebuild does). */
export function buildSearchIndex(offices: OfficeDetail[]): Uint8Array {
  if (offices.length <= 1) return buildIndexOf(offices);
  return mergeIndexes(offices.map((office) => ({ index: loadSearchIndex(buildSegment(office)) })));
}

function buildIndexOf(offices: OfficeDetail[]): Uint8Array {
  const t2s = buildT2sTable();
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
  const orig = new Uint16Array(total);
  const norm = new Uint16Array(total);
  const syl = new Uint16Array(total);
  const uni = new PostingsBuilder();
  const bi = new PostingsBuilder();
  const nameInitials = new PostingsBuilder();
  const sylChar = new Set<number>();

  // Where each office's records and units begin (records and units are in office order).
  const officeStart = new Uint32Array(officeTable.length + 1).fill(records.length);
  const officeUnits = Uint32Array.from([...unitStart, units.length]);
  for (let rec = records.length - 1; rec >= 0; rec--) officeStart[records[rec].office] = rec;
  for (let o = officeTable.length - 1; o >= 0; o--) officeStart[o] = Math.min(officeStart[o], officeStart[o + 1]);

  records.forEach((r, rec) => {
    recKind[rec] = r.kind * 4 + r.sub;
    recUnit[rec] = r.unit;
    recOffice[rec] = r.office;
    recLine[rec] = r.line;
    const at = recStart[rec];
    for (let i = 0; i < r.text.length; i++) {
      const code = r.text.charCodeAt(i);
      orig[at + i] = code;
      norm[at + i] = foldCode(code, t2s);
    }
    let folded = '';
    for (let i = at; i < at + r.text.length; i += 4096)
      folded += String.fromCharCode(...norm.subarray(i, Math.min(at + r.text.length, i + 4096)));
    readingsOf(folded).forEach((p, i) => {
      if (p) syl[at + i] = syllables.id(p);
    });
    if (r.kind === KIND.office || r.kind === KIND.unit || r.kind === KIND.person) {
      // Syllables of names, and their initial letters alone, in consecutive pairs
      // (punctuation between Han characters is skipped, as matching does) and the first one:
      // candidates for pinyin and initials; one typed letter lists the names that start with it.
      let prev = -1;
      let started = false;
      for (let i = 0; i < folded.length; i++) {
        const id = syl[at + i];
        if (id) {
          nameInitials.add(syllableKey(id), rec);
          const letter = syllables.list[id].charCodeAt(0) - 97;
          nameInitials.add(initialKey(letter), rec);
          if (prev >= 0) nameInitials.add(initialKey(prev, letter), rec);
          else if (!started) nameInitials.add(initialKey(letter, 'first'), rec);
          started = true;
          prev = letter;
        } else if (isWordCode(norm[at + i])) prev = -1;
      }
    }
    for (let i = 0; i < folded.length; i++) {
      const c = norm[at + i];
      if (!isWordCode(c)) continue;
      uni.add(c, rec);
      if (i + 1 < folded.length && isWordCode(norm[at + i + 1])) bi.add(c * 65536 + norm[at + i + 1], rec);
      if (syl[at + i] && isHanCode(c)) sylChar.add(syl[at + i] * 65536 + c);
    }
  });

  // The main reading of every common Han character, for the query side (homophone typos
  // such as 亚州处 for 亚洲处, where the typed character need not occur in any document).
  const hanSyl = canonicalSyllables().hanSyl;

  // Syllable → the characters that are read so in the documents (pinyin → candidates).
  const pairs = [...sylChar].sort((a, b) => a - b);
  const sylOffsets = new Uint32Array(syllables.list.length + 1);
  const sylChars = new Uint16Array(pairs.length);
  pairs.forEach((p, i) => {
    sylChars[i] = p % 65536;
    sylOffsets[Math.floor(p / 65536) + 1]++;
  });
  for (let s = 1; s <= syllables.list.length; s++) sylOffsets[s] += sylOffsets[s - 1];

  const t2sPairs = [...t2s.entries()];
  const uniP = uni.finish(recOffice, officeStart);
  const biP = bi.finish(recOffice, officeStart);
  const nameP = nameInitials.finish(recOffice, officeStart);
  const meta: IndexMeta = {
    syllables: syllables.list,
    offices: officeTable,
    units,
  };
  return writeBlob(meta, {
    recStart,
    recKind,
    recUnit,
    recOffice,
    recLine,
    orig,
    norm,
    syl,
    officeStart,
    officeUnits,
    ...postingsSections('uni', uniP),
    ...postingsSections('bi', biP),
    ...postingsSections('nameInitial', nameP),
    hanSyl,
    sylOffsets,
    sylChars,
    t2sFrom: Uint16Array.from(t2sPairs, (p) => p[0]),
    t2sTo: Uint16Array.from(t2sPairs, (p) => p[1]),
  });
}
