// Which stored office a document of a new name is a new version of: what the document states
// (a former name, a second nameplate added in brackets), or, only when asked, likeness of
// units and duties within the same place. Documents written here, expectations typed by hand.
import { describe, expect, it } from 'vitest';
import { baseName, findSameOffice, type StoredCandidate } from '../../../shared/imports/same-office.ts';
import { parseDocument } from '../../../shared/parser/index.ts';

const office = (name: string, duties: string[], units: [string, string][], extra: string[] = []) =>
  parseDocument(
    [
      name,
      ...extra,
      '主要职责',
      ...duties.map((d, i) => `${'一二三四五六七八九'[i]}、${d}`),
      '内设机构',
      ...units.flatMap(([u, d], i) => [`${'一二三四五六七八九'[i]}、${u}`, d]),
    ].join('\n'),
  ).office;

const CULTURE_DUTIES = [
  '贯彻落实文化工作方针政策，拟订全市文化事业发展规划并组织实施。',
  '负责全市广播电视和网络视听节目的监督管理，指导广播电视公共服务体系建设。',
  '负责全市文物保护和非物质文化遗产保护传承工作。',
];
const CULTURE_UNITS: [string, string][] = [
  ['办公室', '负责机关日常运转，承担文电、会务、档案等工作。'],
  ['艺术科', '负责艺术创作生产和艺术团体的指导管理工作。'],
  ['文物科', '负责文物保护、考古和博物馆管理工作。'],
  ['广播电视科', '负责广播电视节目和传输覆盖的监督管理工作。'],
];
const stored = (name: string, parsed = office(name, CULTURE_DUTIES, CULTURE_UNITS)): StoredCandidate => ({
  name,
  office: () => parsed,
});

describe('the stored office a renamed document continues', () => {
  it('is the one whose name differs only by a bracketed nameplate', () => {
    // The parser takes 加挂…牌子 off a name it reads; a stored name may still carry one.
    const renamed = office('青溪县文化广电局', CULTURE_DUTIES, CULTURE_UNITS);
    expect(baseName('青溪县文化广电局（加挂青溪县文物局牌子）')).toBe('青溪县文化广电局');
    expect(
      findSameOffice(renamed, [stored('青溪县农业农村局'), stored('青溪县文化广电局（加挂青溪县文物局牌子）')], {
        similar: false,
      }),
    ).toEqual({ office: '青溪县文化广电局（加挂青溪县文物局牌子）', reason: 'stated' });
  });

  it('is the one the document names as its former name', () => {
    const merged = office('青溪县文化广电旅游局', CULTURE_DUTIES.slice(0, 2), CULTURE_UNITS.slice(0, 3), [
      '青溪县文化广电旅游局是县政府工作部门，由原青溪县文化广电新闻出版局更名组建。',
    ]);
    expect(merged.formerNames).toContain('青溪县文化广电新闻出版局');
    expect(findSameOffice(merged, [stored('青溪县文化广电新闻出版局')], { similar: false })).toEqual({
      office: '青溪县文化广电新闻出版局',
      reason: 'stated',
    });
  });

  it('by likeness only when asked: same place, mostly the same units and duties', () => {
    const merged = office(
      '青溪县文化广电旅游局',
      [...CULTURE_DUTIES, '负责全县旅游资源的普查、规划、开发和保护工作。'],
      [...CULTURE_UNITS, ['旅游发展科', '负责旅游市场开发和旅游产业发展工作。']],
    );
    const old = stored('青溪县文化广电新闻出版局');
    expect(findSameOffice(merged, [old], { similar: false })).toBeNull();
    expect(findSameOffice(merged, [old], { similar: true })).toEqual({
      office: '青溪县文化广电新闻出版局',
      reason: 'similar',
    });
  });

  it('is none for another office of the same place that shares only the usual units', () => {
    const farming = office(
      '青溪县农业农村局',
      ['负责全县种植业、畜牧业和渔业的监督管理。', '负责农村经营管理和农民合作社发展指导。'],
      [
        ['办公室', '负责机关日常运转，承担文电、会务、档案等工作。'],
        ['种植业股', '负责种植业生产和耕地质量建设工作。'],
        ['畜牧股', '负责畜禽生产和动物防疫工作。'],
      ],
    );
    expect(findSameOffice(farming, [stored('青溪县文化广电局')], { similar: true })).toBeNull();
  });

  it('is none for the same content in another place', () => {
    const elsewhere = office('松阳县文化广电局', CULTURE_DUTIES, CULTURE_UNITS);
    expect(findSameOffice(elsewhere, [stored('青溪县文化广电局')], { similar: true })).toBeNull();
  });
});
