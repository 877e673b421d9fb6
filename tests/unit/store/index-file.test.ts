// The index file read in pages: open reads everything but the text and the postings' lists,
// a query reads the pages it looks at, and a damaged page is refused in one sentence
// whenever it is first read, never searched.
import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openIndexFile, writeIndexFile } from '../../../electron/node/store/index-file.ts';
import { idCounter } from '../../../shared/search/from-parsed.ts';
import {
  buildSearchIndex,
  buildSegment,
  CorruptIndexError,
  loadSearchIndex,
  mergedIndex,
  search,
} from '../../../shared/search/index.ts';
import { recText } from '../../../shared/search/record.ts';
import { makeOffice } from '../search/make-office.ts';
import { tempDir } from './helpers.ts';

const ids = idCounter();
const finance = makeOffice(
  {
    name: '测试市金融工作局',
    units: [
      { name: '銀行監管處', duties: ['負責ＡＢＣ類機構的備案'] },
      { name: '重庆联络处', duties: ['负责与银行业协会的联系'] },
      { name: '综合处', duties: ['负责机关文电、会务、机要、档案等工作'] },
    ],
  },
  ids,
);
const archives = makeOffice(
  { name: '测试市档案局', units: [{ name: '保管利用处', duties: ['负责馆藏档案的保管'] }] },
  ids,
);
const blob = buildSearchIndex([finance, archives]);
/** Small pages, so that a query reads some pages and leaves others. */
const PAGE = 64;

function written(pageSize = PAGE): string {
  const file = path.join(tempDir(), 'search.index');
  writeIndexFile(file, blob, pageSize);
  return file;
}

/** Where a section's bytes start in the file (after the page table and the blob's header), and how many there are. */
function sectionAt(file: string, name: string): { at: number; bytes: number } {
  const bytes = readFileSync(file);
  const start = 16 + 4 * bytes.readUInt32LE(8);
  const headerLength = bytes.readUInt32LE(start + 4);
  const header = JSON.parse(bytes.subarray(start + 8, start + 8 + headerLength).toString()) as {
    sections: { name: string; offset: number; type: string; length: number }[];
  };
  const dataStart = (8 + headerLength + 3) & ~3;
  const section = header.sections.find((s) => s.name === name)!;
  const width = section.type === 'u8' ? 1 : section.type === 'u16' ? 2 : 4;
  return { at: start + dataStart + section.offset, bytes: section.length * width };
}

function flipByte(file: string, at: number): void {
  const bytes = readFileSync(file);
  bytes[at] ^= 0x20;
  writeFileSync(file, bytes);
}

const unitNameOf = (hit: { unitId: number | null } | undefined) =>
  [...finance.units, ...archives.units].find((u) => u.id === hit?.unitId)?.name;

describe('the paged index file', () => {
  it('answers as the whole blob does, after reading less than all of it', () => {
    const opened = openIndexFile(written());
    try {
      const atOpen = opened.bytesRead();
      expect(atOpen).toBeLessThan(blob.byteLength);
      // The last office's records: text on the last pages, which open leaves unread.
      expect(unitNameOf(search(opened.index, '馆藏档案').hits[0])).toBe('保管利用处');
      expect(opened.bytesRead()).toBeGreaterThan(atOpen);
      const hit = search(opened.index, '银行监管').hits[0];
      expect(unitNameOf(hit)).toBe('銀行監管處');
      expect(hit?.text).toBe('銀行監管處');
      expect(search(opened.index, '机构备案').hits[0]?.text).toBe('負責ＡＢＣ類機構的備案');
      opened.index.readAll();
      expect(opened.bytesRead()).toBe(blob.byteLength);
    } finally {
      opened.close();
    }
  });

  it('merges with a segment (reading its remaining pages first)', () => {
    const opened = openIndexFile(written());
    try {
      const segment = loadSearchIndex(
        buildSegment(
          makeOffice({ name: '测试市统计局', units: [{ name: '普查中心', duties: ['负责人口普查'] }] }, ids),
        ),
      );
      const merged = mergedIndex([{ index: opened.index }, { index: segment }]);
      expect(merged.meta.offices.map((o) => o.name)).toEqual(['测试市金融工作局', '测试市档案局', '测试市统计局']);
      const texts = search(merged, '备案').hits.map((h) => h.text);
      expect(texts).toContain('負責ＡＢＣ類機構的備案');
      expect(search(merged, '人口普查').hits[0]?.text).toBe('负责人口普查');
    } finally {
      opened.close();
    }
  });

  it('is written whole or not at all: no partial file is left beside it', () => {
    const file = written();
    expect(existsSync(`${file}.partial`)).toBe(false);
  });

  it('refuses a damaged header page at open', () => {
    const file = written();
    flipByte(file, sectionAt(file, 'recStart').at - 20);
    expect(() => openIndexFile(file)).toThrow(CorruptIndexError);
  });

  it('refuses a damaged record table at open', () => {
    const file = written();
    flipByte(file, sectionAt(file, 'recKind').at);
    expect(() => openIndexFile(file)).toThrow(/search index is unreadable \(damaged page \d+\)/);
  });

  it('opens with a damaged text page, and refuses it when a query first reads it', () => {
    const file = written();
    const opened = openIndexFile(file);
    const rec = 1;
    const text = recText(opened.index, rec, 'norm');
    opened.close();
    // Damage the text far from record 1: the record's own page still reads.
    const bytes = readFileSync(file);
    flipByte(file, bytes.length - 6);
    const damaged = openIndexFile(file);
    try {
      expect(recText(damaged.index, rec, 'norm')).toBe(text);
      expect(() => damaged.index.readAll()).toThrow(CorruptIndexError);
      // Refused again on the next read, never served.
      expect(() => damaged.index.readAll()).toThrow(CorruptIndexError);
    } finally {
      damaged.close();
    }
  });

  it('refuses a damaged postings page when a query walks it', () => {
    const file = written();
    // Mid-list, on a page no section read at open shares.
    const lists = sectionAt(file, 'uniData');
    flipByte(file, lists.at + (lists.bytes >> 1));
    const opened = openIndexFile(file);
    try {
      expect(() => opened.index.readAll()).toThrow(/damaged page/);
    } finally {
      opened.close();
    }
  });

  it('refuses a damaged page table, a truncated file, a file of something else and a missing file', () => {
    const table = written();
    flipByte(table, 20);
    expect(() => openIndexFile(table)).toThrow(/bad page table/);

    const truncated = written();
    truncateSync(truncated, readFileSync(truncated).length - 100);
    expect(() => openIndexFile(truncated)).toThrow(CorruptIndexError);

    const other = path.join(tempDir(), 'notes.txt');
    writeFileSync(other, '这不是索引文件，只是一段文字。'.repeat(10));
    expect(() => openIndexFile(other)).toThrow(/not an OrgAtlas search index file/);

    expect(() => openIndexFile(path.join(tempDir(), 'absent.index'))).toThrow(/cannot be opened/);
  });

  it('reads with a page larger than the whole index', () => {
    const opened = openIndexFile(written(1 << 20));
    try {
      expect(opened.bytesRead()).toBe(blob.byteLength);
      expect(unitNameOf(search(opened.index, '重庆').hits[0])).toBe('重庆联络处');
    } finally {
      opened.close();
    }
  });
});
