// Round 33's shapes (tuning documents t394–t405: Word, .doc and PDF notices), one rule each, in
// small documents typed here; expectations by hand.
import { describe, expect, it } from 'vitest';
import { tableRowLines } from '../../../shared/documents/table-rows.ts';
import { parseDocument } from '../../../shared/parser/index.ts';

const doc = (...lines: string[]) => parseDocument(lines.join('\n'));

describe('round 33 file shapes', () => {
  it("leaves a table's staff-count column out of its rows, and keeps the other columns", () => {
    const cell = (...lines: string[]) => lines;
    const rows = [
      [cell('单位名称'), cell('单位性质'), cell('编制数')],
      [cell('县人民医院'), cell('公益二类'), cell('420')],
      [cell('县疾控中心'), cell('公益一类'), cell('45')],
    ];
    expect(tableRowLines(rows)).toEqual(['县人民医院：公益二类', '县疾控中心：公益一类']);
    const phones = [
      [cell('科室'), cell('职责'), cell('电话')],
      [cell('办公室'), cell('负责文电工作。'), cell('3310001')],
    ];
    expect(tableRowLines(phones)).toEqual(['办公室：负责文电工作。', '电话：3310001']);
  });

  it('reads a body typed by its class (公益二类) as an affiliated unit with no duty', () => {
    const d = doc(
      '青岭县卫生健康局机构职能',
      '一、内设机构',
      '（一）办公室：负责机关文电工作。',
      '二、所属事业单位',
      '县人民医院：公益二类',
      '县疾病预防控制中心：公益一类',
    );
    expect(d.office.units.map((u) => [u.name, u.kind, u.duties.length])).toEqual([
      ['办公室', 'internal', 1],
      ['县人民医院', 'affiliated', 0],
      ['县疾病预防控制中心', 'affiliated', 0],
    ]);
  });

  it('reads 2.1 outline items as the items of their section', () => {
    const d = doc(
      '青岭市司法局机构职能',
      '2.主要职责',
      '2.1负责全市司法行政工作。',
      '2.2承担行政复议工作。',
      '3.内设机构',
      '3.1办公室：负责机关文电工作。',
      '3.2法治督察科：负责法治督察工作。',
    );
    expect(d.office.duties.map((x) => x.text)).toEqual(['负责全市司法行政工作。', '承担行政复议工作。']);
    expect(d.office.units.map((u) => u.name)).toEqual(['办公室', '法治督察科']);
  });
});
