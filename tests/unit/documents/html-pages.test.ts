// Saved government pages in the layouts real sites use (tests/fixtures/pages, written by us):
// the content finder keeps the office's text, a units table or list included, and drops the
// site around it; the page's metadata box (索引号, 发布机构, …) never reaches the parser.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/node/documents/extract.ts';
import { parseDocument } from '../../../shared/parser/index.ts';
import type { ParsedUnit } from '../../../shared/types.ts';

const PAGES = path.join(import.meta.dirname, '../../fixtures/pages');
const pageBytes = (name: string, charset: 'utf-8' | 'gbk' = 'utf-8') => {
  const text = readFileSync(path.join(PAGES, name), 'utf8');
  return new Uint8Array(charset === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text));
};
const read = async (name: string, charset: 'utf-8' | 'gbk' = 'utf-8') =>
  (await extractDocument(pageBytes(name, charset))).lines;
const unitNames = (units: ParsedUnit[]): string[] => units.flatMap((u) => [u.name, ...unitNames(u.units)]);

// Words of the site around the content: none may be in the lines the parser reads.
const FURNITURE =
  /索引号|发布机构|生成日期|主题分类|公开方式|打印|关闭|分享|相关|上一篇|下一篇|主办|承办|ICP|公网安备|网站标识码|首页|当前位置|版权所有|浏览次数/;

describe('a 政府信息公开 article page (metadata box, #zoom > .TRS_Editor, buttons, related links, footer, iframe)', () => {
  it('is the article alone, its title first', async () => {
    const lines = await read('xxgk-article.html');
    expect(lines).toEqual([
      '柳塘县市场监督管理局机构职能',
      '柳塘县市场监督管理局是县政府工作部门，为正科级，加挂县知识产权局牌子。',
      '一、主要职责',
      '（一）负责全县市场综合监督管理，贯彻执行市场监督管理法律法规和政策，起草相关规范性文件。',
      '（二）负责全县市场主体统一登记注册，指导各类企业、农民专业合作社和个体工商户的登记管理工作。',
      '（三）负责组织和指导全县市场监管综合执法工作，规范和维护市场秩序。',
      '（四）负责全县食品安全监督管理综合协调，组织开展食品安全风险监测和抽检工作。',
      '（五）完成县委、县政府交办的其他任务。',
      '二、内设机构',
      '根据上述职责，县市场监督管理局设下列内设机构：',
      '（一）办公室。负责机关日常运转，承担文电、会务、档案、财务和信息公开工作。',
      '（二）登记注册股。负责市场主体登记注册工作，承担企业信用信息公示有关工作。',
      '（三）食品安全协调股。承担县食品安全委员会日常工作，组织开展食品安全风险监测。',
      '（四）特种设备安全监察股。负责全县特种设备安全监督检查，组织开展事故调查。',
      '（五）知识产权股。负责商标、专利和地理标志保护工作，组织查处知识产权违法行为。',
      '县市场监督管理局机关行政编制18名。',
    ]);
  });

  it('parses to the office, its five duties and five units, with nothing of the metadata box in them', async () => {
    const parsed = parseDocument((await read('xxgk-article.html')).join('\n'));
    expect(parsed.office.name).toBe('柳塘县市场监督管理局');
    expect(parsed.office.duties).toHaveLength(5);
    expect(unitNames(parsed.office.units)).toEqual([
      '办公室',
      '登记注册股',
      '食品安全协调股',
      '特种设备安全监察股',
      '知识产权股',
    ]);
    expect(JSON.stringify(parsed.office)).not.toMatch(/索引号|发布机构|2024-00038|生成日期/);
  });

  it('a metadata box as a list of labelled items (not a table) is left out too', async () => {
    const lines = await read('units-as-links.html');
    expect(lines.join('\n')).not.toMatch(FURNITURE);
  });
});

describe('an old table-layout township page in GBK (text broken by <br>, &nbsp; indents, a column of links)', () => {
  it('is the content cell alone: no menu, breadcrumb, buttons, previous/next links or footer', async () => {
    const lines = await read('table-layout-township.html', 'gbk');
    expect(lines[0]).toBe('石门乡人民政府机构设置');
    expect(lines).toContain('一、综合办事机构');
    expect(lines).toContain('1．党政综合办公室：负责乡党委、政府日常事务，承担文秘、机要、档案、督查和后勤保障工作。');
    expect(lines).toContain('3．便民服务中心：承担各类便民事项的受理、代办和咨询服务工作。');
    expect(lines.at(-1)).toBe('办公地址：石门乡石门村府前街12号　　联系电话：0797-6712345');
    expect(lines).toHaveLength(13);
    expect(lines.join('\n')).not.toMatch(FURNITURE);
  });

  it('does not put the <title> (site name and column) above a content that names the office already', async () => {
    const parsed = parseDocument((await read('table-layout-township.html', 'gbk')).join('\n'));
    expect(parsed.office.name).toBe('石门乡人民政府');
    expect(parsed.office.address).toContain('府前街12号');
    expect(unitNames(parsed.office.units)).toEqual(
      expect.arrayContaining(['党政综合办公室', '平安建设办公室', '农业综合服务中心', '便民服务中心']),
    );
  });
});

describe('units listed as links', () => {
  it("a <ul> of links to each unit's page is content, not navigation (the site menu beside it is)", async () => {
    expect(await read('units-as-links.html')).toEqual([
      '江临市统计局内设机构',
      '江临市统计局设下列内设机构，各机构职责详见其页面：',
      '办公室',
      '综合统计科',
      '工业交通统计科',
      '贸易外经统计科',
      '人口和社会科技统计科',
      '服务业统计科',
      '统计执法监督科',
      '人事科',
      '直属事业单位：',
      '江临市统计调查中心',
      '江临市统计数据管理中心',
      '联系电话：0771-2233445　　传真：0771-2233446',
      '办公地址：江临市民族大道9号行政中心6楼',
    ]);
  });

  it('parses to eight internal units and two affiliated ones', async () => {
    const parsed = parseDocument((await read('units-as-links.html')).join('\n'));
    expect(parsed.office.name).toBe('江临市统计局');
    expect(parsed.office.units.map((u) => [u.name, u.kind])).toEqual([
      ['办公室', 'internal'],
      ['综合统计科', 'internal'],
      ['工业交通统计科', 'internal'],
      ['贸易外经统计科', 'internal'],
      ['人口和社会科技统计科', 'internal'],
      ['服务业统计科', 'internal'],
      ['统计执法监督科', 'internal'],
      ['人事科', 'internal'],
      ['江临市统计调查中心', 'affiliated'],
      ['江临市统计数据管理中心', 'affiliated'],
    ]);
  });

  it('a page that is only a heading and a list of links is read, its menu and footer not', async () => {
    expect(await read('affiliated-link-list.html')).toEqual([
      '龙泉区教育局下属单位',
      '龙泉区教育考试中心',
      '龙泉区教师发展中心',
      '龙泉区学生资助管理中心',
      '龙泉区教育技术装备站',
      '龙泉区第一中学',
      '龙泉区实验小学',
    ]);
  });
});

describe('a page Word saved as HTML (GBK, mso classes, list numbers behind <![if !supportLists]>)', () => {
  it('keeps the numbers Word wrote for its lists and drops the empty paragraphs', async () => {
    const lines = await read('word-saved-page.html', 'gbk');
    expect(lines[0]).toBe('桃源县医疗保障局职能配置、内设机构和人员编制规定');
    expect(lines[3]).toMatch(/^（一）\s*贯彻执行医疗保险、生育保险、医疗救助等医疗保障制度的法律法规和政策。$/);
    expect(lines).toHaveLength(10);
    const parsed = parseDocument(lines.join('\n'));
    expect(parsed.office.name).toBe('桃源县医疗保障局');
    expect(parsed.office.duties).toHaveLength(3);
    expect(unitNames(parsed.office.units)).toEqual(['办公室', '待遇保障股', '基金监管股']);
  });
});

describe('leader cards beside photos (a table cell of `姓名：`, `职务：`, `分工：` lines)', () => {
  it('become `职务：姓名` lines, each field on its own line, and the parser reads the leaders', async () => {
    const lines = await read('leader-cards.html');
    expect(lines).toEqual([
      '云溪市退役军人事务局领导信息',
      '局长：韩立军',
      '工作分工：主持局全面工作，分管办公室、政策法规科。',
      '副局长：林佩',
      '工作分工：负责移交安置、就业创业工作，分管移交安置科、就业创业科。',
    ]);
    const parsed = parseDocument(lines.join('\n'));
    expect(parsed.office.people.map((p) => [p.title, p.name])).toEqual([
      ['局长', '韩立军'],
      ['副局长', '林佩'],
    ]);
  });
});

describe('a units table with 负责人 and 联系电话 columns, the title in <div class="title">', () => {
  it("keeps the title, and labels the extra columns so they read as the unit's head and phone, not duties", async () => {
    const lines = await read('units-table-with-fields.html');
    expect(lines).toEqual([
      '南湖区卫生健康局内设科室',
      '区卫生健康局内设科室如下：',
      '1、办公室：负责机关日常运转和综合协调工作。',
      '负责人：赵敏',
      '联系电话：0573-8200101',
      '2、医政医管科：负责医疗机构和医疗服务的行业管理工作。',
      '负责人：钱立',
      '联系电话：0573-8200102',
      '3、疾病预防控制科：负责传染病和慢性病的预防控制工作。',
      '负责人：孙航',
      '联系电话：0573-8200103',
      '下属单位：区疾病预防控制中心　区卫生监督所　区妇幼保健院',
    ]);
    const parsed = parseDocument(lines.join('\n'));
    expect(parsed.office.name).toBe('南湖区卫生健康局');
    expect(parsed.office.units.slice(0, 3).map((u) => [u.name, u.duties.length, u.people.map((p) => p.name)])).toEqual([
      ['办公室', 1, ['赵敏']],
      ['医政医管科', 1, ['钱立']],
      ['疾病预防控制科', 1, ['孙航']],
    ]);
  });
});

describe('a WeChat article saved from the browser (the text set out in many small <section>s)', () => {
  it('is read whole, its sections in order, without the account, reading counts and QR prompt', async () => {
    expect(await read('wechat-sections.html')).toEqual([
      '一图读懂｜县医保局机构职能',
      '丰泽县医疗保障局',
      '丰泽县医疗保障局是县政府工作部门，为正科级。',
      '主要职责',
      '1.贯彻执行医疗保障制度的法律法规和政策。',
      '2.组织实施医疗保障基金监督管理办法。',
      '3.完成县委、县政府交办的其他任务。',
      '内设机构',
      '办公室、待遇保障股、基金监管股',
    ]);
  });
});
