// Round 25's web-page shapes, one rule each, on small pages typed here: tab sets and
// accordions, units only as links under a heading, a 政府信息公开 field table, fields in spans.
import { describe, expect, it } from 'vitest';
import { htmlContentLines } from '../../../electron/node/documents/html.ts';
import { parseDocument } from '../../../shared/parser/index.ts';

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const parse = (html: string) => parseDocument(htmlContentLines(html).join('\n'));
const names = (html: string) => {
  const o = parse(html).office;
  return {
    internal: o.units.map((u) => u.name),
    affiliated: o.units.filter((u) => u.kind === 'affiliated').map((u) => u.name),
  };
};

describe('tabs and accordions', () => {
  it('puts each tab label above its pane, the open pane (a second class word) included', () => {
    const html = page(
      '机构设置 - 南岭县气象局',
      `<div class="box"><p>南岭县气象局是县政府与上级气象部门双重领导的气象主管机构，负责全县气象工作。</p>
      <ul class="tabbar"><li>内设机构</li><li>直属单位</li></ul>
      <div class="pane show"><ul><li><a href="/1">办公室</a></li><li><a href="/2">防灾减灾股</a></li></ul></div>
      <div class="pane"><ul><li><a href="/3">南岭县气象台</a></li></ul></div></div>`,
    );
    const lines = htmlContentLines(html);
    expect(lines.indexOf('内设机构')).toBeLessThan(lines.indexOf('办公室'));
    expect(lines.indexOf('直属单位')).toBeGreaterThan(lines.indexOf('防灾减灾股'));
    expect(lines.indexOf('直属单位')).toBeLessThan(lines.indexOf('南岭县气象台'));
    expect(names(html).affiliated).toEqual(['南岭县气象台']);
  });

  it('finds the panes inside the box that follows the strip', () => {
    const html = page(
      '南岭县气象局',
      `<div class="box"><p>南岭县气象局是县政府与上级气象部门双重领导的气象主管机构，负责全县气象工作。</p>
      <div class="tab"><span><a href="javascript:;">领导信息</a></span><span><a href="javascript:;">内设机构</a></span></div>
      <div class="tab-con"><div class="item"><p>局长：韦东</p></div><div class="item"><p>办公室、观测股。</p></div></div></div>`,
    );
    const lines = htmlContentLines(html);
    expect(lines.indexOf('内设机构')).toBe(lines.indexOf('办公室、观测股。') - 1);
    expect(parse(html).office.people.map((p) => p.name)).toEqual(['韦东']);
  });

  it('leaves a strip of labels alone when the panes after it do not match it one to one', () => {
    const html = page(
      '南岭县气象局',
      `<div><p>南岭县气象局负责全县气象观测、预报和服务工作，承担气象灾害防御的组织管理。</p>
      <ul class="tabbar"><li>内设机构</li><li>直属单位</li></ul><div class="pane"><p>办公室、观测股。</p></div></div>`,
    );
    expect(htmlContentLines(html)).toContain('内设机构');
  });

  it("reads an accordion's button as its item's name; a search button stays out", () => {
    const html = page(
      '南岭县气象局',
      `<section><h3>内设机构</h3><button>搜索</button>
      <div class="item"><button class="head">业务科</button><div class="panel"><p>负责气象观测业务的组织实施和质量管理。</p></div></div>
      <div class="item"><button class="head">政策法规科</button><div class="panel"><p>负责气象法规的宣传和行政执法监督工作。</p></div></div></section>`,
    );
    const lines = htmlContentLines(html);
    expect(lines).toContain('业务科');
    expect(lines).not.toContain('搜索');
    expect(parse(html).office.units.map((u) => [u.name, u.duties.length])).toEqual([
      ['业务科', 1],
      ['政策法规科', 1],
    ]);
  });
});

describe('units only as links', () => {
  it('keeps a block that opens with a units heading, though its links score nothing', () => {
    const html = page(
      '东岭市档案馆',
      `<div class="wrap"><div class="intro"><p>东岭市档案馆是市委直属的文化事业机构，负责收集、保管和利用全市档案。</p></div>
      <div class="part"><h4>内设科室</h4><ul><li><a href="/a">保管利用科</a></li><li><a href="/b">征集编研科</a></li></ul></div></div>`,
    );
    expect(names(html).internal).toEqual(['保管利用科', '征集编研科']);
  });

  it('keeps a list classed like site links when a units heading stands right above it', () => {
    const html = page(
      '东岭市档案馆',
      `<div class="wrap"><p>东岭市档案馆是市委直属的文化事业机构，负责收集、保管和利用全市档案。</p>
      <h3>内设机构</h3><ul class="links"><li><a href="/a">办公室</a></li><li><a href="/b">技术保护科</a></li></ul>
      <h3>友情链接</h3><ul class="links"><li><a href="/c">国家档案局</a></li></ul></div>`,
    );
    expect(names(html).internal).toEqual(['办公室', '技术保护科']);
  });
});

describe('a 政府信息公开 field table and fields in spans', () => {
  it('reads the whole label | value table when its duties cell is the best block', () => {
    const html = page(
      '东岭市司法局-机构职能-东岭市人民政府',
      `<table><tr><th>机构名称</th><td>东岭市司法局</td></tr>
      <tr><th>主要职责</th><td><p>1.负责全市法治宣传教育，组织实施普法规划。</p><p>2.负责全市人民调解和社区矫正工作。</p></td></tr>
      <tr><th>内设机构</th><td><a>办公室</a>　<a>法治督察科</a></td></tr>
      <tr><th>负责人</th><td>局长：何文</td></tr></table>`,
    );
    const o = parse(html).office;
    expect(o.duties).toHaveLength(2);
    expect(o.units.map((u) => u.name)).toEqual(['办公室', '法治督察科']);
    expect(o.people.map((p) => `${p.title}:${p.name}`)).toEqual(['局长:何文']);
  });

  it('reads a field table with two fields to a row (机构名称 | X | 负责人 | Y) as fields, not column headings', () => {
    const html = page(
      '东岭市林业局-机构职能-东岭市人民政府',
      `<table><tr><th>机构名称</th><td>东岭市林业局</td><th>负责人</th><td>局长：滕云</td></tr>
      <tr><th>办公地址</th><td>东岭市林苑路5号</td><th>联系电话</th><td>0745-1234567</td></tr>
      <tr><th>主要职责</th><td colspan="3"><p>1.负责全市林业资源保护和发展监督管理。</p><p>2.负责全市国土绿化和森林防火工作。</p></td></tr>
      <tr><th>内设机构</th><td colspan="3"><a>办公室</a>、<a>资源管理科</a></td></tr></table>`,
    );
    const o = parse(html).office;
    expect(o.address).toBe('东岭市林苑路5号');
    expect(o.people.map((p) => `${p.title}:${p.name}`)).toEqual(['局长:滕云']);
    expect(o.units.map((u) => u.name)).toEqual(['办公室', '资源管理科']);
  });

  it('keeps two classed spans of one row apart, so the name and its duty read as two fields', () => {
    const html = page(
      '东岭市总工会',
      `<div><p>东岭市总工会是全市职工的群众组织，维护职工合法权益。</p><h4>直属单位</h4>
      <ul><li><span class="n">东岭市工人文化宫</span><span class="d">组织职工文化活动。</span></li>
      <li><span class="n">东岭市职工学校</span><span class="d">开展职工技能培训。</span></li></ul></div>`,
    );
    expect(htmlContentLines(html)).toContain('东岭市工人文化宫　组织职工文化活动。');
    // Inline elements without a class are one run of text, as before.
    const plain = page(
      '东岭市总工会',
      '<div><p>东岭市总工会<b>维护</b><i>职工合法权益</i>，组织职工参与民主管理。</p></div>',
    );
    expect(htmlContentLines(plain)).toContain('东岭市总工会维护职工合法权益，组织职工参与民主管理。');
    expect(names(html).affiliated).toEqual(['东岭市工人文化宫', '东岭市职工学校']);
  });

  it('does not take a name with a phone field after it for the title line', () => {
    const html = page(
      '领导信息_东岭市应急管理局',
      `<div class="top">东岭市应急管理局<span>值班电话：0730-1234567</span></div>
      <div><h2>机构设置</h2><p>东岭市应急管理局设办公室、救援协调科、风险监测科3个内设机构。</p></div>`,
    );
    expect(parse(html).office.name).toBe('东岭市应急管理局');
  });
});
