// Round 30's shapes (tuning documents t350–t361: web pages and text copies), one rule each, in
// small documents typed here; expectations by hand.
import { describe, expect, it } from 'vitest';
import { isEnglishProse } from '../../../shared/parser/noise.ts';
import { looksLikeOrgName } from '../../../shared/parser/names.ts';
import { parseDocument } from '../../../shared/parser/index.ts';

const doc = (...lines: string[]) => parseDocument(lines.join('\n'));
const unitNames = (d: ReturnType<typeof doc>) =>
  d.office.units.map((u) => `${u.name}${u.kind === 'affiliated' ? '*' : ''}`);

describe('contact fields', () => {
  it('reads 局址： after the last unit as the office address, not as that unit\u2019s duty', () => {
    const d = doc('青禾县水利局', '内设机构', '1.办公室', '负责机关日常运转。', '局址：青禾县河滨路12号');
    expect(d.office.address).toBe('青禾县河滨路12号');
    expect(d.office.units[0]!.duties).toHaveLength(1);
  });
});

describe('bilingual pages', () => {
  it('tells an English paragraph from Chinese text', () => {
    expect(isEnglishProse('The Bureau is a working department of the county government.')).toBe(true);
    expect(isEnglishProse('负责全县 GDP 核算工作。')).toBe(false);
    expect(isEnglishProse('Tel: 0571-1234567')).toBe(false);
  });

  it('counts no English translation among the duties', () => {
    const d = doc(
      '白沙市统计局',
      '主要职责',
      '白沙市统计局是市政府工作部门。',
      'The Statistics Bureau is a working department of the city government.',
      '1.负责全市统计调查工作。',
      '2.负责发布全市统计数据。',
    );
    expect(d.office.duties.map((x) => x.text)).toEqual(['负责全市统计调查工作。', '负责发布全市统计数据。']);
  });
});

describe('unit duty cells and list items', () => {
  it('keeps a duty line that opens with a duty verb under its unit (a cell split by <br>)', () => {
    const d = doc(
      '白沙市统计局',
      '内设科室',
      '1、综合科：负责机关运转工作。',
      '指导基层统计工作。',
      '承担统计执法检查工作。',
      '2、核算科：负责地区生产总值核算。',
    );
    expect(unitNames(d)).toEqual(['综合科', '核算科']);
    expect(d.office.units[0]!.duties).toHaveLength(3);
  });

  it('takes a unit\u2019s trailing 电话 field off its duty, so the next item is a unit of its own', () => {
    const d = doc(
      '白沙市统计局',
      '内设科室',
      '综合科：负责机关运转工作。电话：0731-5550101',
      '核算科：负责地区生产总值核算。电话：0731-5550102',
    );
    expect(unitNames(d)).toEqual(['综合科', '核算科']);
    expect(d.office.units.map((u) => u.duties.map((x) => x.text))).toEqual([
      ['负责机关运转工作。'],
      ['负责地区生产总值核算。'],
    ]);
  });
});

describe('duties run into one paragraph', () => {
  it('splits （一）…；（二）…；（三）… after 主要职责： into numbered duties', () => {
    const d = doc(
      '白沙市统计局',
      '白沙市统计局是市政府工作部门。',
      '主要职责：（一）组织全市统计调查；（二）管理全市统计数据；（三）监督检查统计工作。',
    );
    expect(d.office.duties.map((x) => [x.label, x.text])).toEqual([
      ['（一）', '组织全市统计调查；'],
      ['（二）', '管理全市统计数据；'],
      ['（三）', '监督检查统计工作。'],
    ]);
  });
});

describe('section titles pairing two kinds of content', () => {
  it('reads 领导及科室 as no name, and as the heading of the list after it', () => {
    expect(looksLikeOrgName('领导及科室')).toBe(false);
    expect(looksLikeOrgName('领导小组办公室')).toBe(true);
    const d = doc(
      '领导及科室 - 白沙县审计局',
      '白沙县审计局是县政府工作部门。',
      '领导及科室',
      '局长：周明',
      '办公室：负责机关日常运转。',
      '经济责任审计股：负责经济责任审计。',
    );
    expect(d.office.name).toBe('白沙县审计局');
    expect(d.office.people.map((p) => [p.title, p.name])).toEqual([['局长', '周明']]);
    expect(unitNames(d)).toEqual(['办公室', '经济责任审计股']);
    expect(d.office.duties).toHaveLength(0);
  });
});
