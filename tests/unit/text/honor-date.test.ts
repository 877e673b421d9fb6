import { describe, expect, it } from 'vitest';
import { honorShown } from '../../../shared/text/honor-date.ts';

describe('honorShown: the date is shown once', () => {
  it('moves a leading date into the date column', () => {
    expect(honorShown({ date: '2019-03', text: '2019年3月,获得“江西省第十五届文明单位”荣誉。' })).toEqual({
      date: '2019-03',
      text: '获得“江西省第十五届文明单位”荣誉。',
    });
    expect(honorShown({ date: '2021-12', text: '2021年12月15日，荣获先进集体称号' })).toEqual({
      date: '2021-12',
      text: '荣获先进集体称号',
    });
    expect(honorShown({ date: '2018-05', text: '2018.5 获评优秀单位' })).toEqual({
      date: '2018-05',
      text: '获评优秀单位',
    });
    expect(honorShown({ date: '2017', text: '2017年被评为文明单位' })).toEqual({
      date: '2017',
      text: '被评为文明单位',
    });
  });

  it('does not take a different month for the date', () => {
    // 2019年12月 is not 2019-01: the text keeps its date and the column shows nothing.
    expect(honorShown({ date: '2019-01', text: '2019年12月获奖' })).toEqual({ date: null, text: '2019年12月获奖' });
  });

  it('keeps the column when the text does not say the date, and drops it when the text says it later', () => {
    expect(honorShown({ date: '2020-04', text: '全省平安建设先进单位' })).toEqual({
      date: '2020-04',
      text: '全省平安建设先进单位',
    });
    expect(honorShown({ date: '2020', text: '荣获2020年度先进单位' })).toEqual({
      date: null,
      text: '荣获2020年度先进单位',
    });
    expect(honorShown({ date: null, text: '文明单位' })).toEqual({ date: null, text: '文明单位' });
  });
});
