// Units listed inline on one line.
import { describe, expect, it } from 'vitest';
import { inlineUnitList } from '../../../shared/parser/units.ts';

describe('inlineUnitList', () => {
  it('reads a list after a colon, with parentheses kept inside names', () => {
    expect(inlineUnitList('内设机构：办公室、政策法规处、人事处。')).toEqual(['办公室', '政策法规处', '人事处']);
    expect(inlineUnitList('办公室、亚洲处(省港澳事务处)、出国(境)管理处')).toEqual([
      '办公室',
      '亚洲处(省港澳事务处)',
      '出国(境)管理处',
    ]);
  });

  it('drops a lead word and a trailing count, but not characters of names', () => {
    expect(inlineUnitList('设有办公室、高等教育处、有色金属处等3个处室。')).toEqual([
      '办公室',
      '高等教育处',
      '有色金属处',
    ]);
    expect(inlineUnitList('下设综合股、外事股等')).toEqual(['综合股', '外事股']);
  });

  it('is null for prose and for a single name', () => {
    expect(inlineUnitList('负责文电、会务、机要工作。')).toBeNull();
    expect(inlineUnitList('内设机构：办公室。')).toBeNull();
  });
});
