// Round 40's shapes (tuning documents t484–t495: the rules most likely to misfire, and the
// open misses of round 37), one rule each, in small documents typed here; expectations by hand.
import { describe, expect, it } from 'vitest';
import { htmlContentLines } from '../../../electron/node/documents/html.ts';
import { tableRowLines } from '../../../shared/documents/table-rows.ts';
import { titledUnit, titleName } from '../../../shared/parser/names.ts';
import { readTableRow, readTableRows } from '../../../shared/parser/table.ts';
import { parseDocument } from '../../../shared/parser/index.ts';

const page = (title: string, body: string, head = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const parsePage = (html: string) => parseDocument(htmlContentLines(html).join('\n')).office;
const unitNames = (office: { units: { name: string; kind: string }[] }) =>
  office.units.map((u) => `${u.name}${u.kind === 'affiliated' ? '*' : ''}`);
const cells = (...row: string[]) => row.map((c) => [c]);

describe('columns and rows naming the bodies over a unit', () => {
  it('leaves a 主管部门 / 业务指导单位 column out of a typed table row under its header', () => {
    expect(
      readTableRows([
        '序号\t单位名称\t业务主管部门\t指导单位',
        '1\t白沙县水文站\t白沙县水利局\t省水文总站',
        '2\t白沙县灌区管理所\t白沙县水利局\t市灌区服务中心',
      ]),
    ).toEqual(['', '1、白沙县水文站', '2、白沙县灌区管理所']);
  });

  it('forgets the header at the next line that is no row', () => {
    expect(readTableRows(['单位名称\t主管部门', '白沙县水文站\t白沙县水利局', '其他说明', '办公室\t人事股'])).toEqual([
      '',
      '白沙县水文站',
      '其他说明',
      '办公室、人事股',
    ]);
  });

  it('reads a card\u2019s 上级主管部门 row as a field, not two names', () => {
    expect(readTableRow('上级主管部门\t白沙县水利局')).toBe('上级主管部门：白沙县水利局');
    expect(readTableRow('主办单位\t白沙县人民政府')).toBe('主办单位：白沙县人民政府');
  });

  it('leaves the relation columns out of a markup table too (web, Word)', () => {
    expect(
      tableRowLines([cells('单位名称', '举办单位', '地址'), cells('白沙县图书馆', '白沙县文化局', '书院街3号')]),
    ).toEqual(['白沙县图书馆：地址：书院街3号']);
  });
});

describe('a unit\u2019s own page', () => {
  const unitPage = (title: string, body: string, head = '') =>
    page(
      title,
      `<div class="crumbs">首页 &gt; 机构设置 &gt; 正文</div>
       <div class="main">${body}</div><div class="footer">地址：白沙县府东路2号</div>`,
      head,
    );

  it('names the unit first for 室, 中心, 大队, 所, 站 and 部 too', () => {
    expect(titledUnit('督查室_白沙县人民政府办公室')).toBe('督查室');
    expect(titledUnit('档案管理中心-白沙县住房和城乡建设局')).toBe('档案管理中心');
    expect(titledUnit('治安管理大队 | 白沙县公安局')).toBe('治安管理大队');
    expect(titledUnit('水土保持监测站_白沙县水利局')).toBe('水土保持监测站');
    expect(titledUnit('组织宣传部_白沙县总工会')).toBe('组织宣传部');
    expect(titleName('水土保持监测站_白沙县水利局')?.name).toBe('白沙县水利局');
  });

  it('takes no site column, no office with its place and no street office for a unit', () => {
    expect(titledUnit('新闻中心_白沙县水利局')).toBeNull();
    expect(titledUnit('白沙县人民政府办公室_部门机构_白沙县人民政府')).toBeNull();
    expect(titledUnit('河东街道办事处_白沙县人民政府')).toBeNull();
  });

  it('reads a 中心 page\u2019s duties as the unit\u2019s, dropping the sentence that says what the unit is', () => {
    const office = parsePage(
      unitPage(
        '档案管理中心-白沙县住房和城乡建设局',
        `<h2>档案管理中心</h2><p>档案管理中心是局属的公益一类单位。</p><p>主任：钱冬梅</p>
         <p>职责：</p><p>1.负责城建档案的接收和保管。</p><p>2.提供城建档案查询利用服务。</p>`,
      ),
    );
    expect(office.name).toBe('白沙县住房和城乡建设局');
    expect(office.duties).toHaveLength(0);
    expect(unitNames(office)).toEqual(['档案管理中心']);
    expect(office.units[0]!.duties).toHaveLength(2);
    expect(office.units[0]!.people.map((p) => `${p.title}:${p.name}`)).toEqual(['主任:钱冬梅']);
  });

  it('files the unit under the section the breadcrumb or column meta names (直属单位: affiliated)', () => {
    const office = parsePage(
      unitPage(
        '水土保持监测站_白沙县水利局',
        '<h2>水土保持监测站</h2><p>主要职责：</p><p>1.承担全县水土流失监测工作。</p>',
        '<meta name="ColumnName" content="直属单位">',
      ),
    );
    expect(unitNames(office)).toEqual(['水土保持监测站*']);
  });

  it('reads a page whose text introduces the body in full (`白沙县X中心是…`) as that body\u2019s own', () => {
    const office = parsePage(
      page(
        '公共资源交易中心_白沙县人民政府',
        `<div class="main"><h1>公共资源交易中心</h1><p>白沙县公共资源交易中心是县政府直属的公益一类事业单位。</p>
         <p>主要职责</p><p>1.负责全县公共资源交易平台的运行和管理。</p><p>2.负责交易场所和专家抽取的服务。</p>
         <p>中心设综合股、交易服务股2个股室。</p></div>`,
      ),
    );
    expect(office.name).toBe('白沙县公共资源交易中心');
    expect(office.duties).toHaveLength(2);
    expect(unitNames(office)).toEqual(['综合股', '交易服务股']);
  });
});

describe('the footer\u2019s contacts', () => {
  const site = (footer: string, contact = '') =>
    page(
      '单位概况_白沙县气象局',
      `<div class="main"><h2>单位概况</h2><p>白沙县气象局是县政府和省气象局双重管理的单位，负责全县气象业务和服务。</p>
       <p>主要职责</p><p>1.负责全县气象监测、预报预警和气象信息发布工作。</p><p>2.负责全县人工影响天气和气象灾害防御的组织管理。</p>
       <p>3.负责本县气象探测环境和设施的保护工作。</p>${contact}</div>
       <div class="copyright">${footer}</div>`,
    );
  const contacts = (html: string) => parsePage(html).contacts.map((c) => `${c.label}:${c.value}`);

  it('gives the office a footer\u2019s address, phone and postcode when the footer names no body', () => {
    expect(contacts(site('版权所有 © 2024　地址：白沙县气象路5号　电话：0745-6612121　邮编：418200'))).toEqual([
      '地址:白沙县气象路5号',
      '电话:0745-6612121',
      '邮编:418200',
    ]);
  });

  it('leaves a footer alone that names another body as the site\u2019s owner or host', () => {
    expect(contacts(site('主办单位：白沙县人民政府办公室　地址：白沙县府前路1号'))).toEqual([]);
    expect(contacts(site('版权所有：白沙县人民政府　地址：白沙县府前路1号'))).toEqual([]);
  });

  it('leaves the footer alone when the content gives an address', () => {
    expect(contacts(site('地址：白沙县府前路1号', '<p>办公地址：白沙县站前路9号</p>'))).toEqual([
      '办公地址:白沙县站前路9号',
    ]);
  });
});

describe('text shapes', () => {
  const parse = (lines: string[]) => parseDocument(lines.join('\n')).office;

  it('reads the names after a bare lead-in line in the intro (`设置了以下股室：`, `具体如下：`)', () => {
    const intro = ['白沙县审计局', '白沙县审计局是县政府工作部门。'];
    for (const lead of ['按照批复，局机关设置了以下股室：', '局机关共有3个股室，具体如下：'])
      expect(unitNames(parse([...intro, lead, '办公室', '财政审计股', '经济责任审计股']))).toEqual([
        '办公室',
        '财政审计股',
        '经济责任审计股',
      ]);
  });

  it('reads a lead-in at the end of the intro\u2019s own line, and a 局属 one as affiliated', () => {
    expect(
      unitNames(parse(['白沙县审计局', '白沙县审计局是县政府工作部门，内设机构如下：', '办公室', '法规股'])),
    ).toEqual(['办公室', '法规股']);
    expect(
      unitNames(parse(['白沙县审计局', '白沙县审计局是县政府工作部门。', '局属事业单位如下：', '白沙县审计信息中心'])),
    ).toEqual(['白沙县审计信息中心*']);
  });

  it('reads …广播 and …之声 under a 频率 heading as units, not elsewhere', () => {
    const office = parse([
      '白沙县广播电视台',
      '内设机构',
      '办公室',
      '广播频率',
      '白沙新闻广播（FM99.1）　播出本县新闻和服务信息。',
      '白沙之声　以音乐和文艺节目为主。',
    ]);
    expect(unitNames(office)).toEqual(['办公室', '白沙新闻广播', '白沙之声']);
    const duties = parse([
      '白沙县广播电视台',
      '主要职责',
      '1.负责全县应急广播的建设。',
      '内设机构',
      '办公室',
      '应急广播',
    ]);
    expect(unitNames(duties)).toEqual(['办公室']);
  });

  it('reads `title：name` lines after a list of service points as the office\u2019s leaders', () => {
    const office = parse([
      '白沙县医疗保障服务中心',
      '经办网点',
      '南门经办点　南门社区服务站一楼',
      '北关经办点　北关镇便民服务中心',
      '主任：车文华',
      '副主任：苗青',
    ]);
    expect(office.people.map((p) => `${p.title}:${p.name}`)).toEqual(['主任:车文华', '副主任:苗青']);
    expect(unitNames(office)).toEqual([]);
  });
});
