// Section headings in their common wordings, and page furniture (site chrome that is not
// office content). Headings may be numbered (一、主要职责, 第二章 内设机构), bracketed
// (【主要职责】), spaced out (主 要 职 责) or followed by their first content (内设机构：…).
import { HAN } from '../text/han.ts';
import { looksLikeOrgName, pageTitleParts, titleName, withoutTitleTag } from './names.ts';
import { parseLabel, type Label } from './numbering.ts';
import { SENTENCE_PUNCT } from './text.ts';

export type SectionKind =
  'intro' | 'duties' | 'units' | 'affiliated' | 'leaders' | 'honors' | 'contacts' | 'ignored' | 'furniture';

export interface Heading {
  kind: SectionKind;
  /** The heading's wording without numbering and decoration, e.g. `主要职责`. */
  title: string;
  /** Text before the keyword (`江西省外事办公室` in `江西省外事办公室简介`), or ''. */
  prefix: string;
  /** Content after a colon on the same line (`内设机构：办公室、人事处。`), or ''. */
  rest: string;
  label: Label | null;
}

// Lists naming other bodies or places, not the office's units: a government's 工作部门 and
// 直属事业单位 (each an office of its own), the townships, villages and communities it governs,
// the companies it oversees or holds shares in, a federation's member associations, a school's
// union and youth league; and a museum's visitor information. What reads as a unit list under
// such a heading is that list.
const OTHER_BODIES =
  /^(?:.{0,8}?(?:工作部门|组成部门)(?:名单|名录)?|[省市州盟县区旗]?(?:人民)?政府(?:直属|所属)(?:事业单位|机构|单位)(?:名单|名录)?|(?:所辖|辖区|下辖|辖)?(?:乡镇|乡镇街道|镇街|村|社区|村居|村[（(]社区[）)]|行政村|社区居委会|村委会|居委会|村民委员会|居民委员会)(?:名单|名录|分布|一览)?|(?:[省市县区镇乡]属|监管|出资|平台|参股)?(?:国有|国资)?(?:企业|公司)(?:名单|名录)?|.{0,8}?(?:专门协会|所属学会|所属协会|社会组织)|群团组织|群众组织|参观(?:服务|须知|指南)|开放时间)$/;

// `固定献血点`, `服务网点分布`: the places a service is given at, not units.
const PLACES = /^[\p{Script=Han}]{0,4}?(?:网点|服务点|献血点|采血点|服务窗口|办事窗口)(?:分布|查询|设置|一览)?$/u;

/** Whether a heading titles the places a service is given at (`固定献血点`, `服务网点`). */
export function listsPlaces(title: string): boolean {
  return PLACES.test(title);
}

/** Whether a heading's wording titles a list of bodies or places that are not the office's units. */
export function listsOtherBodies(title: string): boolean {
  return OTHER_BODIES.test(title);
}

// `内设机构及职责一览表`, `机构设置一览表`, `科室通讯录`, `内设机构及联系方式`: a list's title with its detail words.
const DETAIL =
  '(?:设置|情况)?(?:及其?职[责能]|的?职[责能]|信息|名录)?(?:一览)?表?(?:(?:及|和|与)?(?:通讯录|联系方式|联系电话))?';
// Order matters: the first table whose pattern matches the whole heading wins. A public
// institution states its duties as 宗旨和业务范围 (the 宗旨 line describes it).
const TABLE: [SectionKind, RegExp][] = [
  [
    'ignored',
    /^(?:职能转变|转变职能|职责调整|人员构成情况|人员构成|人员情况|部门人员情况|人员编制|领导职数|人员编制和领导职数|编制和领导职数|机构编制|行政编制|编制情况|其他事项|其它事项|附则|职责分工|有关职责分工|职责边界|巡察机构|其他)$/,
  ],
  ['ignored', OTHER_BODIES],
  ['ignored', PLACES],
  [
    'affiliated',
    new RegExp(
      `^(.{0,20}?)(?:(?:预算|决算)单位构成|直属单位|直属机构|下属单位|所属单位|直属事业单位|所属事业单位|下属事业单位|[局委办厅院镇乡县]属[${HAN}]{0,6}单位|二级机构|派出机构|派驻机构|(?:省|市|县|区)级[${HAN}]{0,6}?(?:局|机构)|事业单位|(?:事业)?站所|所属站所|下属站所|派出所|基层派出所|附属单位|附属机构|直属企业|所属企业|下属企业|(?:全资|控股|参股)?(?:及|和|、)?(?:控股|参股)?子公司|下属公司|所属公司|分支机构|(?:区域|片区|乡镇|基层)(?:站|中心|站所)|分(?:中心|站|馆)|议事协调机构|议事机构|协调机构|(?:派出|基层|直属|所属|下属)[${HAN}]{0,4}?(?:法庭|司法所|学校|中小学|院校|检察室|中队))${DETAIL}$`,
    ),
  ],
  [
    'units',
    new RegExp(
      `^(.{0,20}?)(?:内设机构|内设处室|内设科室|内设股室|内设部门|部门设置|机关部门|机构设置|机构[、和及与]?职能设置|研究机构|机关设置|工作机构|办事机构|处室设置|科室设置|下设机构|下属机构|组织机构图?|组织架构图?|机构设置图|组织图|机关处室|(?:部内|内设|机关)?司局|(?:职能)?科所|(?:职能|业务|行政|党政|临床|医技|临床医技|医疗|护理)?(?:处室|科室|部室)|(?:职能|业务|行政)部门|股室|(?:监区|工区|(?:节目|广播|电视)?(?:频道(?:频率)?|频率(?:频道)?)|执勤队)(?:设置)?|院系|年级组|教研组|教学(?:单位|机构|院系)|二级学院|党政(?:管理)?(?:部门|机构))${DETAIL}(?:(?:及|和|与|、)(?:派出机构|直属单位|下属单位|直属机构|所属单位|(?:直属|所属|下属)?事业单位|(?:事业)?站所|预算单位构成|人员编制)${DETAIL})?$`,
    ),
  ],
  [
    'duties',
    /^(.{0,20}?)(?:主要职责|主要职能|主要工作职责|主要工作职能|机构职能|机构职责|职能职责|职责职能|工作职责|部门职责|部门职能|单位职责|单位职能|职责范围|工作职能|基本职能|职能配置|主要任务|工作任务|业务职掌|职掌|职责|职能|主要职权|职权|(?:宗旨(?:和|及|与))?业务范围)(?:和任务|与任务|任务)?$/,
  ],
  [
    'leaders',
    /^(.{0,20}?)(?:领导信息|领导班子|领导成员|领导分工|现任领导|班子成员|领导简介|领导介绍|主要领导|单位领导|机构领导|机关领导|领导之窗|机关首长|首长|领导|负责人|组成人员|政府组成|[“"]?两委[”"]?(?:班子)?成员|[“"]?两委[”"]?班子)(?:及其?分工|分工|信息|简介)?$/,
  ],
  [
    'honors',
    /^(.{0,20}?)(?:获得荣誉|所获荣誉|荣誉称号|获奖情况|荣誉奖项|主要荣誉|获奖荣誉|荣誉表彰|所获表彰|集体荣誉|荣誉)$/,
  ],
  [
    'contacts',
    /^(.{0,20}?)(?:通信地址|通讯地址|联系方式|联系地址|办公地址|单位地址|联系我们|通讯方式|联系信息|联络资讯|联络我们|联络方式|联络资料|联系电话|办公电话|值班电话|咨询电话|服务电话|投诉电话|监督电话|服务热线|热线电话|邮政编码|邮编|地址|住所|[厅局委院馆校府]址|电话|传真|电子邮箱|邮箱|E-?mail|网址|网站|办公时间|服务时间|工作时间)$/i,
  ],
  [
    'intro',
    /^(.{0,40}?)(?:机构简介|单位简介|部门简介|机构概况|单位概况|部门概况|机构介绍|单位介绍|基本情况|基本信息|机构性质|机构规格|单位性质|关于我们|总则|简介|概况|概述|宗旨)$/,
  ],
  ['furniture', /^(?:免责声明|版权声明|相关链接|友情链接|网站地图|相关文章|相关信息|附件)$/],
];

// The owner named before a heading keyword is an organisation (names.ts decides what reads
// as one), `本办`/`我局`, or `镇属`/`县属` (bodies under a township or county).
function isOwner(prefix: string): boolean {
  const p = prefix.replace(/的$/, '');
  // `乡党委、乡政府主要职责`: two bodies that share the page.
  if (/^[^、]{1,12}(?:、[^、]{1,12}){1,2}$/.test(p)) return p.split('、').every(isOwner);
  return (
    /^[本我][办局厅部委会处室院所]$/.test(p) ||
    /^[^的]{1,6}属$/.test(p) ||
    // A body's short name: 妇联, 残联, 团委, 工会, 科协.
    new RegExp(String.raw`^[${HAN}]{1,3}[联委会协]$`).test(p) ||
    // `部门机构设置` (a budget report's section): the department reporting.
    /^(?:街道|社区|部门|单位|监狱|[镇乡村局厅委办部院所台站场司])$/.test(p) ||
    /(?:机关|单位)$/.test(p) ||
    // `调整后的内设机构`: a notice changing the units names the new list.
    /^(?:调整后|新设|现设|核定)$/.test(p) ||
    // `领导及科室`, `职能和内设机构`: a section pairing its first part with the list that follows.
    /^(?:领导|领导班子|领导信息|职能|职责)(?:及|和|与)$/.test(p) ||
    looksLikeOrgName(p, 40)
  );
}

const BUDGET_SECTION =
  /^[^，。]{0,16}(?:支出|收入|决算|预算|绩效|三公经费|政府采购|国有资产)[^，。]{0,10}(?:情况|说明|结论|表|解释|分析)$|^名词解释$/;

// Decoration around a heading: bullets, brackets, spacing between characters.
const DECORATION = /^[■□●○◆◇▲△★☆▶►·•▪▫◦‣➢➤\-—\s\u3000]+|[\s\u3000]+$/g;
const BRACKETED = /^[【[［〖《<](.+?)[】\]］〗》>]$/;

function bareHeading(text: string): string {
  let t = text.replace(DECORATION, '');
  const b = BRACKETED.exec(t);
  if (b) t = b[1];
  // `内设机构（3个）`, `直属事业单位5个：…`: the count is no part of the heading.
  return t.replace(/[\s\u3000]+/g, '').replace(/[（(]?[\d一二三四五六七八九十两]+个[）)]?$/, '');
}

// Headings over affiliated bodies that read like a unit's own name.
const BARE_UNIT_LIKE = /^(?:(?:区域|片区|乡镇|基层)(?:站|中心|站所)|分(?:中心|站|馆))$/;

// `附表：X内设机构一览表` titles the table it heads; `内设机构见附表。` points to it.
const ANNEX_TITLE = /^附表[\d一二三四五六七八九十]*[:：.．\s\u3000]+(?=\S)/;
const SEE_ANNEX = /(?:详|具体)?见附[表件][\d一二三四五六七八九十]*[。.]?$/;

/** The section a line opens, or null when the line is not a heading. */
export function classifyHeading(text: string): Heading | null {
  const label = parseLabel(text);
  const body = (label ? label.rest : text).replace(ANNEX_TITLE, '').replace(SEE_ANNEX, '');
  // `【街道概况】东湖街道办事处成立于…`: a bracketed heading with its first content on the same line.
  const inline = /^[【〖]([^】〗]{2,16})[】〗][\s\u3000]*(?![:：])(.+)$/.exec(body);
  if (inline) {
    const h = classifyHeading(inline[1]);
    if (h && h.kind !== 'furniture') return { ...h, rest: inline[2].trim(), label };
  }
  const colon = /[:：]/.exec(body);
  const before = withoutTitleTag(colon ? body.slice(0, colon.index) : body);
  if (before.length > 60) return null;
  const head = bareHeading(before);
  // `区域站`, `分中心` alone are also what a unit can be called (`五、区域中心` over its duties): a
  // section only when set as one (`【区域站】`, `区域站：…`).
  if (BARE_UNIT_LIKE.test(head) && !colon && !/^[【〖［[]/.test(before.trim())) return null;
  const rest = colon ? body.slice(colon.index + 1).trim() : '';
  if (head.length === 0 || head.length > 44 || SENTENCE_PUNCT.test(head) || /[（(]$/.test(head)) return null;
  // `安澜县城东中学 - 学校概况`: a web page's title naming the office, not a section heading.
  if (pageTitleParts(head).length > 1 && titleName(head)) return null;
  // `二、部门整体支出情况`, `三、绩效评价结论`: budget report sections, unless a unit (预算处) or the
  // report's own title (`X2023年度部门决算`) is named.
  if (BUDGET_SECTION.test(head) && !looksLikeOrgName(head) && !titleName(head))
    return { kind: 'ignored', title: head, prefix: '', rest, label };
  for (const [kind, pattern] of TABLE) {
    const m = pattern.exec(head);
    if (!m) continue;
    const prefix = m[1] ?? '';
    // `府前大道8号行政中心　邮编：…`: an address (its house number) before a contact label is a value.
    if (kind === 'contacts' && /[\d０-９]/.test(prefix)) return null;
    // `综合处职责` or `江西省外事办公室简介` name their owner; `负责全省外事工作职能` is prose.
    if (prefix && kind !== 'intro' && !isOwner(prefix)) {
      // `内设机构及派出机构`: the first section named leads; a later row may read it.
      if (/(?:及|和|与)$/.test(prefix)) continue;
      return null;
    }
    return { kind, title: head.slice(prefix.length), prefix: prefix.replace(/的$/, ''), rest, label };
  }
  return null;
}

// Footer chrome: once it starts, the rest of the page is not office content.
const FOOTER =
  /免责声明|版权声明|版权所有|Copyright|All Rights Reserved|网站地图|主办单位|承办单位|^主办[:：]|(?<!由\p{Script=Han}*)\p{Script=Han}主办(?:[\s\u3000]|$)|ICP备|ICP证|公网安备|网站标识码|技术支持|友情链接|^参考资料$|^参考文献$|^词条标签|^扩展阅读$/iu;
// One-line chrome anywhere on the page: print/share buttons, breadcrumbs, view counters.
const CHROME =
  /打印本页|关闭窗口|【打印】|【关闭】|分享到|返回顶部|上一篇|下一篇|上一条[:：]|下一条[:：]|责任编辑|扫一扫|浏览次数|访问量|点击数|阅读次数|字号[:：]|【字体|当前位置|您现在的位置|您的位置|加入收藏|设为首页|发布日期|发布时间|更新时间|更新日期|信息来源|来源[:：]|首页\s*[>＞›»/／]/;
// A card's or list's link to the full text (`查看详情>>`, `[更多]`) and a list page's pager
// (`共10条　页次1/2　首页 上一页 1 2 下一页 尾页`): they lead to other pages and name nothing.
const MORE_LINK =
  /^[【[［]?(?:查看详情|详细内容|详细信息|阅读全文|查看全文|了解更多|查看更多|更多|详情)[】\]］]?[\s\u3000]*(?:>>|》》|»|＞＞|>|＞|›)*$/;
const PAGER = /上一页|下一页|尾页|页次[:：]?\s*\d+\s*\/\s*\d+|^共\s*\d+\s*(?:条|页)/;
// A WeChat article's furniture: the byline, the follow prompts and the closing call to react.
const WECHAT =
  /点击(?:上方)?蓝字|长按(?:识别|扫描)?二维码|识别二维码|点(?:个|亮)?[“"「]?在看|^原创[\s\u3000]|发表于\p{Script=Han}{2,3}$/u;

// A footnote's own text (`注：[1] …`, `[2] 见…`): the marks were removed from the content.
const NOTE = /^(?:注[:：]|[[［](?:注\s*)?[\d０-９]{1,3}[\]］])/;

// The catalogue fields of a 政府信息公开 page (`索引号：…　发布机构：…`): about the page, not the office.
const DISCLOSURE =
  /^(?:索[\s\u3000]*引[\s\u3000]*号|信息索引号|发布机构|发文机关|发文单位|发文日期|成文日期|生成日期|公开日期|发布日期|公开方式|公开范围|公开时限|公开形式|主题分类|主题词|体裁分类|组配分类|服务对象|信息分类|文[\s\u3000]*号|发文字号|有效性|时效性|所属机构|所属主题|关键词|内容概述)(?:[\s\u3000]*[:：]|[\s\u3000]+\S)/;

// A 红头 notice's own furniture around the text it issues: its 文号 (`石办发〔2024〕17号`), its
// distribution list (`抄送：县委各部门，…`) and its closing 印发 line (`X办公室　2024年4月8日印发`);
// above the title its red head (`X人民政府办公室文件`), 密级 (`★公开`, read as `公开` once the
// bullet is gone; `密级：内部`, `机密★1年`), 紧急程度 (`特急`), 签发人 and a report's own title
// under its issuer (`关于报送…的报告`, naming no body); below the signature its publication
// note (`（此件公开发布）`).
const NOTICE_FURNITURE =
  /^(?:[\u4e00-\u9fff（）()]{2,40}?(?:委员会|政府|办公室|办公厅|[委办局厅部])文件|(?:密级[:：\s\u3000]*)?[★☆]?[\s\u3000]*(?:公开|内部|秘密|机密|绝密)(?:[★☆][\s\u3000]*\S{1,6})?|(?:紧急程度[:：\s\u3000]*)?(?:特急|加急|特提|平急|平件|急件)|签发人[:：].{2,20}|关于[^，,。；;：:]{2,60}的(?:报告|请示)|[（(]此件.{2,10}[）)]|[\u4e00-\u9fff]{1,12}[〔［[(（](?:19|20)\d{2}[〕］\])）]\s*第?\d{1,4}\s*号|(?:抄送|抄报|报送|分送|主送)[\s\u3000]*[:：].*|.{2,40}?[\s\u3000]+(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发)$/;

// A page number left in text taken from a PDF or Word file: `— 2 —`, `-3-`, `第 2 页 共 5 页`.
const PAGE_NUMBER =
  /^(?:[—–\-－―][\s\u3000]*[\d０-９]{1,3}[\s\u3000]*[—–\-－―]|第[\s\u3000]*\d{1,3}[\s\u3000]*页(?:[\s\u3000，,]*共[\s\u3000]*\d{1,3}[\s\u3000]*页)?)$/;

// A table of contents before the text: its `目　录` heading and entries that repeat a heading,
// a leader of dots and a page number (`二、主要职责……………1`).
const CONTENTS = /^(?:目[\s\u3000]*录|.{2,40}?(?:…{2,}|[.．·・]{4,})[\s\u3000]*[\d０-９]{1,3})$/;

/** Site chrome that appears in a single line; `footer` when the rest of the page is chrome too. */
export function furnitureKind(text: string): 'footer' | 'chrome' | null {
  if (
    NOTE.test(text) ||
    DISCLOSURE.test(text) ||
    PAGE_NUMBER.test(text) ||
    NOTICE_FURNITURE.test(text) ||
    CONTENTS.test(text)
  )
    return 'chrome';
  // Office content is prose ending in 。 or ；; chrome is short and unpunctuated.
  if (text.length > 120 || /[。；;]$/.test(text)) return null;
  if (FOOTER.test(text)) return 'footer';
  if (CHROME.test(text) || WECHAT.test(text) || MORE_LINK.test(text) || PAGER.test(text)) return 'chrome';
  return null;
}
