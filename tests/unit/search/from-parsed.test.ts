import { describe, expect, it } from 'vitest';
import { makeOffice } from './make-office.ts';

describe('officeFromParsed', () => {
  it('gives sequential ids, units in order with parents, duties split into clauses', () => {
    const office = makeOffice({
      name: '测试办',
      duties: ['负责甲；负责乙。'],
      units: [{ name: '一处', duties: ['负责丙;负责丁'], units: [{ name: '一科' }] }, { name: '二处' }],
    });
    expect(office.id).toBe(1);
    expect(office.duties[0].clauses).toEqual(['负责甲', '负责乙']);
    const [first, second] = office.units;
    expect([first.name, first.order, first.parentId, first.officeId]).toEqual(['一处', 0, null, 1]);
    expect(first.duties[0].clauses).toEqual(['负责丙', '负责丁']);
    expect([first.units[0].name, first.units[0].parentId]).toEqual(['一科', first.id]);
    expect([second.name, second.order]).toEqual(['二处', 1]);
    const allIds = [
      office.id,
      ...office.duties.map((d) => d.id),
      first.id,
      ...first.duties.map((d) => d.id),
      first.units[0].id,
      second.id,
    ];
    expect(new Set(allIds).size).toBe(allIds.length);
  });
});
