// One office, written for these tests (invented names, our own words), in the four formats an
// official might have it: the text, a saved web page around it, a Word file and a PDF. The
// expected units and duties are typed by hand from the text below.
import { renderDocx } from '../../helpers/render-docx.ts';
import { renderPdf } from '../../helpers/render-pdf.ts';

export const OFFICE_NAME = '青溪县农业农村局';

export const DUTIES = [
  '贯彻落实党中央关于“三农”工作的方针政策和决策部署，统筹研究和组织实施全县“三农”工作发展战略、中长期规划和重大政策。',
  '负责全县种植业、畜牧业、渔业、农业机械化等农业各产业的监督管理，指导粮食等农产品生产，组织构建现代农业产业体系。',
  '负责农产品质量安全监督管理，组织开展农产品质量安全监测、追溯和风险评估工作，参与制定农产品质量安全地方标准。',
  '负责农村经营管理工作，指导农村集体经济组织发展和集体资产管理，承担农民负担监督管理和农村土地承包管理工作。',
  '完成县委、县政府交办的其他任务。',
];

export const UNITS: [string, string][] = [
  ['办公室', '负责机关文电、会务、机要、档案和政务公开等日常运转工作，承担安全保密、信访和对外宣传工作。'],
  [
    '农村经营管理股',
    '负责农村土地承包和集体产权制度改革工作，指导农民合作社和家庭农场发展，承担农村集体资产监督管理工作。',
  ],
  ['种植业管理股', '负责种植业生产的监督管理，承担耕地质量建设、农作物病虫害防治和农业防灾减灾工作。'],
  ['农产品质量安全股', '负责农产品质量安全监测和监督抽查，承担农业投入品监督管理和农产品质量安全追溯工作。'],
];

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The office as its plain text: numbered duties, then `科室：职责` lines. */
export const OFFICE_TEXT = [
  OFFICE_NAME,
  '机构职能',
  `${OFFICE_NAME}是县政府工作部门，为正科级，加挂县乡村振兴局牌子。`,
  '主要职责',
  ...DUTIES.map((d, i) => `${NUMERALS[i]}、${d}`),
  '内设机构',
  ...UNITS.map(([name, duty]) => `${name}：${duty}`),
].join('\n');

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The office as a county government site shows it: site chrome around, duties as an <ol>, units as a table. */
export function officeHtml(charset = 'utf-8'): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="${charset}"><title>机构职能-${OFFICE_NAME}-青溪县人民政府</title>
<style>body{font-family:SimSun}.nav li{float:left}</style>
<script>var _hmt = _hmt || []; document.write("统计代码不是内容");</script></head>
<body>
<div id="top"><div class="logo"><img src="logo.png" alt="青溪县人民政府门户网站">青溪县人民政府</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xxgk/">信息公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjqx/">走进青溪</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/jgzn/">机构职能</a></div>
<div class="wrap">
  <div class="sidebar"><h3>部门导航</h3><ul><li><a href="#">县发展改革委</a></li><li><a href="#">县教育局</a></li><li><a href="#">县公安局</a></li><li><a href="#">县财政局</a></li><li><a href="#">县农业农村局</a></li></ul></div>
  <div class="article">
    <h1>${OFFICE_NAME}</h1>
    <div class="meta">发布时间：2024-04-18 09:30　来源：${OFFICE_NAME}　浏览次数：368　【字体：大 中 小】</div>
    <div class="TRS_Editor">
      <p><strong>机构职能</strong></p>
      <p>　　${esc(`${OFFICE_NAME}是县政府工作部门，为正科级，加挂县乡村振兴局牌子。`)}</p>
      <p><strong>主要职责</strong></p>
      <ol style="list-style-type: cjk-ideographic">
${DUTIES.map((d) => `        <li>${esc(d)}</li>`).join('\n')}
      </ol>
      <p><strong>内设机构</strong></p>
      <table class="MsoNormalTable" border="1" cellspacing="0">
        <thead><tr><th>科室名称</th><th>主要职责</th></tr></thead>
        <tbody>
${UNITS.map(([name, duty]) => `          <tr><td>${name}</td><td><p>${esc(duty)}</p></td></tr>`).join('\n')}
        </tbody>
      </table>
    </div>
    <div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
    <div class="print-close"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
  </div>
</div>
<div class="footer"><p>主办单位：青溪县人民政府办公室　承办单位：青溪县大数据中心</p><p>地址：青溪县城关镇府前路1号　电话：0000-1234567</p><p>网站标识码：0000000000　青ICP备00000000号</p></div>
</body></html>`;
}

/** The office as its Word file: real Word numbering for the duties, the units as a table. */
export const officeDocx = () => renderDocx(OFFICE_TEXT, { table: { header: ['科室名称', '主要职责'] } });

/** The office as a typeset PDF: paragraphs wrapped at the page width, a page number at the foot. */
export const officePdf = () => renderPdf(OFFICE_TEXT);

// A larger office for the same check: ten units (eight internal, two affiliated) numbered
// （一）… with their duties numbered 1. 2. under them, the kind of nesting 三定 pages use.
export const LARGE_NAME = '云岭市应急管理局';

export const LARGE_DUTIES = [
  '贯彻落实党中央、国务院和省委、省政府关于应急管理、安全生产和防灾减灾救灾工作的方针政策，拟订全市应急管理地方性规章草案并组织实施。',
  '负责全市应急管理工作，指导各县区和市直有关部门应对安全生产类、自然灾害类等突发事件和综合防灾减灾救灾工作。',
  '组织编制全市总体应急预案和安全生产类、自然灾害类专项预案，综合协调应急预案衔接工作，组织开展预案演练。',
  '统筹全市应急救援力量建设，负责综合性消防救援和专业应急救援力量的指导协调，建立应急协调联动机制。',
  '依法行使安全生产综合监督管理职权，指导协调、监督检查市直有关部门和各县区安全生产工作。',
  '完成市委、市政府交办的其他任务。',
];

export const LARGE_UNITS: { name: string; kind: 'internal' | 'affiliated'; duties: string[] }[] = [
  {
    name: '办公室',
    kind: 'internal',
    duties: ['负责机关文电、会务、机要、档案和政务公开等日常运转工作。', '承担机关财务、资产管理和内部审计工作。'],
  },
  {
    name: '应急指挥中心',
    kind: 'internal',
    duties: ['承担应急值守、政务值班和突发事件信息汇总工作。', '组织协调重大突发事件的应急处置。'],
  },
  {
    name: '风险监测和综合减灾科',
    kind: 'internal',
    duties: ['负责全市自然灾害综合风险评估和监测预警工作，组织开展综合减灾示范创建。'],
  },
  {
    name: '救援协调和预案管理科',
    kind: 'internal',
    duties: ['负责统筹全市应急预案体系建设，组织编制总体应急预案和专项预案。'],
  },
  { name: '火灾防治管理科', kind: 'internal', duties: ['负责组织协调森林火灾防治工作，指导开展防火巡护和火源管理。'] },
  {
    name: '防汛抗旱科',
    kind: 'internal',
    duties: ['负责组织协调水旱灾害防治和抗旱防汛工作，承担市防汛抗旱指挥部日常工作。'],
  },
  {
    name: '安全生产基础科',
    kind: 'internal',
    duties: ['负责非煤矿山、危险化学品和烟花爆竹等行业安全生产基础工作的监督管理。'],
  },
  {
    name: '政策法规科',
    kind: 'internal',
    duties: ['负责起草应急管理地方性规章草案，承担行政复议、行政应诉和普法工作。'],
  },
  { name: '云岭市应急救援保障中心', kind: 'affiliated', duties: ['承担全市应急物资储备管理和应急救援保障服务工作。'] },
  { name: '云岭市地震监测中心', kind: 'affiliated', duties: ['承担全市地震监测预报和震情跟踪工作。'] },
];

const unitLines = (units: typeof LARGE_UNITS) =>
  units.flatMap(({ name, duties }, i) => [
    `（${NUMERALS[i]}）${name}`,
    ...(duties.length > 1 ? duties.map((d, k) => `${k + 1}.${d}`) : duties),
  ]);
const internal = LARGE_UNITS.filter((u) => u.kind === 'internal');
const affiliated = LARGE_UNITS.filter((u) => u.kind === 'affiliated');

export const LARGE_TEXT = [
  LARGE_NAME,
  `${LARGE_NAME}是市政府工作部门，为正处级，加挂市地震局牌子。`,
  '主要职责',
  ...LARGE_DUTIES.map((d, i) => `${NUMERALS[i]}、${d}`),
  '内设机构',
  ...unitLines(internal),
  '直属单位',
  ...unitLines(affiliated),
].join('\n');

/** The larger office as a city site shows it: duties and each unit's duties as <ol>, units as （一） paragraphs. */
export function largeHtml(): string {
  const units = (list: typeof LARGE_UNITS) =>
    list
      .map(
        ({ name, duties }, i) =>
          `<p><strong>（${NUMERALS[i]}）${name}</strong></p>\n` +
          (duties.length > 1
            ? `<ol>${duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ol>`
            : `<p>　　${esc(duties[0]!)}</p>`),
      )
      .join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ArticleTitle" content="${LARGE_NAME}">
<title>${LARGE_NAME}_机构职能_云岭市人民政府</title></head><body>
<div class="header"><ul class="menu"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 机构职能</div>
<table class="xxgk"><tr><td>索引号：</td><td>YL-YJJ-2024-0003</td><td>发布机构：</td><td>${LARGE_NAME}</td></tr><tr><td>生成日期：</td><td>2024-06-01</td><td>主题分类：</td><td>机构职能</td></tr></table>
<div id="zoom"><div class="TRS_Editor">
<p>　　${esc(`${LARGE_NAME}是市政府工作部门，为正处级，加挂市地震局牌子。`)}</p>
<p><strong>主要职责</strong></p>
<ol style="list-style-type:cjk-ideographic">${LARGE_DUTIES.map((d) => `<li>${esc(d)}</li>`).join('')}</ol>
<p><strong>内设机构</strong></p>
${units(internal)}
<p><strong>直属单位</strong></p>
${units(affiliated)}
</div></div>
<div class="btn">【打印】【关闭】</div>
<div class="footer">主办单位：云岭市人民政府办公室　网站标识码：5300000001　滇ICP备00000002号</div>
</body></html>`;
}
