// People asked for by surname and title (罗局长): the query is turned round to the record's
// order (局长 罗振宇), and an office's own leader stands for the office among the units.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex, search } from '../../../shared/search/index.ts';
import { surnameAfterTitle } from '../../../shared/search/surname-title.ts';
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
