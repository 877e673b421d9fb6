// A term's weight is the rarity of the records it counts as found in (retrieval.ts): a pair of
// the term that many records share does not make the term common, so a question's rarest
// words still decide the answer next to an everyday word that many records hold.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex, search } from '../../../shared/search/index.ts';
import { planTerms, retrieve } from '../../../shared/search/retrieval.ts';
import { queryTerms } from '../../../shared/search/terms.ts';
import { makeOffice } from './make-office.ts';

// Twelve planning units share the pair 规划 of 规划验收; one unit does the 规划核实 (the
// administrative word for 规划验收); one holds 验收 alone; a handful hold 住房 (an administrative
// word for 房子).
const planning = makeOffice({
  name: '测试市自然资源局',
  units: [
    { name: '核实科', duties: ['负责建设工程规划条件核实'] },
    ...['城区', '乡镇', '村庄', '交通', '水系', '绿地', '产业', '教育', '医疗', '养老', '体育', '文化'].map((w) => ({
      name: `${w}科`,
      duties: [`负责${w}专项规划的编制`],
    })),
  ],
});
const housing = makeOffice({
  name: '测试市房管局',
  units: [
    { name: '住房保障科', duties: ['负责公共租赁住房的分配'] },
    { name: '租赁科', duties: ['负责住房租赁市场的管理'] },
    { name: '安全科', duties: ['负责房屋安全鉴定'] },
    { name: '验收科', duties: ['负责消防验收'] },
  ],
});
const index = loadSearchIndex(buildSearchIndex([planning, housing]));

describe('the rarity of a term', () => {
  it('counts only the records the term is found in, not those sharing one pair of it', () => {
    const plans = planTerms(index, queryTerms('规划验收', index.t2s));
    const { weights } = retrieve(index, plans, { lo: 0, hi: index.recCount }, 48, (_rec, c) => c);
    // Found in three records (the 规划条件核实 duty, 验收科 and its 消防验收 duty), not in the twelve
    // planning units that hold only its pair 规划.
    expect(weights[0]).toBeCloseTo(Math.log(1 + index.recCount / 3) ** 2, 5);
  });

  it('lets the rare word of a question outrank an everyday word that many records hold', () => {
    expect(search(index, '房子盖好了规划验收找谁').hits[0]).toMatchObject({ unit: '核实科' });
  });
});
