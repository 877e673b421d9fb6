// Round 39's shapes (tuning documents t472–t483: Word, .doc, PDF, RTF and ODT), one rule each,
// in small documents typed here; expectations by hand.
import { describe, expect, it } from 'vitest';
import { pdfLines, type TextRun } from '../../../shared/documents/pdf-lines.ts';
import { tableRowLines } from '../../../shared/documents/table-rows.ts';
import { classifyHeading } from '../../../shared/parser/headings.ts';
import { parseDocument } from '../../../shared/parser/index.ts';
import { titleName } from '../../../shared/parser/names.ts';
import type { ParsedUnit } from '../../../shared/types.ts';

const doc = (...lines: string[]) => parseDocument(lines.join('\n'));
const tree = (units: readonly ParsedUnit[]): unknown[] =>
  units.map((u) => (u.units.length > 0 ? [u.name, tree(u.units)] : u.name));
/** A table's rows from cells typed as `a|b|c`, each cell one line ('' an empty, merged cell). */
const rows = (...typed: string[]) => typed.map((r) => r.split('|').map((c) => (c === '' ? [] : [c])));

describe('round 39 file shapes', () => {
  it('reads 机构、职能设置 and 内设机构和人员编制 as unit headings', () => {
    expect(classifyHeading('（一）机构、职能设置')?.kind).toBe('units');
    expect(classifyHeading('机构职能设置')?.kind).toBe('units');
    expect(classifyHeading('四、内设机构和人员编制')?.kind).toBe('units');
    expect(classifyHeading('三、研究机构')?.kind).toBe('units');
  });

  it('reads a budget report’s 单位构成 as the bodies under the office', () => {
    expect(classifyHeading('二、部门决算单位构成')?.kind).toBe('affiliated');
    const d = doc(
      '泉山县水利局2025年度部门决算',
      '一、部门决算单位构成',
      '序号\t单位名称\t单位性质',
      '1\t泉山县水利局（本级）\t行政单位',
      '2\t泉山县水利工程管理站\t公益二类事业单位',
    );
    expect(d.office.units.map((u) => [u.name, u.kind])).toEqual([['泉山县水利工程管理站', 'affiliated']]);
  });

  it('puts the parts a unit’s duty paragraph ends with (内设N个X，即A、B) under that unit', () => {
    const d = doc(
      '白沙县公安局机构设置',
      '机构设置',
      '巡特警大队',
      '负责街面巡逻防控和突发事件处置。内设2个中队，即巡逻中队、特警中队。',
      '禁毒大队',
      '负责禁毒宣传和毒品案件侦查工作。',
    );
    expect(tree(d.office.units)).toEqual([['巡特警大队', ['巡逻中队', '特警中队']], '禁毒大队']);
    expect(d.office.units[0]!.duties.map((x) => x.text)).toEqual(['负责街面巡逻防控和突发事件处置。']);
  });

  it('nests the units under two or more bare group names of a higher rank (a merged 部门 cell)', () => {
    const d = doc(
      '北江市机场公安局内设机构',
      '内设机构',
      '警务保障部',
      '警务科：负责勤务安排。',
      '财务科：负责经费管理。',
      '治安管理部',
      '航站楼治安科：负责航站楼的治安管理。',
    );
    expect(tree(d.office.units)).toEqual([
      ['警务保障部', ['警务科', '财务科']],
      ['治安管理部', ['航站楼治安科']],
    ]);
  });

  it('leaves a single bare name over units with duties at their level', () => {
    const d = doc('北江市档案局内设机构', '内设机构', '业务指导处', '综合科：负责文电工作。', '保管科：负责档案保管。');
    expect(tree(d.office.units)).toEqual(['业务指导处', '综合科', '保管科']);
  });

  it('reads the units after a count that follows what it counts (二级预算单位共3个，分别是：)', () => {
    const d = doc(
      '柳城县教育局2026年部门预算',
      '部门基本情况',
      '本部门二级预算单位共2个，分别是：柳城县第一中学、柳城县实验小学。',
    );
    expect(d.office.units.map((u) => [u.name, u.kind])).toEqual([
      ['柳城县第一中学', 'affiliated'],
      ['柳城县实验小学', 'affiliated'],
    ]);
  });

  it('names the office from a title ending in 领导分工及分管科室', () => {
    expect(titleName('平湖市司法局领导分工及分管科室')?.name).toBe('平湖市司法局');
  });
});

describe('round 39 table rows', () => {
  it('leaves out a 合计 row', () => {
    expect(tableRowLines(rows('科室|职责|编制数', '法规股|负责规范性文件审查。|3', '合计||3'))).toEqual([
      '法规股：负责规范性文件审查。',
    ]);
  });

  it('keeps a leader whose name and title cells are merged down the rows of their remits', () => {
    expect(
      tableRowLines(rows('姓名|职务|分工', '梁平|主任|主持全面工作。', '|副主任|分管财务工作。', '||联系工会工作。')),
    ).toEqual(['主任：梁平', '主持全面工作。', '分管财务工作。', '联系工会工作。']);
  });

  it('reads 研究方向 as a column heading', () => {
    expect(tableRowLines(rows('研究室|研究方向', '土壤研究室|土壤改良与肥料。'))).toEqual([
      '土壤研究室：土壤改良与肥料。',
    ]);
  });
});

describe('round 39 PDF lines', () => {
  // CJK at 12 points, a character each 12 points; rows set 20 points apart, one line each.
  const at = (text: string, y: number, x: number): TextRun => ({ text, x, y, width: text.length * 12, size: 12 });
  const row = (name: string, text: string, y: number) => [at(name, y, 72), at(text, y, 200)];

  it('reads evenly set one-line rows of a name and its text as a table, its heading row left out', () => {
    const runs = [
      ...row('研究所', '研究方向', 720),
      ...row('水产研究所', '淡水养殖。', 700),
      ...row('茶叶研究所', '茶树育种。', 680),
      ...row('蚕桑研究所', '蚕桑良种。', 660),
    ];
    expect(pdfLines([{ width: 595, runs }])).toEqual([
      '水产研究所：淡水养殖。',
      '茶叶研究所：茶树育种。',
      '蚕桑研究所：蚕桑良种。',
    ]);
  });
});
