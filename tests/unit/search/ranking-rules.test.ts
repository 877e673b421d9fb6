// The ranking rules as properties over generated offices: whatever the topic words, clause
// lengths and surroundings, the rule holds. Topic words come from characters whose readings
// differ from each other and from the filler, so no homophone blurs what a record holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex, search } from '../../../shared/search/index.ts';
import { idCounter } from '../../../shared/search/from-parsed.ts';
import type { OfficeDetail } from '../../../shared/types.ts';
import { makeOffice } from './make-office.ts';

const TOPIC_CHARS = [...'鹰鲸鹿狐狼熊猴蛇龟燕鸽鹅鸭松梅竹菊兰'];
const FILLER = ['负责', '本地区', '有关事项的', '组织协调', '和服务保障', '工作'];

const filler = fc.array(fc.constantFrom(...FILLER), { minLength: 1, maxLength: 6 }).map((w) => w.join(''));

/** `n` distinct topic words of 2..3 characters, no character shared between them. */
const topics = (n: number) =>
  fc
    .shuffledSubarray(TOPIC_CHARS, { minLength: 3 * n, maxLength: 3 * n })
    .chain((chars) =>
      fc
        .array(fc.integer({ min: 2, max: 3 }), { minLength: n, maxLength: n })
        .map((lengths) => lengths.map((len, i) => chars.slice(3 * i, 3 * i + len).join(''))),
    );

const indexOf = (offices: OfficeDetail[]) => loadSearchIndex(buildSearchIndex(offices));
const RUNS = { numRuns: Number(process.env.RANKING_PROPERTY_RUNS ?? 25) };

describe('ranking rules', () => {
  it("a unit's own duty outranks an office-level duty that mentions the topic, whatever the clause lengths", () => {
    fc.assert(
      fc.property(topics(1), filler, filler, filler, filler, ([topic], a, b, c, d) => {
        const office = makeOffice({
          name: '测试局',
          duties: [`${a}${topic}${b}`],
          units: [{ name: '综合处' }, { name: '业务处', duties: [`${c}${topic}${d}`] }],
        });
        const hits = search(indexOf([office]), topic).hits;
        expect(hits[0]).toMatchObject({ kind: 'duty', unit: '业务处' });
        expect(hits.findIndex((h) => h.kind === 'duty' && h.unit === null)).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('an exact unit name beats a name that holds only part of the query', () => {
    fc.assert(
      fc.property(topics(2), filler, ([name, other], duty) => {
        const exact = `${name}处`;
        const partial = `${name.slice(0, 2)}${other}处`;
        // Either order in the office: the tie-break (office order) must not decide it.
        for (const units of [
          [{ name: partial, duties: [duty] }, { name: exact }],
          [{ name: exact }, { name: partial, duties: [duty] }],
        ]) {
          const hits = search(indexOf([makeOffice({ name: '测试局', units })]), exact).hits;
          expect(hits[0]).toMatchObject({ kind: 'unit', unit: exact });
        }
      }),
      RUNS,
    );
  });

  it('a record holding more of the query ranks above one holding less', () => {
    fc.assert(
      fc.property(topics(2), filler, filler, filler, ([w1, w2], a, b, c) => {
        const office = makeOffice({
          name: '测试局',
          units: [
            { name: '甲处', duties: [`${a}${w1}${b}${c}`] },
            { name: '乙处', duties: [`${a}${w1}${b}${w2}${c}`] },
          ],
        });
        const hits = search(indexOf([office]), `${w1} ${w2}`).hits;
        expect(hits[0].unit).toBe('乙处');
      }),
      RUNS,
    );
  });

  it('a clear best answer stays first, and units holding part of the query follow it, ranked below', () => {
    fc.assert(
      fc.property(topics(3), filler, filler, ([w1, w2, w3], a, b) => {
        const office = makeOffice({
          name: '测试局',
          units: [
            { name: '甲处', duties: [`${a}${w3}${b}`] },
            { name: '乙处', duties: [`${a}${w1}${b}`] },
            { name: '丙处', duties: [`${a}${w1}${w2}${w3}${b}`] },
          ],
        });
        const hits = search(indexOf([office]), `${w1} ${w2} ${w3}`, { limit: 10 }).hits;
        expect(hits[0].unit).toBe('丙处');
        const partial = hits.filter((h) => h.unit === '甲处' || h.unit === '乙处');
        expect(partial.length).toBe(2);
        for (const h of partial) expect(h.score).toBeGreaterThan(hits[0].score);
      }),
      RUNS,
    );
  });

  it('lists at most four next units below the best', () => {
    fc.assert(
      fc.property(topics(2), filler, ([w1, w2], a) => {
        const office = makeOffice({
          name: '测试局',
          units: [
            { name: '全处', duties: [`${a}${w1}${w2}`] },
            // Six units that each hold one of the two terms, as often as the other.
            ...Array.from({ length: 6 }, (_, i) => ({ name: `第${i + 1}处`, duties: [`${a}${i % 2 ? w1 : w2}`] })),
          ],
        });
        const hits = search(indexOf([office]), `${w1} ${w2}`, { limit: 20 }).hits;
        expect(hits[0].unit).toBe('全处');
        const next = hits.filter((h) => h.unit?.startsWith('第'));
        expect(next.length).toBe(4);
        for (const h of next) expect(h.score).toBeGreaterThan(hits[0].score);
      }),
      RUNS,
    );
  });

  it('a term found in one record outweighs two generic terms found together in another office', () => {
    fc.assert(
      fc.property(
        topics(3),
        fc.integer({ min: 6, max: 12 }),
        filler,
        filler,
        ([rare, common1, common2], spread, a, b) => {
          const ids = idCounter();
          const product = makeOffice(
            { name: '甲局', units: [{ name: '综合处' }, { name: '产品处', duties: [`${a}${rare}${b}`] }] },
            ids,
          );
          // The generic words each appear in many records; together in one unit of another office.
          const generic = makeOffice(
            {
              name: '乙局',
              units: [
                { name: '监管处', duties: [`${common1}${b}${common2}`] },
                ...Array.from({ length: spread }, (_, i) => ({
                  name: `第${i + 1}处`,
                  duties: [`${a}${i % 2 ? common1 : common2}${b}`],
                })),
              ],
            },
            ids,
          );
          const hits = search(indexOf([generic, product]), `${rare} ${common1} ${common2}`).hits;
          expect(hits[0]).toMatchObject({ office: '甲局', unit: '产品处' });
        },
      ),
      RUNS,
    );
  });
});

describe('natural questions', () => {
  const ids = idCounter();
  const water = makeOffice(
    {
      name: '测试市水利局',
      units: [
        { name: '办公室', duties: ['负责机关文电、会务和档案工作'] },
        { name: '河湖管理科', duties: ['负责河道采砂的统一管理和监督检查'] },
        { name: '水资源科', duties: ['负责取水许可的审批'] },
      ],
    },
    ids,
  );
  const market = makeOffice(
    {
      name: '测试县市场监督管理局',
      units: [
        { name: '办公室', duties: ['负责局机关文电工作'] },
        { name: '质量股', duties: ['负责工业产品质量的监督管理'] },
      ],
    },
    ids,
  );
  const index = indexOf([water, market]);

  it('finds the topic of a question whose question words no record holds', () => {
    expect(search(index, '河道采砂归哪个处管').hits[0]).toMatchObject({ unit: '河湖管理科' });
    expect(search(index, '取水许可怎么办理').hits[0]).toMatchObject({ unit: '水资源科' });
    expect(search(index, '采砂找谁').hits[0]).toMatchObject({ unit: '河湖管理科' });
  });

  it("reads an office's name and a unit's name typed together", () => {
    expect(search(index, '水利局办公室').hits[0]).toMatchObject({ office: '测试市水利局', unit: '办公室' });
    expect(search(index, '市场监督管理局 办公室').hits[0]).toMatchObject({
      office: '测试县市场监督管理局',
      unit: '办公室',
    });
  });

  it('lists the next plausible units below a clear best answer', () => {
    const hits = search(index, '机关文电工作找谁', { limit: 10 }).hits;
    expect(hits.slice(0, 2).map((h) => [h.office, h.unit])).toEqual([
      ['测试县市场监督管理局', '办公室'],
      ['测试市水利局', '办公室'],
    ]);
    expect(hits[1].score).toBeGreaterThan(hits[0].score);
  });

  it('still finds nothing for words no record holds', () => {
    expect(search(index, '量子计算机').hits).toEqual([]);
    expect(search(index, '量子计算机归谁管').hits).toEqual([]);
  });
});
