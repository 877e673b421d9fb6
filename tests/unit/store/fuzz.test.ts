// Property-based fuzzing (fast-check) of the parser and the importer. Documents are drawn
// from the shapes office descriptions take (section headings, numbered items, unit headings,
// people, contacts) mixed with arbitrary text and bytes. The parser must never throw and keep
// its line numbers inside the document; the decoder must never throw; an import must either
// land whole, as parsed, or fail with one sentence and leave the database as it was.
// ORGATLAS_FUZZ_RUNS scales the run counts (`npm run fuzz` runs ten times as many).
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../electron/node/store/errors.ts';
import { decodeDocument, parseDocument, splitLines } from '../../../shared/parser/index.ts';
import type { ParsedUnit } from '../../../shared/types.ts';
import { DocumentError } from '../../../electron/node/documents/load.ts';
import { openStore } from '../../../electron/node/store/store.ts';
import { tempDir } from './helpers.ts';

const SCALE = Number(process.env.ORGATLAS_FUZZ_RUNS ?? 1);
const PARSER_RUNS = 9000 * SCALE;
const DECODER_RUNS = 1500 * SCALE;
const IMPORT_RUNS = 120 * SCALE;

const numerals = '一二三四五六七八九十';
const headings = [
  '主要职责',
  '内设机构',
  '直属单位',
  '领导信息',
  '联系方式',
  '荣誉',
  '机构简介',
  '职能转变',
  '人员编制',
];
const unitNames = [
  '办公室',
  '综合处',
  '护照签证处',
  '礼宾处',
  '新闻文化处',
  '机关党委',
  '信息中心',
  '服务中心',
  '亚洲处（港澳事务处）',
];
const phrases = [
  '负责',
  '承担',
  '拟订',
  '组织实施',
  '全省',
  '外事工作',
  '因公出国（境）',
  '管理',
  '；',
  '。',
  '，',
  '加挂',
  '牌子',
  '原',
  '更名为',
];

const line = fc.oneof(
  fc.constantFrom(...headings),
  fc.tuple(fc.integer({ min: 0, max: 9 }), fc.constantFrom(...unitNames)).map(([n, u]) => `${numerals[n]}、${u}`),
  fc.tuple(fc.integer({ min: 0, max: 9 }), fc.constantFrom(...unitNames)).map(([n, u]) => `（${numerals[n]}）${u}`),
  fc.array(fc.constantFrom(...phrases), { minLength: 1, maxLength: 12 }).map((p) => p.join('')),
  fc
    .tuple(fc.constantFrom('主任', '副主任', '处长'), fc.constantFrom('张三', '李四', '王芳'))
    .map(([t, n]) => `${t}：${n}`),
  fc.constantFrom('电话：0791-88888888', '地址：南昌市红谷滩区', '邮编：330000', '设9个处', '第一条', '国(guó)'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('', ' ', '\u3000\u3000', '\t'),
);
const lineBreak = fc.constantFrom('\n', '\r\n', '\r');
const documentText = fc
  .tuple(
    fc.constantFrom('', '样例市人民政府外事办公室', '样例省统计局简介', '机构职能'),
    fc.array(fc.tuple(line, lineBreak), { maxLength: 40 }),
  )
  .map(([title, rest]) => title + rest.map(([l, br]) => br + l).join(''));

function unitLines(units: ParsedUnit[]): number[] {
  return units.flatMap((u) => [
    u.line,
    ...u.duties.map((d) => d.line),
    ...u.people.map((p) => p.line),
    ...unitLines(u.units),
  ]);
}

describe('fuzzing the parser', () => {
  it(`parses ${PARSER_RUNS} generated documents without throwing, every line number inside the document`, () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const doc = parseDocument(text);
        const lineCount = splitLines(text).length;
        const { office } = doc;
        const lines = [
          ...unitLines(office.units),
          ...office.duties.map((d) => d.line),
          ...office.people.map((p) => p.line),
          ...office.honors.map((h) => h.line),
          ...office.contacts.map((c) => c.line),
          ...doc.diagnostics.map((d) => d.line),
        ];
        expect(typeof office.name).toBe('string');
        for (const n of lines) expect(n >= 0 && n <= lineCount, `line ${n} of ${lineCount}`).toBe(true);
      }),
      { numRuns: PARSER_RUNS },
    );
  }, 120_000);

  it(`decodes ${DECODER_RUNS} arbitrary byte strings without throwing`, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const decoded = decodeDocument(bytes);
        if (decoded.ok) expect(typeof decoded.text).toBe('string');
        else expect(decoded.message).not.toContain('\n');
      }),
      { numRuns: DECODER_RUNS },
    );
  }, 120_000);
});

describe('fuzzing the importer', () => {
  it(`imports ${IMPORT_RUNS} generated files: each lands as parsed or fails in one sentence, changing nothing`, async () => {
    const dir = tempDir();
    const store = openStore(path.join(dir, 'fuzz.db'), { create: true });
    let n = 0;
    let landed = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          documentText.map((t) => new TextEncoder().encode(t)),
          fc.uint8Array({ maxLength: 300 }),
        ),
        async (bytes) => {
          const file = path.join(dir, `doc-${n++}.txt`);
          writeFileSync(file, bytes);
          const before = store.exportAll('json');
          let reports;
          try {
            reports = await store.importFiles([file]);
          } catch (err) {
            expect(err instanceof DocumentError || err instanceof StoreError, String(err)).toBe(true);
            expect((err as Error).message).not.toContain('\n');
            expect(store.exportAll('json')).toBe(before);
            return;
          }
          landed++;
          const office = store.getOffice(reports[0]!.officeId);
          expect(office.name).toBe(reports[0]!.office);
          expect(office.source.path).toBe(path.basename(file));
          expect(store.search(office.name).hits.some((h) => h.officeId === office.id)).toBe(true);
        },
      ),
      { numRuns: IMPORT_RUNS },
    );
    store.close();
    // The generator must reach both outcomes.
    expect(landed).toBeGreaterThan(0);
    expect(landed).toBeLessThan(IMPORT_RUNS);
  }, 120_000);
});
