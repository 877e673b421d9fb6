// Units listed inline on one line.
import { describe, expect, it } from 'vitest';
import { inlineUnitList, proseUnitLists } from '../../../shared/parser/units.ts';

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

describe('abbreviated and shared-suffix lists', () => {
  it('gives later ordinals the head of the first full name', () => {
    expect(inlineUnitList('立案庭、民事审判第一庭、第二庭、执行局')).toEqual([
      '立案庭',
      '民事审判第一庭',
      '民事审判第二庭',
      '执行局',
    ]);
    expect(inlineUnitList('法制一科、二科')).toEqual(['法制一科', '法制二科']);
  });

  it('gives bare ordinals the tail of the name after them', () => {
    expect(inlineUnitList('第一、二、三巡逻中队')).toEqual(['第一巡逻中队', '第二巡逻中队', '第三巡逻中队']);
    expect(inlineUnitList('刑事审判第一、二庭')).toEqual(['刑事审判第一庭', '刑事审判第二庭']);
  });

  it('leaves full ordinal names and unrelated names alone', () => {
    expect(inlineUnitList('第一检察部、第二检察部、办公室')).toEqual(['第一检察部', '第二检察部', '办公室']);
    expect(inlineUnitList('信息一科、三农工作股')).toEqual(['信息一科', '三农工作股']);
  });

  it('gives places before a count the name they share, and keeps names after 和', () => {
    expect(inlineUnitList('设城关、木鱼、乔庄3个人民法庭。')).toEqual(['城关人民法庭', '木鱼人民法庭', '乔庄人民法庭']);
    expect(proseUnitLists('下设商镇、棣花2个林业站和县国有林场。')[0]?.names).toEqual([
      '商镇林业站',
      '棣花林业站',
      '县国有林场',
    ]);
    // A count of 科室 is a count, not a shared name.
    expect(inlineUnitList('设办公室、人事股2个股室')).toEqual(['办公室', '人事股']);
  });
});
