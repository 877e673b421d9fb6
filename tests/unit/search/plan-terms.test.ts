// How a query's words become the terms that are searched (planTerms): where a Chinese word is
// cut, which side of a cut an abbreviation or a typo keeps, Latin words and numbers kept whole,
// and at most eight terms however many pieces the cuts make.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex, search } from '../../../shared/search/index.ts';
import { planTerms, retrieve } from '../../../shared/search/retrieval.ts';
import { queryTerms } from '../../../shared/search/terms.ts';
import { makeOffice } from './make-office.ts';

const index = loadSearchIndex(
  buildSearchIndex([
    makeOffice({
      name: '测试市应急管理局',
      units: [
        { name: '综合协调科', duties: ['承担市安全生产委员会的日常工作', '负责12350举报电话的受理'] },
        { name: '特种设备科', duties: ['负责锅炉压力容器的安全监察', '负责电梯的定期检验'] },
        { name: '质量科', duties: ['负责产品质量抽查'] },
        { name: '档案室', duties: ['负责档案收集和整理', '负责档案的安全保管'] },
        { name: '职称办', duties: ['负责职称评审和投诉处理'] },
      ],
    }),
  ]),
);
const pieces = (q: string) => planTerms(index, queryTerms(q, index.t2s)).map((p) => p.term.text);

describe('cutting a Chinese word', () => {
  it('cuts a typed slip off its neighbour when the slip reads as a pair some record holds (锅卢 for 锅炉)', () => {
    expect(pieces('锅卢质量')).toEqual(['锅卢', '质量']);
    expect(search(index, '锅卢质量', { limit: 10 }).hits.map((h) => h.unit)).toContain('特种设备科');
  });

  it('keeps an abbreviation of two characters, or one after the seam, as a piece of its own', () => {
    // 安委: 安全生产委员会, two characters in order.
    expect(pieces('安委档案')).toEqual(['安委', '档案']);
    // 档案…安 is held apart (档案的安全), yet 档案 is held as typed: the cut stays before 安委会.
    expect(pieces('档案安委会')).toEqual(['档案', '安委会']);
  });
});

describe('Latin words and numbers', () => {
  it('keeps a number whole: one that differs from the number in the text finds nothing', () => {
    expect(pieces('12399')).toEqual(['12399']);
    expect(search(index, '12399', { fuzzy: false }).hits).toEqual([]);
    expect(search(index, '12350').hits[0]).toMatchObject({ unit: '综合协调科', matches: [[2, 7]] });
  });
});

describe('how many terms', () => {
  it('searches at most eight terms, the pieces of a cut word counted', () => {
    expect(pieces('电梯质量 锅炉 档案 职称 评审 投诉 产品 抽查')).toEqual([
      '电梯',
      '质量',
      '锅炉',
      '档案',
      '职称',
      '评审',
      '投诉',
      '产品',
    ]);
  });
});

describe("a term in the record's office name", () => {
  it('counts, a little less, for every record of that office (公安局 出入境)', () => {
    const two = loadSearchIndex(
      buildSearchIndex([
        makeOffice({ name: '测试市公安局', units: [{ name: '出入境管理科' }] }),
        makeOffice({ name: '测试县人社局', units: [{ name: '出入境管理科' }] }),
      ]),
    );
    const plans = planTerms(two, queryTerms('公安局 出入境', two.t2s));
    const { candidates, weights } = retrieve(two, plans, { lo: 0, hi: two.recCount }, 10, (_rec, c) => c);
    const units = candidates.filter((c) => two.recUnit[c.rec] >= 0);
    const [police, other] = [0, 1].map((o) => units.find((c) => two.recOffice[c.rec] === o)?.coverage);
    const [office, exits] = weights;
    // 出入境 in full; 公安局 from the office's name, at OFFICE_CONTEXT (0.9).
    expect(police).toBeCloseTo((exits + 0.9 * office) / (office + exits), 5);
    expect(other).toBeCloseTo(exits / (office + exits), 5);
  });
});
