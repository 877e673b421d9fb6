// Import-time work: flatten the offices into records, fold their text, compute pinyin with
// pinyin-pro (in context, so polyphonic characters read right), derive the query-side tables
// (the shared traditional → simplified table, each character's main reading) and the n-gram
// postings, and write it all as one compact blob. Nothing here runs at start-up.
import { pinyin } from 'pinyin-pro';
import type { OfficeDetail } from '../types.ts';
import { writeBlob } from './blob.ts';
import { t2sTable } from '../text/simplified.ts';
import { isHanCode } from '../text/han.ts';
import { foldCode, isWordCode } from './fold.ts';
import { PostingsBuilder } from './postings.ts';
import { KIND, flattenOffices } from './records.ts';
import { HAN_FIRST, HAN_LAST, initialKey, syllableKey, type IndexMeta } from './layout.ts';

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

class SyllableTable {
  readonly list: string[] = [''];
  private ids = new Map<string, number>();

  id(syllable: string): number {
    const s = syllable.replace(/ü/g, 'v');
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(s);
      this.ids.set(s, id);
    }
    return id;
  }
}

/** One pinyin syllable id per UTF-16 unit of `text` (0 for anything that is not Han). */
function syllablesOf(text: string, table: SyllableTable): Uint16Array {
  const out = new Uint16Array(text.length);
  let pos = 0;
  for (const item of pinyin(text, { type: 'all', toneType: 'none', v: true })) {
    if (item.isZh && item.pinyin && item.origin.length === 1) out[pos] = table.id(item.pinyin);
    pos += item.origin.length;
  }
  return out;
}

export function buildSearchIndex(offices: OfficeDetail[]): Uint8Array {
  const t2s = t2sTable();
  const { offices: officeTable, units, records } = flattenOffices(offices);
  const syllables = new SyllableTable();
  const readings = new Map<string, Uint16Array>();

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

  records.forEach((r, rec) => {
    recKind[rec] = r.kind * 4 + r.sub;
    recUnit[rec] = r.unit;
    recOffice[rec] = r.office;
    recLine[rec] = r.line;
    const at = recStart[rec];
    let folded = '';
    for (let i = 0; i < r.text.length; i++) {
      const code = r.text.charCodeAt(i);
      orig[at + i] = code;
      const f = foldCode(code, t2s);
      norm[at + i] = f;
      folded += String.fromCharCode(f);
    }
    // Directories repeat themselves (完成省委、省政府交办的其他任务): read each text once.
    let ids = readings.get(folded);
    if (!ids) {
      ids = syllablesOf(folded, syllables);
      readings.set(folded, ids);
    }
    syl.set(ids, at);
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
  const hanSyl = new Uint16Array(HAN_LAST - HAN_FIRST + 1);
  mainReadings().forEach((p, i) => {
    if (p) hanSyl[i] = syllables.id(p);
  });

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
  const uniP = uni.finish();
  const biP = bi.finish();
  const nameP = nameInitials.finish();
  const meta: IndexMeta = { syllables: syllables.list, offices: officeTable, units };
  return writeBlob(meta, {
    recStart,
    recKind,
    recUnit,
    recOffice,
    recLine,
    orig,
    norm,
    syl,
    uniKeys: uniP.keys,
    uniOffsets: uniP.offsets,
    uniData: uniP.data,
    biKeys: biP.keys,
    biOffsets: biP.offsets,
    biData: biP.data,
    nameInitialKeys: nameP.keys,
    nameInitialOffsets: nameP.offsets,
    nameInitialData: nameP.data,
    hanSyl,
    sylOffsets,
    sylChars,
    t2sFrom: Uint16Array.from(t2sPairs, (p) => p[0]),
    t2sTo: Uint16Array.from(t2sPairs, (p) => p[1]),
  });
}
