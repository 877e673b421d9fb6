// Line roles: what each source line was read as, and a user's corrections of them.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../shared/parser/index.ts';
import type { LineRole } from '../../../shared/types.ts';

const PAGE = [
  '安平县水利局', // 1
  '', // 2 (blank: no entry)
  '安平县水利局是县政府工作部门。', // 3
  '主要职责', // 4
  '一、负责全县水资源的统一管理。', // 5
  '二、负责全县水利工程建设管理。', // 6
  '内设机构', // 7
  '办公室：负责机关日常运转。', // 8
  '水资源股', // 9
  '负责水资源调度和节约用水工作。', // 10
  '局长：王海', // 11
  '2021年6月，被评为全市水利工作先进单位。', // 12
  '地址：安平县河滨路3号', // 13
].join('\n');

function roles(forcedRoles?: Record<number, LineRole>): Record<number, LineRole> {
  return Object.fromEntries(parseDocument(PAGE, { forcedRoles }).lineRoles.map((r) => [r.line, r.role]));
}

describe('lineRoles', () => {
  it('gives every non-blank line the role it was read as', () => {
    expect(roles()).toEqual({
      1: 'office-name',
      3: 'intro',
      4: 'ignored',
      5: 'duty',
      6: 'duty',
      7: 'ignored',
      8: 'unit-heading',
      9: 'unit-heading',
      10: 'unit-duty',
      11: 'person',
      12: 'honor',
      13: 'contact',
    });
  });
});

describe('forcedRoles', () => {
  it('reads a forced line as its role and decodes the rest around it', () => {
    const doc = parseDocument(PAGE, { forcedRoles: { 10: 'unit-heading', 6: 'ignored' } });
    expect(doc.office.duties.map((d) => d.text)).toEqual(['负责全县水资源的统一管理。']);
    expect(doc.office.units.map((u) => u.name)).toEqual(['办公室', '水资源股', '负责水资源调度和节约用水工作']);
    expect(doc.lineRoles.find((r) => r.line === 10)?.role).toBe('unit-heading');
    expect(doc.office.honors).toHaveLength(1);
  });

  it('turns a line the decoder read as intro into a duty, and the lines after follow', () => {
    const text = [
      '安平县林业局',
      '安平县林业局是县政府工作部门，主管全县林业工作',
      '组织全县植树造林和森林资源保护工作。',
      '负责全县林业有害生物防治工作。',
    ].join('\n');
    expect(parseDocument(text).office.duties).toEqual([]);
    const doc = parseDocument(text, { forcedRoles: { 3: 'duty', 4: 'duty' } });
    expect(doc.office.duties.map((d) => d.line)).toEqual([3, 4]);
    expect(doc.office.summary).toEqual(['安平县林业局是县政府工作部门，主管全县林业工作']);
  });

  it('names the office from a line forced to office-name', () => {
    const doc = parseDocument('欢迎访问\n安平县林业局\n主要职责\n一、负责全县林业工作。', {
      forcedRoles: { 1: 'ignored', 2: 'office-name' },
    });
    expect(doc.office.name).toBe('安平县林业局');
  });
});
