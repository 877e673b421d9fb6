// People asked for by surname and title (罗局长): the query is turned round to the record's
// order (局长 罗振宇), and an office's own leader stands for the office among the units.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex, search } from '../../../shared/search/index.ts';
import { surnameAfterTitle } from '../../../shared/search/surname-title.ts';
import { queryTerms } from '../../../shared/search/terms.ts';
import { makeOffice } from './make-office.ts';

const finance = makeOffice({
  name: '测试市财政局',
  people: [
    ['局长', '罗振宇'],
    ['副局长', '何晓静'],
  ],
  units: [{ name: '预算科', duties: ['负责部门预算的编制'], people: [['科长', '杨文涛']] }],
});
const civil = makeOffice({
  name: '测试省民政厅',
  units: [{ name: '社会组织管理局', duties: ['负责社会团体的登记'], people: [['局长', '田志刚']] }],
});
const index = loadSearchIndex(buildSearchIndex([civil, finance]));

describe('a surname and a title', () => {
  it('are turned round and set apart, only after a common surname', () => {
    expect(surnameAfterTitle('财政局罗局长', index.t2s)).toBe('财政局 局长罗 ');
    expect(surnameAfterTitle('何副局长', index.t2s)).toBe(' 副局长何 ');
    // 业 is no surname: 林业局长 is the bureau's head, not a Mr 业.
    expect(surnameAfterTitle('林业局长', index.t2s)).toBe('林业局长');
  });

  it("find the office's leader of that surname first, above a unit's leader with the same title", () => {
    expect(search(index, '罗局长').hits[0]).toMatchObject({ office: '测试市财政局', unit: null, kind: 'person' });
    expect(search(index, '羅局長').hits[0]).toMatchObject({ office: '测试市财政局', unit: null });
    expect(search(index, '何副局长').hits[0]).toMatchObject({ office: '测试市财政局', unit: null });
  });

  it("find a unit's leader under the unit", () => {
    expect(search(index, '杨科长').hits[0]).toMatchObject({ unit: '预算科', kind: 'person' });
  });
});

describe('the less common surnames', () => {
  const league = makeOffice({
    name: '测试市妇女联合会',
    people: [['主席', '褚甲乙']],
    units: [
      { name: '权益部', duties: ['负责家庭暴力投诉的协调处理'], people: [['部长', '屠丙丁']] },
      { name: '发展部', duties: ['负责妇女创业就业的培训'], people: [['部长', '綦戊己']] },
    ],
  });
  const women = loadSearchIndex(buildSearchIndex([league]));

  it('are turned round before a title like the common ones', () => {
    expect(surnameAfterTitle('屠部长', women.t2s)).toBe(' 部长屠 ');
    expect(surnameAfterTitle('妇联綦部长', women.t2s)).toBe('妇联 部长綦 ');
  });

  it('leave out the surnames that end a word read before a title', () => {
    expect(surnameAfterTitle('公安局长', women.t2s)).toBe('公安局长');
    expect(surnameAfterTitle('少年宫主任', women.t2s)).toBe('少年宫主任');
    expect(surnameAfterTitle('安全科长', women.t2s)).toBe('安全科长');
  });

  it("find the unit of the leader so named, not the office's own leader", () => {
    expect(search(women, '妇联屠部长').hits[0]).toMatchObject({ unit: '权益部', kind: 'person' });
    expect(search(women, '綦部长').hits[0]).toMatchObject({ unit: '发展部', kind: 'person' });
  });
});

describe('an office named beside a surname and title', () => {
  const forestry = makeOffice({
    name: '东阳市林业局',
    people: [['局长', '季甲乙']],
    address: '东阳市剑池街道华楼街66号',
    units: [
      { name: '森林资源管理科', duties: ['负责林木采伐的管理'], people: [['科长', '季丙丁']] },
      { name: '林业产业科', duties: ['负责林下经济的发展'] },
    ],
  });
  // Other 季 科长 in the directory: the person's words are common, the office's name rare, so
  // without the rule the office's name, holding only part of the question, comes first.
  const others = ['北山', '中山', '青山', '白山'].map((place, i) =>
    makeOffice({
      name: `${place}市水利局`,
      units: [{ name: '河湖科', duties: ['负责河道的管理'], people: [['科长', `季${'一二三四'[i]}`]] }],
    }),
  );
  const directory = loadSearchIndex(buildSearchIndex([...others, forestry]));

  it('marks the turned-round words as a person asked for', () => {
    expect(
      queryTerms('东阳林业局季科长', directory.t2s)
        .filter((t) => t.person)
        .map((t) => t.text),
    ).toEqual(['科长季']);
  });

  it("find the unit head of that surname before the office's own name, which holds only the office", () => {
    expect(search(directory, '东阳林业局季科长').hits[0]).toMatchObject({ unit: '森林资源管理科', kind: 'person' });
    expect(search(directory, '东阳市林业局季科长').hits[0]).toMatchObject({ unit: '森林资源管理科', kind: 'person' });
    expect(search(directory, '东阳林业局季局长').hits[0]).toMatchObject({
      office: '东阳市林业局',
      unit: null,
      kind: 'person',
    });
  });
});
