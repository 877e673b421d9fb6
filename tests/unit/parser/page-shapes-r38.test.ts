// Round 38's shapes (tuning documents t460–t471: saved web pages and text copies), one rule
// each, in small pages and texts typed here; expectations by hand.
import { describe, expect, it } from 'vitest';
import { htmlContentLines } from '../../../electron/node/documents/html.ts';
import { foldCellLines } from '../../../shared/parser/cell-lines.ts';
import { ordinalItems } from '../../../shared/parser/inline-items.ts';
import { cleanLine } from '../../../shared/parser/noise.ts';
import { currentPost, parsePeople } from '../../../shared/parser/people.ts';
import { joinSplitNames } from '../../../shared/parser/split-names.ts';
import { wrapWidth } from '../../../shared/parser/wrap-width.ts';
import { parseDocument } from '../../../shared/parser/index.ts';

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const parsePage = (html: string) => parseDocument(htmlContentLines(html).join('\n')).office;
const parseText = (lines: string[]) => parseDocument(lines.join('\n')).office;
const dutyCounts = (office: { units: { name: string; duties: unknown[] }[] }) =>
  Object.fromEntries(office.units.map((u) => [u.name, u.duties.length]));

describe('page decoration copied with the text', () => {
  it('drops an icon font glyph (a private-use character) before a name or between two fields', () => {
    expect(cleanLine('\ue62b\u3000档案科')).toBe('档案科');
    expect(parsePeople(cleanLine('\ue611科长：韦佳明\ue620 0772-3318806'))).toEqual([
      { title: '科长', name: '韦佳明' },
    ]);
    // Between two Han characters it may be a rare character a GBK page kept: it stays.
    expect(cleanLine('王\ue4c6明')).toBe('王\ue4c6明');
  });

  it('drops a collapsible panel\u2019s toggle label after its text, not a sentence ending in 展开', () => {
    expect(cleanLine('负责全县档案的接收和保管工作。收起∧')).toBe('负责全县档案的接收和保管工作。');
    expect(cleanLine('指导档案信息化建设，…展开∨')).toBe('指导档案信息化建设，');
    expect(cleanLine('承担档案利用服务工作。[展开]')).toBe('承担档案利用服务工作。');
    expect(cleanLine('各项工作全面展开')).toBe('各项工作全面展开');
  });

  it('reads a head\u2019s name with a bare phone number after a gap as the person alone', () => {
    expect(parsePeople('站长：覃丽华　0772-3318821')).toEqual([{ title: '站长', name: '覃丽华' }]);
  });
});

describe('a table whose cells came out one to a line', () => {
  const rows = [
    '单位名称',
    '负责人',
    '办公电话',
    '档案科',
    '韦佳明',
    '0772-3318806',
    '编研科',
    '蒙晓燕',
    '0772-3318807',
  ];

  it('folds each group of cells under the header into its row, leaving every line in place', () => {
    expect(foldCellLines(rows)).toEqual([
      '',
      '',
      '',
      '档案科：负责人：韦佳明',
      '',
      '',
      '编研科：负责人：蒙晓燕',
      '',
      '',
    ]);
  });

  it('leaves lines alone when a group does not open with a name, or there is one row only', () => {
    const prose = ['机构名称', '负责人', '以下为各科室情况', '韦佳明'];
    expect(foldCellLines(prose)).toEqual(prose);
    expect(foldCellLines(rows.slice(0, 6))).toEqual(rows.slice(0, 6));
  });

  it('reads a page of flex-div rows (a header row of the same kind) as units with their heads', () => {
    const row = (a: string, b: string, c: string) =>
      `<div class="tr"><div class="td">${a}</div><div class="td">${b}</div><div class="td">${c}</div></div>`;
    const office = parsePage(
      page(
        '科室设置_柳川市档案馆',
        `<div class="content"><h2>科室设置</h2><div class="grid">
        <div class="tr head"><div class="td">科室名称</div><div class="td">负责人</div><div class="td">联系电话</div></div>
        ${row('档案科', '韦佳明', '0772-3318806')}${row('编研科', '蒙晓燕', '0772-3318807')}${row('技术保护科', '覃建国', '0772-3318808')}
        </div></div>`,
      ),
    );
    expect(office.units.map((u) => u.name)).toEqual(['档案科', '编研科', '技术保护科']);
    expect(office.units[1]!.people.map((p) => `${p.title}:${p.name}`)).toEqual(['负责人:蒙晓燕']);
  });
});

describe('duties counted 一是…二是… inside a paragraph', () => {
  it('splits the items off their lead-in, markers left off', () => {
    expect(ordinalItems('本馆承担以下工作：一是收集档案；二是提供利用。')).toEqual({
      lead: '本馆承担以下工作：',
      items: ['收集档案；', '提供利用。'],
    });
    // A marker opens the paragraph or follows a stop: `统一是` inside a clause is none.
    expect(ordinalItems('全市档案工作统一是基础，二是保障。')).toBeNull();
    expect(ordinalItems('二是提供利用；三是开展编研。')).toBeNull();
  });

  it('reads an office\u2019s and a unit\u2019s counted items as their duties', () => {
    const office = parseText([
      '柳川市档案馆',
      '主要职能',
      '本馆主要承担全市档案事业的管理服务工作：一是接收和征集档案；二是保管和保护档案；三是提供档案利用。',
      '内设科室',
      '档案科',
      '主要任务：一是负责馆藏档案的整理；二是负责档案的数字化。',
    ]);
    expect(office.duties.map((d) => d.text)).toEqual(['接收和征集档案；', '保管和保护档案；', '提供档案利用。']);
    expect(dutyCounts(office)).toEqual({ 档案科: 2 });
  });
});

describe('a text copy hard-wrapped at a narrow width', () => {
  const wrapped = [
    '柳川市档案馆',
    '一、主要职责',
    '（一）贯彻执行档案工作的法律法规和方',
    '针政策，拟订全市档案事业发展规划并组',
    '织实施。',
    '（二）负责接收、征集和管理市级机关的',
    '档案资料，做好档案的安全保管工作和利',
    '用服务。',
    '二、内设机构',
    '（一）档案接收征',
    '集科。负责指导市直机关档案工作，组织',
    '接收进馆档案和征集散存档案。',
    '（二）编研与利用科。负责编研馆藏档案',
    '史料，承担档案查阅利用服务工作。',
  ];

  it('finds the width many unfinished lines share, and none in ordinary text', () => {
    expect(wrapWidth(wrapped)).toBe(18);
    expect(wrapWidth(['档案科', '负责档案的接收和管理工作。', '编研科', '负责档案编研工作。'])).toBeNull();
    // Phone fields share a length too, but they are no running text cut short.
    const phones = ['档案科', '联系电话：0772-3318806', '编研科', '联系电话：0772-3318807'];
    expect(wrapWidth([...phones, ...phones, ...phones])).toBeNull();
  });

  it('joins a numbered unit name broken over two lines, not a heading over the next name', () => {
    expect(joinSplitNames(['（一）档案接收征', '集科。负责…'])).toEqual(['', '（一）档案接收征集科。负责…']);
    expect(joinSplitNames(['（二）内设机构', '档案科。负责…'])).toEqual(['（二）内设机构', '档案科。负责…']);
    // A next line numbered itself is the group's first item, not the rest of a name.
    expect(joinSplitNames(['（一）业务机构', '1.档案科　负责…'])).toEqual(['（一）业务机构', '1.档案科　负责…']);
  });

  it('reads each wrapped duty and unit as one', () => {
    const office = parseText(wrapped);
    expect(office.duties).toHaveLength(2);
    expect(office.duties[0]!.text).toBe('贯彻执行档案工作的法律法规和方针政策，拟订全市档案事业发展规划并组织实施。');
    expect(dutyCounts(office)).toEqual({ 档案接收征集科: 1, 编研与利用科: 1 });
  });
});

describe('units listed, then given their duties block by block', () => {
  it('gives the listed unit the duties of its block instead of naming it twice', () => {
    const office = parsePage(
      page(
        '柳川市档案馆 机构职能',
        `<div class="zw"><h2>柳川市档案馆机构职能</h2><p><b>内设机构</b></p>
        <p>市档案馆设下列科室：<a href="#k1">档案科</a>、<a href="#k2">编研科</a>。</p>
        <p><b>科室职责</b></p>
        <div><a name="k1"></a><p><b>档案科：</b>负责馆藏档案的接收、整理和保管。</p></div>
        <div><a name="k2"></a><p><b>编研科：</b>负责馆藏史料的编研和出版。</p></div></div>`,
      ),
    );
    expect(dutyCounts(office)).toEqual({ 档案科: 1, 编研科: 1 });
  });
});

describe('leader résumés', () => {
  it('takes the post a résumé says is held now, without the body it is held in', () => {
    expect(currentPost('曾任县档案局副局长。现任市档案馆党组书记、馆长。')).toBe('党组书记、馆长');
    expect(currentPost('现任市档案馆四级调研员。')).toBe('四级调研员');
    expect(currentPost('曾任县档案局副局长。')).toBeNull();
  });

  it('titles the name on the card above the résumé by that post', () => {
    const office = parsePage(
      page(
        '领导信息-柳川市档案馆',
        `<div class="main"><div class="leader"><img alt="韦秋生同志"><h4>韦秋生</h4>
        <p>韦秋生，男，壮族，1973年4月出生，大学学历。</p><p>曾任市委办公室副主任。现任市档案馆党组书记、馆长。</p></div>
        <div class="leader"><img alt="梁慧同志"><h4>梁慧</h4>
        <p>梁慧，女，汉族，1982年2月出生，研究生学历。</p><p>现任市档案馆党组成员、副馆长。</p></div></div>`,
      ),
    );
    expect(office.people.map((p) => `${p.title}:${p.name}`)).toEqual([
      '党组书记、馆长:韦秋生',
      '党组成员、副馆长:梁慧',
    ]);
  });
});

describe('mobile pages and portal pages', () => {
  it('reads a group of link cells under a heading of its own, and the contact cells under 联系我们', () => {
    const cell = (name: string) => `<a class="cell" href="/m/1.html"><div class="cell-bd"><p>${name}</p></div></a>`;
    const office = parsePage(
      page(
        '柳川市档案馆',
        `<header><h1>柳川市档案馆</h1></header><div class="page">
        <div class="group-title">馆情简介</div><div class="article"><p>柳川市档案馆是市委直属的公益一类事业单位，负责集中统一管理全市重要档案。</p></div>
        <div class="group-title">内设机构</div><div class="cells">${cell('档案科')}${cell('编研科')}</div>
        <div class="group-title">联系我们</div><div class="cells"><div class="cell"><div class="cell-hd">地址</div><div class="cell-bd">柳川市城中区文昌路8号</div></div></div>
        </div>`,
      ),
    );
    expect(office.units.map((u) => u.name)).toEqual(['档案科', '编研科']);
    expect(office.address).toContain('文昌路8号');
  });

  it('takes a portal footer\u2019s 本局地址 for the page\u2019s own office', () => {
    const office = parsePage(
      page(
        '机构职能 - 柳川县档案局',
        `<div class="nav">首页 &gt; 县直部门 &gt; 柳川县档案局 &gt; 机构职能</div>
        <div class="body"><h3>主要职责</h3><p>1.负责全县档案事业的统筹规划和组织协调。</p><p>2.负责全县档案工作的监督和指导。</p></div>
        <div class="foot">主办：柳川县人民政府办公室<br>本局地址：柳川县城关镇河滨路12号</div>`,
      ),
    );
    expect(office.name).toBe('柳川县档案局');
    expect(office.address).toContain('河滨路12号');
  });

  it('names no alias by a heading on the office\u2019s own organs (部机关简介)', () => {
    const office = parseText(['中共柳川县委宣传部', '部机关简介', '中共柳川县委宣传部是县委主管宣传工作的职能部门。']);
    expect(office.aliases).not.toContain('部');
  });
});
