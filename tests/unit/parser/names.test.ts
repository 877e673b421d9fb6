// Office and unit names: aliases in parentheses, nameplates, short names, former names.
import { describe, expect, it } from 'vitest';
import {
  chooseOfficeName,
  leadingOrgName,
  proseAliases,
  proseFormerNames,
  splitUnitName,
  titleName,
} from '../../../shared/parser/names.ts';

describe('splitUnitName', () => {
  it.each([
    ['亚洲处(省港澳事务处)', '亚洲处', ['省港澳事务处']],
    ['亚洲处（省港澳事务处）', '亚洲处', ['省港澳事务处']],
    ['出国(境)管理处', '出国(境)管理处', []],
    ['办公室（党委办公室）', '办公室', ['党委办公室']],
    ['综合处（挂保密办公室牌子）', '综合处', ['保密办公室']],
    ['机关后勤服务中心（正处级）', '机关后勤服务中心', []],
    ['亚洲处（港澳处、台湾处）', '亚洲处', ['港澳处', '台湾处']],
    ['综合处(室)', '综合处(室)', []],
    ['涉外案(事)件处', '涉外案(事)件处', []],
  ])('%s -> %s %j', (raw, name, aliases) => {
    expect(splitUnitName(raw)).toMatchObject({ name, aliases });
  });

  it('reads 原… in parentheses as a former name', () => {
    expect(splitUnitName('友好城市处（原友城处）')).toEqual({
      name: '友好城市处',
      aliases: [],
      formerNames: ['友城处'],
    });
  });
});

describe('names in prose', () => {
  it('finds nameplates, 简称 and 合署办公', () => {
    expect(proseAliases('仍作为省政府组成部门,加挂省政府港澳事务办公室牌子。')).toEqual(['省政府港澳事务办公室']);
    expect(proseAliases('挂市人民政府侨务办公室牌子')).toEqual(['市人民政府侨务办公室']);
    expect(proseAliases('市外办（以下简称“外办”）')).toEqual(['外办']);
    expect(proseAliases('与市人民政府外事办公室合署办公')).toEqual(['市人民政府外事办公室']);
    expect(proseAliases('加挂省委港澳工作办公室和省政府侨务办公室牌子')).toEqual([
      '省委港澳工作办公室',
      '省政府侨务办公室',
    ]);
    expect(proseAliases('加挂省人民政府外事与侨务办公室牌子')).toEqual(['省人民政府外事与侨务办公室']);
  });

  it('finds former names', () => {
    expect(proseFormerNames('由原江西省人民政府外事侨务办公室更名而成')).toEqual(['江西省人民政府外事侨务办公室']);
    expect(proseFormerNames('原名信丰县外事办公室，2002年更名为现名。')).toEqual(['信丰县外事办公室']);
    expect(proseFormerNames('原市外事侨务办公室更名为市外事办公室')).toEqual(['市外事侨务办公室']);
    expect(proseFormerNames('前身为1979年成立的江西省外事办公室。')).toEqual(['江西省外事办公室']);
    expect(proseFormerNames('负责全省外事工作。')).toEqual([]);
  });

  it('reads the organisation a paragraph opens with', () => {
    expect(leadingOrgName('江西省人民政府外事办公室,是江西省2018年机构改革')).toBe('江西省人民政府外事办公室');
    expect(leadingOrgName('中共赣州市委外事工作委员会办公室（以下简称市委外办）是')).toBe(
      '中共赣州市委外事工作委员会办公室',
    );
    expect(leadingOrgName('贯彻落实党中央关于外事工作的方针政策')).toBeNull();
  });

  it('reads titles of pages and of 三定规定', () => {
    expect(titleName('瑞金市商务局')).toMatchObject({ name: '瑞金市商务局', aliases: [] });
    expect(titleName('南昌市商务局主要职责、内设机构和人员编制规定')).toMatchObject({ name: '南昌市商务局' });
    // Pages titled with the sections they hold.
    expect(titleName('安塞县教育局领导信息及机构设置')).toMatchObject({ name: '安塞县教育局' });
    expect(titleName('丹凤县林业局机构设置及主要职责')).toMatchObject({ name: '丹凤县林业局' });
    expect(
      titleName('中共赣州市委外事工作委员会办公室（赣州市人民政府外事办公室）职能配置、内设机构和人员编制规定'),
    ).toMatchObject({
      name: '中共赣州市委外事工作委员会办公室',
      aliases: ['赣州市人民政府外事办公室'],
    });
    expect(titleName('关于进一步做好外事工作的通知')).toBeNull();
  });
});

describe('chooseOfficeName', () => {
  const heading = { name: '江西省外事办公室', aliases: [], formerNames: [] };

  it('prefers the longer, formal name of the intro and keeps the heading’s as an alias', () => {
    expect(chooseOfficeName([null, heading], '江西省人民政府外事办公室')).toEqual({
      name: '江西省人民政府外事办公室',
      aliases: ['江西省外事办公室'],
    });
  });

  it('keeps a title over a shorter intro name, and the title’s own aliases', () => {
    const title = { name: '中共赣州市委外事工作委员会办公室', aliases: ['赣州市人民政府外事办公室'], formerNames: [] };
    expect(chooseOfficeName([title, null], '市委外办')).toEqual({
      name: '中共赣州市委外事工作委员会办公室',
      aliases: ['赣州市人民政府外事办公室', '市委外办'],
    });
  });

  it('uses whichever exists, and null when none does', () => {
    expect(chooseOfficeName([null, null], '瑞金市商务局')).toEqual({ name: '瑞金市商务局', aliases: [] });
    expect(chooseOfficeName([heading, null], null)).toEqual({ name: '江西省外事办公室', aliases: [] });
    expect(chooseOfficeName([null, null], null)).toBeNull();
  });
});
