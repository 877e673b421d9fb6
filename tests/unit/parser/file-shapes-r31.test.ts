// Round 31's shapes (tuning documents t370–t381: Word, .doc and PDF notices), one rule each, in
// small documents typed here; expectations by hand.
import { describe, expect, it } from 'vitest';
import { furnitureKind } from '../../../shared/parser/headings.ts';
import { cleanLine } from '../../../shared/parser/noise.ts';
import { parsePeople } from '../../../shared/parser/people.ts';
import { parseDocument } from '../../../shared/parser/index.ts';

const doc = (...lines: string[]) => parseDocument(lines.join('\n'));
const unitNames = (d: ReturnType<typeof doc>) =>
  d.office.units.map((u) => `${u.name}${u.kind === 'affiliated' ? '*' : ''}`);

describe('round 31 file shapes', () => {
  it('reads a table of contents as furniture, not its entries as headings', () => {
    expect(furnitureKind('目　录')).toBe('chrome');
    expect(furnitureKind('二、主要职责…………………………12')).toBe('chrome');
    expect(furnitureKind('三、内设机构．．．．．．．．3')).toBe('chrome');
    expect(furnitureKind('二、主要职责')).toBeNull();
  });

  it('drops a unit phone in brackets between the name and its duty, but keeps other brackets', () => {
    expect(cleanLine('办公室（电话：0745-2210011）：负责机关文电工作。')).toBe('办公室：负责机关文电工作。');
    expect(cleanLine('城东站（服务范围：城东、新塘2个乡镇）')).toBe('城东站（服务范围：城东、新塘2个乡镇）');
  });

  it('leaves the changes of a 机构调整 notice out and keeps the resulting units', () => {
    const d = doc(
      '青岭县编办关于调整县司法局内设机构的通知',
      '一、撤销法制股，其职责划入法治督察股。',
      '二、宣传股更名为普法宣传股。',
      '三、调整后，县司法局设下列内设机构：',
      '（一）办公室。负责机关日常运转。',
      '（二）普法宣传股。负责普法宣传工作。',
      '（三）法治督察股。负责法治督察工作。',
      '所属事业单位不作调整，仍为县公证处、县法律援助中心。',
    );
    expect(unitNames(d)).toEqual(['办公室', '普法宣传股', '法治督察股', '县公证处*', '县法律援助中心*']);
  });

  it('splits a 领导分工 line whose title runs into the name, but not a unit whose name ends so', () => {
    expect(parsePeople('副局长周明：负责规划工作，分管规划股。')).toEqual([{ title: '副局长', name: '周明' }]);
    expect(parsePeople('县劳动保障监察大队：负责监察执法工作。')).toBeNull();
  });

  it('reads a party school as an office name', () => {
    const d = doc('中共青岭县委党校（青岭县行政学校）机构职能', '内设机构：办公室、教务科。');
    expect(d.office.name).toBe('中共青岭县委党校');
    expect(d.office.aliases).toContain('青岭县行政学校');
  });

  it("splits a wrapped duty paragraph after an intro's lead-in into its clauses", () => {
    const d = doc(
      '青岭县水利局',
      '青岭县水利局是县政府工作部门，主要职能是：负责全县水资源的统一管理、',
      '保护和节约；负责全县水利工程建设和运行管理；负责全县防汛抗旱的日常',
      '工作。',
    );
    expect(d.office.duties.map((x) => x.text)).toEqual([
      '负责全县水资源的统一管理、保护和节约；',
      '负责全县水利工程建设和运行管理；',
      '负责全县防汛抗旱的日常工作。',
    ]);
  });
});
