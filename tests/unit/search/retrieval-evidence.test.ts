// Retrieval and evidence one rule at a time: where a Chinese word is cut, how terms are
// weighed, what counts as found, what initials may match, the unit kind a question asks for.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex, search } from '../../../shared/search/index.ts';
import { idCounter } from '../../../shared/search/from-parsed.ts';
import { planTerms, retrieve } from '../../../shared/search/retrieval.ts';
import { queryTerms } from '../../../shared/search/terms.ts';
import { makeOffice } from './make-office.ts';

const ids = idCounter();
const market = makeOffice(
  {
    name: '测试省市场监督管理局',
    duties: ['负责全省市场监督管理工作'],
    units: [
      { name: '特种设备处', duties: ['负责锅炉和电梯的安全监察'] },
      { name: '产品质量处', duties: ['负责工业产品质量的监督管理', '负责产品质量抽查'] },
      { name: '协调处', duties: ['承担省安全生产委员会办公室的日常工作', '负责12315投诉的转办'] },
      { name: '档案室', duties: ['负责档案收集和整理'] },
      { name: '专业技术处', duties: ['负责专业技术职称评审的管理'] },
    ],
  },
  ids,
);
const county = makeOffice({ name: '测试县教育局', units: [{ name: '教师股', duties: ['负责教师职称评审'] }] }, ids);
const index = loadSearchIndex(buildSearchIndex([market, county]));
const pieces = (q: string) => planTerms(index, queryTerms(q, index.t2s)).map((p) => p.term.text);
const all = { lo: 0, hi: index.recCount };
const byCoverage = (_rec: number, coverage: number) => coverage;

describe('question words', () => {
  const terms = (q: string) => queryTerms(q, index.t2s).map((t) => t.text);

  it('takes out the spoken frames of a question, and never a word that only holds one of their characters', () => {
    expect(terms('想知道锅炉检验标准是谁定的')).toEqual(['锅炉检验标准']);
    expect(terms('有没有电梯补贴')).toEqual(['电梯补贴']);
    expect(terms('是不是需要备案')).toEqual(['备案']);
    expect(terms('为什么产品质量抽查')).toEqual(['产品质量抽查']);
    expect(terms('思想教育')).toEqual(['思想教育']);
  });

  it('takes out A-not-A questions and spoken ways of asking what to do', () => {
    expect(terms('锅炉会不会爆炸')).toEqual(['锅炉', '爆炸']);
    expect(terms('这算不算价格欺诈')).toEqual(['价格欺诈']);
    expect(terms('电梯坏了咋办')).toEqual(['电梯坏']);
    expect(terms('营业执照丢了怎么弄')).toEqual(['营业执照丢']);
    expect(terms('锅炉检验没人管')).toEqual(['锅炉检验']);
  });

  it("takes out a complaint's someone, its 我要 and the spoken verb 搞", () => {
    expect(terms('有人偷排污水我要举报')).toEqual(['偷排污水', '举报']);
    expect(terms('有人在河里电鱼')).toEqual(['河里电鱼']);
    expect(terms('有人搞传销')).toEqual(['传销']);
    expect(terms('锅炉检验有人管吗')).toEqual(['锅炉检验']);
  });

  it('takes out when, how long and how much: they ask for the answer, not the topic', () => {
    expect(terms('锅炉检验什么时候做')).toEqual(['锅炉检验']);
    expect(terms('电梯补贴多少钱')).toEqual(['电梯补贴']);
    expect(terms('锅炉检验要多久')).toEqual(['锅炉检验']);
  });
});

describe('cutting a Chinese word', () => {
  it('cuts where two neighbours occur together in no record', () => {
    expect(pieces('电梯质量')).toEqual(['电梯', '质量']);
    expect(pieces('锅炉电梯')).toEqual(['锅炉', '电梯']);
  });

  it('makes no cut that leaves a lone character or a side no record holds a pair of', () => {
    expect(pieces('锅炉质')).toEqual(['锅炉质']);
    expect(pieces('量子计算机')).toEqual(['量子计算机']);
  });

  it('cuts off a side no record holds a pair of when it abbreviates words of a record', () => {
    // 安委会: 安全生产委员会, in order and close together; it takes in all it can (not 安委|会档案).
    expect(pieces('安委会档案')).toEqual(['安委会', '档案']);
    // 综治 abbreviates nothing here: a word no record holds in any pair, left off its neighbour.
    expect(pieces('综治工作')).toEqual(['工作']);
    // No cut when the whole word abbreviates a record (安全生产委员会办公室).
    expect(pieces('安委会办公室')).toEqual(['安委会办公室']);
    expect(search(index, '安委会办公室').hits[0]).toMatchObject({ unit: '协调处' });
  });

  it('leaves off the words around a topic that no record holds in any pair', () => {
    expect(pieces('小区电梯老是坏')).toEqual(['电梯']);
    expect(pieces('有人锅炉总坏')).toEqual(['锅炉']);
    expect(search(index, '小区电梯老是坏找谁').hits[0]).toMatchObject({ unit: '特种设备处' });
    // A lone character at the edge is the word's own end, and stays.
    expect(pieces('档案收集好')).toEqual(['档案收集好']);
    expect(pieces('查锅炉老是坏')).toEqual(['查锅炉']);
    // A word that abbreviates a record is kept whole (安全生产委员会).
    expect(pieces('安委会')).toEqual(['安委会']);
  });

  it('leaves a word whose pairs all occur, and Latin words, as they are', () => {
    expect(pieces('产品质量')).toEqual(['产品质量']);
    expect(pieces('dangan 电梯')).toEqual(['dangan', '电梯']);
  });
});

describe('weighing terms', () => {
  it('gives a term no record holds no weight, and a rarer term more weight', () => {
    const plans = planTerms(index, queryTerms('锅炉 质量 量子', index.t2s));
    const { weights } = retrieve(index, plans, all, 10, byCoverage);
    expect(weights[2]).toBe(0);
    expect(weights[0]).toBeGreaterThan(weights[1]);
    expect(weights[1]).toBeGreaterThan(0);
  });

  it('notes the offices whose own name holds a term', () => {
    const plans = planTerms(index, queryTerms('教育局 职称', index.t2s));
    const { officeNames } = retrieve(index, plans, all, 10, byCoverage);
    expect([...officeNames[0].keys()]).toEqual([1]);
    expect(officeNames[1].size).toBe(0);
  });

  it('hands back at most k candidates, best key first, the full share for a record with every term', () => {
    const plans = planTerms(index, queryTerms('产品 质量', index.t2s));
    const { candidates } = retrieve(index, plans, all, 2, byCoverage);
    expect(candidates).toHaveLength(2);
    expect(candidates[0].coverage).toBeCloseTo(1);
    expect(candidates[0].coverage).toBeGreaterThanOrEqual(candidates[1].coverage);
    const one = retrieve(index, plans, all, 50, byCoverage).candidates;
    expect(one.some((c) => c.coverage < 1)).toBe(false);
  });

  it('keeps to the range it is given', () => {
    const lo = index.officeStart[1];
    const plans = planTerms(index, queryTerms('职称评审', index.t2s));
    const { candidates } = retrieve(index, plans, { lo, hi: index.recCount }, 10, byCoverage);
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.every((c) => c.rec >= lo)).toBe(true);
  });
});

describe('evidence', () => {
  it('matches initials against names only, full pinyin and literal Latin text everywhere', () => {
    expect(search(index, 'dasj', { fuzzy: false }).hits).toEqual([]);
    expect(search(index, 'dangan').hits[0]).toMatchObject({ unit: '档案室' });
    expect(search(index, 'das').hits[0]).toMatchObject({ kind: 'unit', unit: '档案室' });
    expect(search(index, '12315').hits[0]).toMatchObject({ unit: '协调处', matches: [[2, 7]] });
  });

  it('highlights each term where it aligns, words apart included', () => {
    expect(search(index, '安委会办公室').hits[0]).toMatchObject({
      unit: '协调处',
      matches: [
        [3, 4],
        [7, 8],
        [9, 13],
      ],
    });
  });

  it('drops a record that holds much less of the query than the best one', () => {
    const units = search(index, '锅炉 电梯 质量', { limit: 10 }).hits.map((h) => h.unit);
    expect(units[0]).toBe('特种设备处');
    expect(units).not.toContain('产品质量处');
  });
});

describe('the kind of unit a question asks for', () => {
  it('prefers a unit whose name ends as asked', () => {
    expect(search(index, '职称评审归哪个处').hits[0]).toMatchObject({ unit: '专业技术处' });
    expect(search(index, '职称评审归哪个股').hits[0]).toMatchObject({ unit: '教师股' });
  });
});

describe('fuzzy pinyin names (fuse.js)', () => {
  it('corrects a Latin slip that is not pinyin, and only when asked to', () => {
    expect(search(index, 'tezhongshebeichu').hits[0]).toMatchObject({ unit: '特种设备处' });
    expect(search(index, 'tezhongshbeichu').hits[0]).toMatchObject({ unit: '特种设备处' });
    expect(search(index, 'tezhongshbeichu', { fuzzy: false }).hits).toEqual([]);
  });

  it('does not correct letters that read as pinyin', () => {
    expect(search(index, 'tezhongshepeichu').hits).toEqual([]);
  });
});

describe('order of hits (survivors of the first mutation run)', () => {
  const office = makeOffice({
    name: '测试厅',
    units: [
      { name: '稽查处', formerNames: ['旧名稽查科'], duties: ['负责稽查工作的组织协调和服务保障', '负责稽查'] },
      { name: '乙处', aliases: ['稽查办'], duties: ['负责本地区有关事项的组织协调和稽查'] },
    ],
  });
  const own = loadSearchIndex(buildSearchIndex([office]));

  it('lists each unit once before any second hit of a unit', () => {
    const hits = search(own, '稽查', { limit: 10 }).hits;
    const firstSecond = hits.findIndex((h, i) => hits.slice(0, i).some((g) => g.unit === h.unit));
    expect(hits.slice(0, 2).map((h) => [h.kind, h.unit])).toEqual([
      ['unit', '稽查处'],
      ['unit', '乙处'],
    ]);
    expect(firstSecond).toBe(2);
  });

  it('ranks an alias above a former name, and a short clause above a long one with the same words', () => {
    const hits = search(own, '稽查', { limit: 10 }).hits;
    const at = (text: string) => hits.findIndex((h) => h.text === text);
    expect(at('稽查办')).toBeLessThan(at('旧名稽查科'));
    expect(at('负责稽查')).toBeLessThan(at('负责稽查工作的组织协调和服务保障'));
  });
});
