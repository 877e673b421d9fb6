// Round 27's text shapes (tuning documents t290–t309), one rule each, in small documents typed
// here; expectations by hand.
import { describe, expect, it } from 'vitest';
import { inlineNumberedItems } from '../../../shared/parser/inline-items.ts';
import { parseDocument } from '../../../shared/parser/index.ts';
import { looksLikeOrgName, splitNameList } from '../../../shared/parser/names.ts';
import { parsePeople } from '../../../shared/parser/people.ts';
import { tableRowLines } from '../../../shared/documents/table-rows.ts';

const doc = (...lines: string[]) => parseDocument(lines.join('\n'));
const people = (d: ReturnType<typeof doc>) =>
  [...d.office.people, ...d.office.units.flatMap((u) => u.people)].map((p) => `${p.title}:${p.name}`);

describe('sections', () => {
  it('reads 办事机构 and 部门设置 as unit headings, 组成人员 as the leaders', () => {
    const d = doc(
      '北川县人民代表大会常务委员会',
      '办事机构',
      '办公室',
      '负责会务工作。',
      '部门设置',
      '研究室',
      '负责调查研究。',
      '常委会组成人员',
      '主任：钟立',
    );
    expect(d.office.units.map((u) => u.name)).toEqual(['办公室', '研究室']);
    expect(people(d)).toEqual(['主任:钟立']);
  });

  it('takes 承担下列主要职责： as the lead-in of the duties, not a unit', () => {
    const d = doc(
      '北川省民政厅',
      '省民政厅承担下列主要职责：',
      '（一）拟订民政事业规划。',
      '（二）统筹推进、督促指导养老服务工作。',
    );
    expect(d.office.duties.map((x) => x.text)).toEqual(['拟订民政事业规划。', '统筹推进、督促指导养老服务工作。']);
    expect(d.office.units).toEqual([]);
  });

  it('names the office from a units lead-in that opens with its full name', () => {
    const d = doc(
      '北川县人大常委会机关机构设置',
      '北川县人民代表大会常务委员会是县人民代表大会的常设机关，对县人民代表大会负责。县人大常委会设立以下工作机构：',
      '（一）办公室',
    );
    expect(d.office.name).toBe('北川县人民代表大会常务委员会');
  });
});

describe('unit duties', () => {
  it('splits a unit duty line numbered inline (主要职责：1.…；2.…) into its items', () => {
    const d = doc(
      '北川县人大常委会',
      '工作机构',
      '（一）办公室',
      '主要职责：1.负责会务组织；2.负责文电档案；3.负责对外联络。',
    );
    expect(d.office.units[0]!.duties.map((x) => x.text)).toEqual([
      '负责会务组织；',
      '负责文电档案；',
      '负责对外联络。',
    ]);
  });

  it('finds inline items only when each clause takes the next number', () => {
    expect(inlineNumberedItems('1.负责甲；2.负责乙。')?.map((l) => l.rest)).toEqual(['负责甲；', '负责乙。']);
    expect(inlineNumberedItems('1.负责甲；负责乙；2.负责丙。')).toBeNull();
    expect(inlineNumberedItems('2.负责甲；3.负责乙。')).toBeNull();
    expect(inlineNumberedItems('负责甲；负责乙。')).toBeNull();
  });

  it('reads a sentence about bodies working under the office’s guidance as no unit duty', () => {
    const d = doc(
      '北川县人大常委会',
      '工作机构',
      '代表工作委员会',
      '负责代表联络。',
      '全县9个乡镇人大主席团在县人大常委会指导下开展工作。',
    );
    expect(d.office.units[0]!.duties.map((x) => x.text)).toEqual(['负责代表联络。']);
  });

  it('drops the 机构职责： label before a unit duty', () => {
    const d = doc('北川镇人民政府', '内设机构', '机构名称：党政办公室', '机构职责：负责文秘工作。');
    expect(d.office.units[0]!.duties.map((x) => x.text)).toEqual(['负责文秘工作。']);
  });
});

describe('names and people', () => {
  it('keeps 社会和法制委员会 whole: 社会 is no name', () => {
    expect(looksLikeOrgName('社会')).toBe(false);
    expect(splitNameList('社会和法制委员会')).toEqual(['社会和法制委员会']);
    expect(splitNameList('办公室和研究室')).toEqual(['办公室', '研究室']);
  });

  it('reads a sentence X是…机关 as no name, so it opens no unit', () => {
    expect(looksLikeOrgName('北川县人民代表大会常务委员会是县人民代表大会的常设机关')).toBe(false);
    const d = doc(
      '北川县人大常委会机关机构设置',
      '北川县人民代表大会常务委员会是县人民代表大会的常设机关。县人大常委会设立以下工作机构：',
      '（一）办公室',
    );
    expect(d.office.units.map((u) => u.name)).toEqual(['办公室']);
    expect(d.office.name).toBe('北川县人民代表大会常务委员会');
  });

  it('reads 主委 and 副主委 as titles', () => {
    expect(parsePeople('副主委　周海燕　许国平')).toEqual([
      { title: '副主委', name: '周海燕' },
      { title: '副主委', name: '许国平' },
    ]);
  });

  it('takes the post in parentheses after a 负责人’s name as the title', () => {
    expect(parsePeople('负责人：何志军（党组书记、主席）')).toEqual([{ title: '党组书记、主席', name: '何志军' }]);
    expect(parsePeople('负责人：黄立')).toEqual([{ title: '负责人', name: '黄立' }]);
  });

  it('keeps the second name in a 机构名称 field the title repeats as an alias', () => {
    const d = doc(
      '机构职能-北川县工商业联合会-北川县人民政府',
      '机构名称：北川县工商业联合会（县总商会）',
      '负责人：何立',
    );
    expect(d.office.name).toBe('北川县工商业联合会');
    expect(d.office.aliases).toContain('县总商会');
  });
});

describe('tables', () => {
  it('titles each row under a 职务 cell merged down it', () => {
    const rows = [
      [['职务'], ['姓名']],
      [['主席'], ['王立']],
      [['副主席'], ['陈英']],
      [[], ['刘洪']],
    ];
    expect(tableRowLines(rows)).toEqual(['主席：王立', '副主席：陈英', '副主席：刘洪']);
  });

  it('reads a first row 机构名称 | X as the card’s name field, not headings', () => {
    const rows = [
      [['机构名称'], ['党政综合办公室']],
      [['负责人'], ['黄立']],
    ];
    expect(tableRowLines(rows)).toEqual(['机构名称：党政综合办公室', '负责人：黄立']);
  });
});
