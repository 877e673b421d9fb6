// The PDF line rebuilder on hand-placed runs of text (A4: 595 points wide, margins at 72).
import { describe, expect, it } from 'vitest';
import { pdfLines, type TextRun } from '../../../shared/documents/pdf-lines.ts';

const WIDTH = 595;
/** A line of CJK text at 12 points, one character per 12 points, starting at `x`. */
const line = (text: string, y: number, x = 72): TextRun => ({ text, x, y, width: text.length * 12, size: 12 });
const FULL = 37; // characters that fill the 451-point text block

describe('pdfLines', () => {
  it('joins a paragraph the page width broke, and not the indented paragraph after it', () => {
    const a = '一'.repeat(FULL);
    const runs = [line(`${a}`, 700), line('二二二二。', 684), line('三'.repeat(20) + '。', 668, 96)];
    expect(pdfLines([{ width: WIDTH, runs }])).toEqual([`${a}二二二二。`, `${'三'.repeat(20)}。`]);
  });

  it('does not join a line that starts with a numbering label, even after a full line', () => {
    const a = '甲'.repeat(FULL);
    const runs = [line(a, 700), line('（二）乙乙乙乙。', 684), line('3.丙丙丙。', 668)];
    expect(pdfLines([{ width: WIDTH, runs }])).toEqual([a, '（二）乙乙乙乙。', '3.丙丙丙。']);
  });

  it('a page of short lines (a list of names) has nothing to join', () => {
    const runs = [
      line('办公室', 700),
      line('负责机关日常运转。', 684),
      line('财务审计科', 668),
      line('负责财务审计工作。', 652),
    ];
    expect(pdfLines([{ width: WIDTH, runs }])).toEqual([
      '办公室',
      '负责机关日常运转。',
      '财务审计科',
      '负责财务审计工作。',
    ]);
  });

  it('puts runs of one baseline together left to right, a wide gap as a space, Latin words spaced', () => {
    const runs: TextRun[] = [
      { text: '联系电话', x: 72, y: 700.4, width: 48, size: 12 },
      { text: '0791', x: 200, y: 700, width: 24, size: 12 },
      { text: '：', x: 120, y: 699.8, width: 12, size: 12 },
      { text: 'Email', x: 72, y: 680, width: 30, size: 12 },
      { text: 'office', x: 105, y: 680, width: 36, size: 12 },
    ];
    expect(pdfLines([{ width: WIDTH, runs }])).toEqual(['联系电话： 0791', 'Email office']);
  });

  it('drops page numbers and the header repeated on every page, and joins a paragraph across the page break', () => {
    const full = '长'.repeat(FULL);
    const page = (n: number, body: TextRun[]) => ({
      width: WIDTH,
      runs: [line('某某县统计局文件', 800, 250), ...body, line(n === 1 ? `- ${n} -` : `第${n}页`, 40, 280)],
    });
    const pages = [
      page(1, [line('某某县统计局主要职责', 760, 200), line(full, 700)]),
      page(2, [line('续写的部分。', 760), line('二、下一项。', 744)]),
    ];
    expect(pdfLines(pages)).toEqual(['某某县统计局主要职责', `${full}续写的部分。`, '二、下一项。']);
  });

  it('keeps a one-page document whole: a header seen once is not known to repeat', () => {
    expect(pdfLines([{ width: WIDTH, runs: [line('某某县统计局文件', 800, 250), line('正文。', 700)] }])).toEqual([
      '某某县统计局文件',
      '正文。',
    ]);
  });
});

describe('headings and footers', () => {
  it('a heading set larger that runs to the right margin is not joined onto the line after it', () => {
    const heading: TextRun = { text: '题'.repeat(25), x: 72, y: 760, width: 450, size: 18 };
    const runs = [heading, line('主要职责', 736), line('一、负责全县工作。', 720)];
    expect(pdfLines([{ width: WIDTH, runs }])).toEqual(['题'.repeat(25), '主要职责', '一、负责全县工作。']);
  });

  it('a centred title set larger that the page width broke is joined; a centred heading after it is not', () => {
    const title = (text: string, y: number): TextRun => ({
      text,
      x: 297.5 - (text.length * 18) / 2,
      y,
      width: text.length * 18,
      size: 18,
    });
    const runs = [
      title('某'.repeat(24), 760),
      title('规定', 738),
      line('第一条 为规范机构职能，制定本规定。', 700),
      line('第二条 本规定自印发之日起施行。', 684),
    ];
    expect(pdfLines([{ width: WIDTH, runs }])).toEqual([
      `${'某'.repeat(24)}规定`,
      '第一条 为规范机构职能，制定本规定。',
      '第二条 本规定自印发之日起施行。',
    ]);
    const spaced = [title('某'.repeat(24), 760), title('规定', 700), line('正文。', 660)];
    expect(pdfLines([{ width: WIDTH, runs: spaced }])).toEqual(['某'.repeat(24), '规定', '正文。']);
  });

  it('a footer of two columns (the office on the left, `第 N 页 共 M 页` on the right) is dropped on every page', () => {
    const page = (n: number, body: TextRun[]) => ({
      width: WIDTH,
      runs: [...body, line('某某县统计局', 40), { ...line(`第 ${n} 页 共 3 页`, 40), x: 420 }],
    });
    const pages = [
      page(1, [line('某某县统计局主要职责', 760, 200), line('一、负责统计工作。', 700)]),
      page(2, [line('二、负责统计调查。', 760)]),
      page(3, [line('三、完成交办的任务。', 760)]),
    ];
    expect(pdfLines(pages)).toEqual([
      '某某县统计局主要职责',
      '一、负责统计工作。',
      '二、负责统计调查。',
      '三、完成交办的任务。',
    ]);
  });
});

describe('text that repeats at the page edges', () => {
  it('is kept when it sits at different heights (a clause ending items on two pages), unlike a footer', () => {
    const clause = '和应急监测工作。';
    const pages = [
      { width: WIDTH, runs: [line('一、负责甲。', 760), line(clause, 100), line('某某县统计局', 40)] },
      { width: WIDTH, runs: [line('二、负责乙。', 760), line(clause, 300), line('某某县统计局', 40)] },
    ];
    expect(pdfLines(pages)).toEqual(['一、负责甲。', clause, '二、负责乙。', clause]);
  });
});

describe('radicals in the text layer', () => {
  it('are read as the characters they stand for (as Chromium writes Noto CJK text)', () => {
    // ⻘ U+2ED8, ⼯ U+2F2F, ⻔ U+2ED4, ⼀ U+2F00, ⻓ U+2ED3: radicals, not the characters 青 工 门 一 长.
    const runs = [line('\u2ed8溪县农业农村局', 700), line('\u2f00、负责全县\u2f2f作，部\u2ed4\u2ed3期规划。', 684)];
    expect(pdfLines([{ width: WIDTH, runs }])).toEqual(['青溪县农业农村局', '一、负责全县工作，部门长期规划。']);
  });
});

describe('paragraph spacing', () => {
  it('a full line followed by space before the next paragraph is not joined to it', () => {
    const a = '甲'.repeat(FULL);
    const b = '乙'.repeat(FULL);
    // Lines 16 points apart inside a paragraph, 30 between paragraphs, nothing indented;
    // the first paragraph ends on a full line.
    const runs = [line(a, 700), line(a, 684), line(b, 654), line(b, 638), line('乙乙。', 622)];
    expect(pdfLines([{ width: WIDTH, runs }])).toEqual([a + a, `${b}${b}乙乙。`]);
    const unspaced = [line(a, 700), line(a, 684), line(b, 668), line(b, 652), line('乙乙。', 636)];
    expect(pdfLines([{ width: WIDTH, runs: unspaced }])).toEqual([`${a}${a}${b}${b}乙乙。`]);
  });
});

describe('a table of units in a PDF', () => {
  it('becomes `名称：职责` rows, a cell that wraps joined under its own column', () => {
    const cell = '负'.repeat(30); // from x 160 to the right margin
    const runs = [
      line('办公室', 700),
      { ...line(cell, 700), x: 163 },
      { ...line('务工作。', 684), x: 163 },
      line('执法监督股', 668),
      { ...line('负责行政执法监督。', 668), x: 163 },
    ];
    expect(pdfLines([{ width: WIDTH, runs }])).toEqual([`办公室：${cell}务工作。`, '执法监督股：负责行政执法监督。']);
  });
});

describe('a table with narrow columns that runs onto the next page', () => {
  it('finds its columns a character apart, and leaves out the heading row repeated on the next page', () => {
    // Columns at 72 (序号, wrapped as 序/号), 106 (名称), 190 (职责) and 478 (电话): in the heading
    // row 序 and 名称 sit under two characters apart, in each row the duty and the phone do.
    const head = (y: number) => [
      line('序', y),
      line('机构名称', y, 106),
      line('主要职责', y, 190),
      line('联系电话', y, 478),
      line('号', y - 14),
    ];
    const row = (y: number, n: string, name: string, duty: string, phone: string) => [
      { ...line(n, y), width: 6 },
      line(name, y, 106),
      line(duty, y, 190),
      { ...line('0772-', y, 478), width: 30 },
      { ...line(phone, y - 14, 478), width: 42 },
    ];
    const duty = '负'.repeat(22) + '责';
    const page1 = [
      line('某市卫生健康委员会内设机构', 760),
      line('内设机构及联系方式：', 740),
      ...head(700),
      ...row(668, '1', '办公室', duty, '3310001'),
    ];
    const page2 = [...head(780), ...row(748, '2', '人事科', '负责人事工作。', '3310002')];
    expect(
      pdfLines([
        { width: WIDTH, runs: page1 },
        { width: WIDTH, runs: page2 },
      ]),
    ).toEqual([
      '某市卫生健康委员会内设机构',
      '内设机构及联系方式：',
      `1、办公室：${duty}`,
      '联系电话：0772-3310001',
      '2、人事科：负责人事工作。',
      '联系电话：0772-3310002',
    ]);
  });
});

describe('a page set in two columns', () => {
  it('is read down the left column, then the right, though most left lines end their paragraphs short', () => {
    // Left column 72–288 (18 characters), right column from 306: a heading, then paragraphs of
    // one full line and a short last line each; more lines end short (at a full stop or colon)
    // than run to the gutter.
    const left = ['主要职责：'];
    for (const ch of '甲乙丙丁戊') left.push(ch.repeat(18), `${ch}${ch}工作。`);
    left.push('内设机构：');
    const names = ['派出机构：', '城东市场监督管理所', '城西市场监督管理所', '高新区市场监督管理所'];
    const right = ['己'.repeat(18), '己己工作。', ...names];
    const runs = [...left.map((t, i) => line(t, 700 - i * 18)), ...right.map((t, i) => line(t, 700 - i * 18, 306))];
    expect(pdfLines([{ width: WIDTH, runs }])).toEqual([
      '主要职责：',
      ...[...'甲乙丙丁戊'].map((ch) => `${ch.repeat(18)}${ch}${ch}工作。`),
      '内设机构：',
      `${'己'.repeat(18)}己己工作。`,
      ...names,
    ]);
  });
});

describe('a ruled table of two columns whose name column is narrow', () => {
  it('reads a name wrapped in its cell and a duty cell cut by the page break as one row each', () => {
    // Names at 72, three characters to a line; duties at 120, a character past the names'
    // right edge (too close for the pieces of a `名称 内容` line). Lines of a cell 16 points
    // apart, rows 24; the page break falls inside 执法监督处's duty cell.
    const duty = '负'.repeat(33);
    const cell = (name: string[], duties: string[], y: number) => [
      ...name.map((t, k) => line(t, y - k * 16)),
      ...duties.map((t, k) => line(t, y - k * 16, 120)),
    ];
    const page1 = [
      line('内设机构：', 760),
      ...cell(['处室名', '称'], ['主要职责'], 736),
      ...cell(['办公室'], [duty, '务工作。'], 696),
      ...cell(['生态环', '境执法', '监督处'], [duty, duty], 656),
    ];
    const page2 = [
      line('某某省生态环境厅', 810, 250),
      ...cell([], [duty, '法工作。'], 760),
      ...cell(['人事处'], ['负责人事工作。'], 720),
    ];
    expect(
      pdfLines([
        { width: WIDTH, runs: [line('某某省生态环境厅', 810, 250), ...page1] },
        { width: WIDTH, runs: page2 },
      ]),
    ).toEqual([
      '内设机构：',
      `办公室：${duty}务工作。`,
      `生态环境执法监督处：${duty.repeat(3)}法工作。`,
      '人事处：负责人事工作。',
    ]);
  });
});

describe('cells merged down the rows of a ruled table', () => {
  it('keep their wrapped lines in their row, and the rows under them stay rows', () => {
    // 序号 at 72, name at 100, duty at 170; rows 24 points apart, lines of a cell 16. The name
    // cell is merged down two duty rows, so its second line (处, 16 below) sits between them.
    // Prose across the page above the table (no gutter between its columns).
    const full = '甲'.repeat(FULL);
    const runs = [
      ...[full, '甲甲。', full, '乙乙。'].map((t, k) => line(t, 840 - k * 16)),
      line('序', 760),
      line('内设机构', 760, 100),
      line('职责', 760, 170),
      line('号', 744),
      { ...line('1', 720), width: 6 },
      line('综合规划', 720, 100),
      line('负责规划编制。', 720, 170),
      line('处', 704, 100),
      line('负责投资计划。', 696, 170),
      { ...line('2', 672), width: 6 },
      line('人事处', 672, 100),
      line('负责人事工作。', 672, 170),
    ];
    expect(pdfLines([{ width: WIDTH, runs }])).toEqual([
      `${full}甲甲。`,
      `${full}乙乙。`,
      '1、综合规划处：负责规划编制。',
      '负责投资计划。',
      '2、人事处：负责人事工作。',
    ]);
  });

  it('a line of fields set apart (发布时间 来源 浏览次数) is no table over the prose under it', () => {
    // The fields start at 72, 290 and 384 (two characters apart at most); the prose line, in
    // runs as Chromium writes them, runs on across where the third starts.
    const prose = '某市局是市政府工作部门，加挂某某牌子，负责全市某某事务的监督管理工作。';
    const runs = [
      { ...line('发布时间：2025-04-18', 760), width: 132 },
      line('来源：某市局', 760, 290),
      { ...line('浏览次数：12', 760, 384), width: 72 },
      line(prose.slice(0, 18), 738),
      line(prose.slice(18, 25), 738, 288),
      line(prose.slice(25), 738, 372),
      line('一、主要职责', 716),
    ];
    const lines = pdfLines([{ width: WIDTH, runs }]);
    expect(lines[0]).toMatch(/^发布时间：2025-04-18.*浏览次数：12$/);
    expect(lines.slice(1)).toEqual([prose, '一、主要职责']);
  });
});

describe('round 36 PDF and OFD text layers', () => {
  /** One text object per character, as per-character OFD writers set them; a space gets no object. */
  const perCharacter = (text: string, y: number, x = 72): TextRun[] => {
    const runs: TextRun[] = [];
    for (const ch of text) {
      const width = /[\u0020-\u024f]/.test(ch) ? 6 : 12;
      if (ch !== ' ') runs.push({ text: ch, x, y, width, size: 12 });
      x += width;
    }
    return runs;
  };

  it('keeps the space before and after a Latin word or a number in a layer of one object per character', () => {
    const runs = [
      ...perCharacter('热线：12345 转3号', 700),
      ...perCharacter('Email: ab@c.cn', 680),
      ...perCharacter('新街路25号', 660),
    ];
    expect(pdfLines([{ width: WIDTH, runs }])).toEqual(['热线：12345 转3号', 'Email: ab@c.cn', '新街路25号']);
  });

  it('does not join a short heading ending in a colon onto a full line that ends a sentence', () => {
    const full = '负'.repeat(FULL - 1) + '。';
    const runs = [line(full, 700), line('所属事业单位：', 684), line(full, 668), line('责任。', 652)];
    expect(pdfLines([{ width: WIDTH, runs }])).toEqual([full, '所属事业单位：', `${full}责任。`]);
  });

  it('sets a field apart from its value as 名称：内容, but not a field whose value has a label of its own', () => {
    const runs = [
      line('办公地点', 700),
      line('人民路1号', 700, 150),
      line('联系方式', 684),
      line('电话：0578-8061235', 684, 150),
    ];
    expect(pdfLines([{ width: WIDTH, runs }])).toEqual(['办公地点：人民路1号', '联系方式 电话：0578-8061235']);
  });
});
