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
