// Shapes of hospitals, schools, courts, party offices, townships and public institutions'
// pages, each in a small document typed inline; expectations by hand.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../shared/parser/index.ts';
import { readTableRow } from '../../../shared/parser/table.ts';
import { titleName } from '../../../shared/parser/names.ts';
import type { ParsedUnit } from '../../../shared/types.ts';

const doc = (...lines: string[]) => parseDocument(lines.join('\n'));
const names = (units: readonly ParsedUnit[]) => units.map((u) => `${u.name}/${u.kind}`);

describe('tables', () => {
  it('reads a rule row as nothing and leaves a last column of phone numbers out of the duty', () => {
    expect(readTableRow('| :---: | --- | --- |')).toBe('');
    expect(readTableRow('| 序号 | 科室名称 | 职责 | 联系电话 |')).toBe('');
    expect(readTableRow('| 2 | 财务科 | 负责财务管理 | 0716-5550102 |')).toBe('2、财务科\u3000负责财务管理');
  });
});

describe('page titles', () => {
  it('names the office by the first part of a page title that is an office', () => {
    expect(titleName('机构设置_东湖县档案馆')?.name).toBe('东湖县档案馆');
    expect(titleName('东湖县档案馆 - 机构概况 - 东湖县人民政府')?.name).toBe('东湖县档案馆');
    expect(titleName('乡镇之窗_东湖县人民政府门户网站')).toBeNull();
  });
});

describe('township and street pages', () => {
  it("reads '镇人民政府的主要职责：' under a title naming the township's government as the office's duties", () => {
    const d = doc(
      '桃源镇人民政府机构设置',
      '镇人民政府的主要职责：',
      '一、执行上级政府的决定。',
      '二、管理本镇经济和社会事务。',
    );
    expect(d.office.duties.map((x) => x.text)).toEqual(['执行上级政府的决定。', '管理本镇经济和社会事务。']);
    expect(d.office.units).toEqual([]);
  });

  it('keeps each list of a sentence listing own offices and then public institutions in its own kind', () => {
    const d = doc(
      '桃源镇人民政府',
      '机构设置',
      '镇设党政办公室、经济发展办公室2个内设机构；设农业服务中心、文化站2个事业单位。',
    );
    expect(names(d.office.units)).toEqual([
      '党政办公室/internal',
      '经济发展办公室/internal',
      '农业服务中心/affiliated',
      '文化站/affiliated',
    ]);
    expect(d.diagnostics.filter((x) => x.code === 'count-mismatch')).toEqual([]);
  });

  it('reads a unit with a bracketed body it works as one with by its own name', () => {
    const d = doc(
      '东湖街道办事处',
      '内设机构',
      '（一）综合办公室（与统计站合署办公）：负责文秘和统计工作。',
      '（二）社区办公室：负责社区建设工作。',
    );
    expect(d.office.units.map((u) => [u.name, u.aliases])).toEqual([
      ['综合办公室', ['统计站']],
      ['社区办公室', []],
    ]);
  });

  it("reads 'unit：duty' rows with phone fields under them as units after the duties", () => {
    const d = doc(
      '桃源镇人民政府',
      '主要职能是：',
      '1、发展经济。',
      '2、维护稳定。',
      '党政办公室：负责文秘和后勤工作',
      '联系电话：0716-5550101',
      '经济发展办公室：负责招商引资工作',
      '联系电话：0716-5550102',
    );
    expect(d.office.duties).toHaveLength(2);
    expect(d.office.units.map((u) => [u.name, u.duties.length])).toEqual([
      ['党政办公室', 1],
      ['经济发展办公室', 1],
    ]);
  });
});

describe('courts, party offices and public institutions', () => {
  it("nests the units a 'X下设A、B和C' sentence names under X, after X's duty", () => {
    const d = doc(
      '东湖县人民法院',
      '内设机构',
      '立案庭：负责立案工作。',
      '执行局：负责执行工作。执行局下设综合科和执行实施科。',
    );
    expect(d.office.units.map((u) => [u.name, u.duties.length, u.units.map((c) => c.name)])).toEqual([
      ['立案庭', 1, []],
      ['执行局', 1, ['综合科', '执行实施科']],
    ]);
  });

  it('reads a sentence housing committee offices in the office as neither units nor duties', () => {
    const d = doc(
      '中共东湖县委办公室',
      '内设机构',
      '（一）秘书室。负责文电工作。',
      '县委财经委员会办公室设在县委办公室。',
    );
    expect(d.office.units.map((u) => [u.name, u.duties.length])).toEqual([['秘书室', 1]]);
  });

  it("reads a budget report's '单位包括：X本级、A、B' as affiliated bodies and 'X本级内设…' as own units", () => {
    const d = doc(
      '东湖县档案局2025年部门预算',
      '一、部门预算单位构成',
      '纳入预算编制范围的单位包括：县档案局本级、县档案馆、县史志研究中心。',
      '县档案局本级内设办公室、业务股2个股室。',
    );
    expect(names(d.office.units)).toEqual([
      '办公室/internal',
      '业务股/internal',
      '县档案馆/affiliated',
      '县史志研究中心/affiliated',
    ]);
  });

  it('reads 宗旨和业务范围 as the duties, its 宗旨 line as the intro', () => {
    const d = doc(
      '东湖县档案馆',
      '宗旨和业务范围',
      '宗旨：保管档案，提供利用。',
      '业务范围：',
      '1.收集和保管档案。',
      '2.提供档案利用服务。',
    );
    expect(d.office.duties.map((x) => x.text)).toEqual(['收集和保管档案。', '提供档案利用服务。']);
  });

  it("reads 'faculty：department、department' lines under 院系设置 as faculties with their departments", () => {
    const d = doc('东湖学院', '院系设置', '文学院：中文系、历史系', '理学院：数学系、化学系');
    expect(d.office.units.map((u) => [u.name, u.units.map((c) => c.name)])).toEqual([
      ['文学院', ['中文系', '历史系']],
      ['理学院', ['数学系', '化学系']],
    ]);
  });

  it('reads a leader card written as the name, then the title, each alone on a line', () => {
    const d = doc('东湖县档案馆领导信息', '马永', '馆长', '主持全面工作，分管办公室。', '陆青', '副馆长');
    expect(d.office.people.map((p) => `${p.title}:${p.name}`)).toEqual(['馆长:马永', '副馆长:陆青']);
    expect(d.office.units).toEqual([]);
  });
});
