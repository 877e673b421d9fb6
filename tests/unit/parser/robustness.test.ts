// The parser never throws, whatever the string, and runs in linear time: adversarial inputs
// that would make a backtracking regex quadratic must finish quickly.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDocument, parseDocument, splitLines } from '../../../shared/parser/index.ts';
import type { ParsedUnit } from '../../../shared/types.ts';
import { allTexts, ROOT } from './helpers.ts';

const N = 100_000;

const ADVERSARIAL: [string, string][] = [
  ['a long run of blanks before a token', `外${' '.repeat(N)}a`],
  ['blank runs between words', `外事${' \u3000'.repeat(N / 2)}工作`],
  ['open parentheses', `外${'（'.repeat(N)}`],
  ['open brackets', `外${'['.repeat(N)}`],
  ['repeated title colons', '主任：'.repeat(N / 3)],
  ['repeated title colons with blanks', `主任：${'张三　'.repeat(N / 3)}`],
  ['enumeration commas', `内设机构：${'、'.repeat(N)}`],
  ['an endless former-name clause', `由原${'甲'.repeat(N)}`],
  ['endless nameplates', '加挂'.repeat(N / 2)],
  ['labels without end', '一、'.repeat(N / 2)],
  ['articles without end', '第一条'.repeat(N / 3)],
  ['pinyin-like parentheses', '國(guó'.repeat(N / 6)],
  ['digits and dots', '1.'.repeat(N / 2)],
  ['a date-like run', '2019年'.repeat(N / 5)],
  ['many short lines', '一、办公室\n负责\n'.repeat(N / 10)],
  ['many count declarations', '设9个处，'.repeat(N / 5)],
  ['many contact labels', '电话：'.repeat(N / 3)],
  ['ASCII garbage', 'r,?3HH4?1UQ8:8m '.repeat(N / 16)],
  ['indentation runs that split nothing', '负责　　'.repeat(N / 4)],
  [
    'a paragraph hard-wrapped over 20000 lines',
    `主要职责\n${'负责全省外事工作负责全省外事工作负责全省外事工作负责\n'.repeat(20_000)}`,
  ],
  ['indentation runs that split everything', '一、综合处　　负责。　　'.repeat(N / 12)],
];

describe('parseDocument on adversarial input', () => {
  it.each(ADVERSARIAL)('%s: returns a document quickly', (_, text) => {
    // This thread's CPU time, not wall time: on a loaded machine the wall clock counts other
    // processes' turns, and the process's CPU counts the GC threads, which a worker holding
    // other files' data keeps busy (5.8 s where the parse alone takes 1.2 s). Node 22 lacks
    // `threadCpuUsage`; there the process's CPU is the nearest measure.
    const cpu = (): NodeJS.CpuUsage => (process.threadCpuUsage ?? process.cpuUsage)();
    const started = cpu();
    const doc = parseDocument(text);
    const spent = cpu();
    const took = (spent.user - started.user + spent.system - started.system) / 1000;
    expect(doc.office).toBeDefined();
    expect(doc.diagnostics.some((d) => d.code === 'parser-error')).toBe(false);
    // Generous for a shared CPU (the slowest input takes about 1.2 s alone); a quadratic
    // blow-up at this size takes minutes.
    expect(took).toBeLessThan(10_000);
  });
});

describe('parseDocument never throws', () => {
  it('returns a document for empty and odd strings', () => {
    for (const text of [
      '',
      '\n',
      '\r\r\r',
      '\uFEFF',
      '\u0000\u0001',
      '()（）[]【】',
      '：:：',
      '一、',
      '(一)',
      '第一条',
      '\ud800',
      '😀'.repeat(100),
    ]) {
      const doc = parseDocument(text);
      expect(Array.isArray(doc.diagnostics)).toBe(true);
      expect(typeof doc.office.name).toBe('string');
    }
  });

  it('returns a document for random strings drawn from the characters pages use', () => {
    const alphabet = [
      ...'一二三四五六七八九十（）()、。，,；;：: \u3000\t\n\r处室科中心办公室主任副书记地址电话荣誉简介主要职责内设机构直属单位免责声明加挂牌子由原更名2019年3月1.-[]［］國(guó)abcXYZ?~!@#',
    ];
    let seed = 42;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let round = 0; round < 300; round++) {
      const length = next() % 400;
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[next() % alphabet.length];
      const doc = parseDocument(text);
      expect(
        doc.diagnostics.some((d) => d.code === 'parser-error'),
        text,
      ).toBe(false);
    }
  });
});

describe('parseDocument invariants on shuffled real lines', () => {
  const pool = [
    ...readFileSync(`${ROOT}data/000_8d796a1540accf81.txt`, 'utf8').split('\n'),
    ...readdirSync(`${ROOT}tests/fixtures/documents`)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => {
        const decoded = decodeDocument(readFileSync(`${ROOT}tests/fixtures/documents/${f}`));
        return decoded.ok ? splitLines(decoded.text) : [];
      }),
  ];

  it('keeps every line number inside the document and every text on one line, unit names non-empty', () => {
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let round = 0; round < 200; round++) {
      const lines = Array.from({ length: 1 + (next() % 60) }, () => pool[next() % pool.length]);
      const doc = parseDocument(lines.join(next() % 2 ? '\n' : '\r\n'));
      const o = doc.office;
      const units = (list: ParsedUnit[]): ParsedUnit[] => list.flatMap((u) => [u, ...units(u.units)]);
      const numbered = [
        ...o.duties,
        ...o.people,
        ...o.honors,
        ...o.contacts,
        ...units(o.units).flatMap((u) => [u, ...u.duties, ...u.people]),
        ...doc.diagnostics,
      ];
      for (const item of numbered) {
        expect(item.line).toBeGreaterThanOrEqual(1);
        expect(item.line).toBeLessThanOrEqual(lines.length);
      }
      for (const u of units(o.units)) expect(u.name.length).toBeGreaterThan(0);
      for (const text of allTexts(doc)) expect(text).not.toMatch(/[\r\n]/);
      expect(doc.diagnostics.some((d) => d.code === 'parser-error')).toBe(false);
    }
  });
});
