import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex, search } from '../../../shared/search/index.ts';
import { idCounter } from '../../../shared/search/from-parsed.ts';
import { makeOffice } from './make-office.ts';

const ids = idCounter();
const fao = makeOffice(
  {
    name: '测试省外事办公室',
    duties: ['归口管理全省因公出国(境)工作,颁发管理因公护照', '管理来访的外国记者'],
    units: [
      { name: '综合处', duties: ['负责机关文电、会务、档案工作'] },
      { name: '出国(境)管理处', duties: ['负责因公出国护照、赴港澳通行证颁发和管理工作'] },
      { name: '领事安全处', duties: ['管理并协调外国在华常驻记者的采访工作'] },
      { name: '欧洲处', duties: ['负责欧洲地区国际友好城市缔结与交流工作', '承担欧洲地区外宾的接待工作'] },
      { name: '美洲处', duties: ['负责美洲地区国际友好城市缔结与交流工作', '承担美洲地区外宾的接待工作'] },
      {
        name: '直属机关党委',
        people: [['专职副书记', '顾健红']],
        units: [{ name: '离退休干部科', duties: ['负责离退休干部服务'] }],
      },
    ],
    honors: ['获得全省外事工作先进单位称号'],
  },
  ids,
);
const edu = makeOffice(
  { name: '测试省教育厅', units: [{ name: '综合处', duties: ['负责机关文电、会务、档案工作'] }] },
  ids,
);
const index = loadSearchIndex(buildSearchIndex([fao, edu]));

describe('who handles it', () => {
  it("ranks a unit's own duty above the office-level duty that mentions the topic", () => {
    const hits = search(index, '因公护照', { officeId: fao.id }).hits;
    expect(hits[0]).toMatchObject({
      kind: 'duty',
      unit: '出国(境)管理处',
      text: '负责因公出国护照、赴港澳通行证颁发和管理工作',
      matches: [
        [2, 4],
        [6, 8],
      ],
    });
    expect(hits[1]).toMatchObject({ kind: 'duty', unit: null, text: '归口管理全省因公出国(境)工作,颁发管理因公护照' });
  });

  it('matches words apart in a clause', () => {
    const hits = search(index, '外国记者', { officeId: fao.id }).hits;
    expect(hits[0].unit).toBe('领事安全处');
    // 美洲处 holds only 友好城市: a plausible next unit, listed below.
    const both = search(index, '欧洲 友好城市').hits;
    expect(both.map((h) => h.unit)).toEqual(['欧洲处', '美洲处']);
    expect(both[1].score).toBeGreaterThan(both[0].score);
  });

  it('tolerates a homophone or a wrong character and a missing parenthetical', () => {
    expect(search(index, '殴洲处').hits[0].unit).toBe('欧洲处');
    expect(search(index, '领事安全科').hits[0].unit).toBe('领事安全处');
    expect(search(index, '出国管理').hits[0]).toMatchObject({ kind: 'unit', unit: '出国(境)管理处' });
  });

  it('puts an exact unit name above a duty that mentions it', () => {
    const hits = search(index, '综合处', { officeId: fao.id }).hits;
    expect(hits[0]).toMatchObject({ kind: 'unit', unit: '综合处', text: '综合处', matches: [[0, 3]] });
  });

  it('lists units first, each once with its best evidence, then the other hits', () => {
    const hits = search(index, '外宾', { officeId: fao.id }).hits;
    expect(hits.map((h) => h.unit)).toEqual(['欧洲处', '美洲处']);
    const twinning = search(index, '友好城市 交流', { officeId: fao.id }).hits;
    expect(twinning.map((h) => [h.kind, h.unit])).toEqual([
      ['duty', '欧洲处'],
      ['duty', '美洲处'],
    ]);
    const both = search(index, '欧洲').hits;
    expect(both.map((h) => h.unit)).toEqual(['欧洲处', '欧洲处', '欧洲处']);
    expect(both[0]).toMatchObject({ kind: 'unit', text: '欧洲处' });
  });

  it("finds an office by its name before a unit's duty that mentions it", () => {
    const office = makeOffice({
      name: '测试市外事办公室',
      units: [{ name: '后勤服务中心', duties: ['承担市外事办公室机关后勤服务工作'] }],
    });
    const own = loadSearchIndex(buildSearchIndex([office]));
    expect(search(own, '外事办公室').hits.map((h) => [h.kind, h.unit])).toEqual([
      ['office', null],
      ['duty', '后勤服务中心'],
    ]);
    expect(search(own, '后勤服务').hits[0]).toMatchObject({ kind: 'unit', unit: '后勤服务中心' });
  });

  it("breaks ties by the office's own order, offices in order too", () => {
    expect(search(index, '档案').hits.map((h) => [h.office, h.unit])).toEqual([
      ['测试省外事办公室', '综合处'],
      ['测试省教育厅', '综合处'],
    ]);
  });

  it('says which unit a person, a sub-unit and an office-level item belong to', () => {
    expect(search(index, '顾健红').hits[0]).toMatchObject({
      kind: 'person',
      unit: '直属机关党委',
      text: '专职副书记 顾健红',
    });
    expect(search(index, '离退休').hits[0]).toMatchObject({ unit: '离退休干部科' });
    expect(search(index, '先进单位').hits[0]).toMatchObject({ kind: 'honor', unit: null, office: '测试省外事办公室' });
    expect(search(index, '测试省教育厅').hits[0]).toMatchObject({
      kind: 'office',
      unit: null,
      officeId: edu.id,
      unitId: null,
    });
  });

  it('carries the ids and source line of the matched item', () => {
    const hit = search(index, '领事安全处').hits[0];
    const unit = fao.units.find((u) => u.name === '领事安全处');
    expect(hit).toMatchObject({ officeId: fao.id, unitId: unit?.id, line: unit?.line });
  });
});

describe('options', () => {
  it('filters by office', () => {
    expect(search(index, '档案', { officeId: edu.id }).hits.map((h) => h.office)).toEqual(['测试省教育厅']);
    expect(search(index, '档案', { officeId: 987654 }).hits).toEqual([]);
  });

  it('caps the number of hits', () => {
    expect(search(index, '处').hits.length).toBeGreaterThan(3);
    expect(search(index, '处', { limit: 3 }).hits).toHaveLength(3);
    expect(search(index, '处', { limit: 0 }).hits).toEqual([]);
    expect(search(index, '处', { limit: Number.NaN }).hits.length).toBe(6);
  });

  it('returns more hits than the default when asked', () => {
    const many = makeOffice({
      name: '大办',
      units: Array.from({ length: 60 }, (_, i) => ({ name: `第${i + 1}业务处` })),
    });
    const big = loadSearchIndex(buildSearchIndex([many]));
    expect(search(big, '业务处').hits).toHaveLength(20);
    const all = search(big, '业务处', { limit: 100 }).hits;
    expect(all).toHaveLength(60);
    expect(all.slice(0, 3).map((h) => h.unit)).toEqual(['第1业务处', '第2业务处', '第3业务处']);
  });

  it('echoes the query and reports its time', () => {
    const r = search(index, 'lsaq');
    expect(r.query).toBe('lsaq');
    expect(r.tookMs).toBeGreaterThanOrEqual(0);
  });
});

describe('odd queries never throw, and find what their words say', () => {
  // Nothing in either office is written with these: blanks, symbols, broken text, Latin runs.
  const nothing = [
    '',
    '   ',
    '\t\n',
    'x'.repeat(100_000),
    '😀😀',
    '\uD800',
    '\u0000\u0007',
    "'^!=|$",
    '(((',
    '1',
    'zzzzzzzzzzzzzzzzzzzz',
    `${'an'.repeat(15)}v`,
    'ａｂｃ１２３',
  ];
  for (const q of nothing) {
    it(`query ${JSON.stringify(q.slice(0, 20))}${q.length > 20 ? '…' : ''} finds nothing`, () => {
      const r = search(index, q);
      expect(r.hits).toEqual([]);
      expect(r.query).toBe(q);
    });
  }

  // Odd forms of real words find what the plain words find.
  const passport = ['出国(境)管理处', null];
  const found: [query: string, units: (string | null)[], text: RegExp][] = [
    ['护照'.repeat(5000), passport, /护照/],
    ['\u202E护照', passport, /护照/],
    ['欧 洲 友 好 城 市 交 流 工 作 负 责', ['欧洲处', '美洲处'], /友好城市/],
  ];
  for (const [q, units, text] of found) {
    it(`query ${JSON.stringify(q.slice(0, 20))}${q.length > 20 ? '…' : ''} finds ${units[0]}`, () => {
      const r = search(index, q);
      expect(r.hits.slice(0, units.length).map((h) => h.unit)).toEqual(units);
      for (const h of r.hits.slice(0, units.length)) expect(h.text).toMatch(text);
      expect(r.query).toBe(q);
    });
  }

  it('finds nothing for blank queries', () => {
    expect(search(index, '').hits).toEqual([]);
    expect(search(index, ' \u3000 ').hits).toEqual([]);
  });
});
