// Names of offices and units: what looks like one, aliases in parentheses, nameplates
// (加挂…牌子), short names (简称), former names (由原…更名) found in prose.
import { SENTENCE_PUNCT, unique } from './text.ts';
import { HAN } from '../text/han.ts';

const ORG_SUFFIX =
  '(?:办公室|委员会|监狱|监区|工区|频道|党委|纪委|工委|党组|领导小组|工作组|小组|中心|支队|大队|中队|分局|学校|党校|中学|小学|大学|幼儿园|学院|药房|仓库|储备库|粮库|林场|农场|牧场|渔场|苗圃|研究院|研究所|公司|基地|协会|机关|报社|出版社|分行|支行|(?:文化|少年|科技)宫|人民政府|政府|海关|法庭|审判庭|(?<!家)庭|处|室|科|股|局|所|站|队|办|部|组|院|馆|(?<![社机体])会|团|社|厅|司|署|委|台|(?<![关体联派谱世水])系)';
const ORG_END = new RegExp(`${ORG_SUFFIX}$`);
const VERB_START =
  /^(?:负责|承担|指导|协调|组织|拟订|拟定|研究|贯彻|完成|参与|管理|办理|监督|牵头|归口|做好|开展|落实|推进|制定|起草|统筹|会同|配合|联系|根据|按照|其他|设有|下设|内设|共设|设(?![备计施]))/;
// `本局设下列科室`, `设置如下处室` introduce units; they do not name one.
const LEAD_IN = /下列|如下|以下|^[本我][局办厅部委会处室院所]/;
// `设4个职能科室`, `9个处室` count units; they do not name one.
const COUNT_PHRASE = /[\d０-９一二三四五六七八九十两]+个/;

// Words that open duties but also open short unit names: 组织科, 组织部, 监督科, 研究室, 管理科.
const VERB_NAME = new RegExp(
  String.raw`^(?:组织|监督|研究|管理|协调|指导|联系|统筹)[${HAN}]{0,6}(?:科|股|室|处|所|队|站|组|部|办|司|局|中心)$`,
);

// Words for kinds of units (`处室`, `内设机构`), not the name of one.
const GENERIC = /^(?:内设|职能|直属|下属|所属|业务|行政|临床|医技|二级)?(?:处室|科室|股室|机构|单位|部门|事业单位)$/;
// `领导及科室`, `职能和内设机构` (a page's section title): two kinds of content, not a name.
const SECTION_PAIR =
  /^(?:领导|领导班子|领导信息|机构|职能|职责)(?:及|和|与)(?:内设|直属|下属)?(?:处室|科室|股室|机构|单位|部门)$/;

/** Whether `s` reads like the name of an organisation or one of its units. */
export function looksLikeOrgName(s: string, maxLength = 30): boolean {
  if (
    s.length < 2 ||
    s.length > maxLength ||
    COUNT_PHRASE.test(s) ||
    LEAD_IN.test(s) ||
    GENERIC.test(s) ||
    SECTION_PAIR.test(s)
  )
    return false;
  if (VERB_START.test(s) && !VERB_NAME.test(s)) return false;
  const outside = s.replace(/[（(][^（）()]*[）)]/g, '');
  if (SENTENCE_PUNCT.test(outside) || /[、“”"]/.test(outside)) return false;
  // `市统计局所属事业单位为X` is a sentence about a unit, not its name.
  if (/(?:单位|机构|部门)(?:为|是|有|包括)/.test(outside)) return false;
  // `A、B设在县委办公室` says where a body sits; it names none. `X人民政府门户网站` is a web site (站).
  if (/设在|网站$/.test(outside)) return false;
  // `协会设立专门委员会和专业委员会：` leads into a list; no name has 设立/下设/内设 inside (设有 is in
  // 建设有限公司).
  if (/.(?:设立|下设|内设)/.test(outside)) return false;
  // `X是县人民代表大会的常设机关` describes a body; no name has 是 in it.
  if (/是/.test(outside)) return false;
  return ORG_END.test(outside);
}

export interface SplitName {
  name: string;
  aliases: string[];
  formerNames: string[];
}

const NAMEPLATE_IN_PARENS = /^(?:对外)?(?:加挂|增挂|挂)(.+?)(?:的)?(?:两块|一块)?牌子$/;
const RANK =
  /^(?:正|副)?(?:厅|局|处|科|股|县|部|乡)级$|参照公务员法|参公|公益[一二三]类|行政执法|事业单位$|行政单位$|^(?:全资|控股|参股)$|^(?:编制)?\d+(?:人|名)$/;
const TRAILING_PARENS = /^(.+?)[（(]([^（）()]+)[）)]$/;

/**
 * Splits a list like `港澳处、台湾处` or `甲办公室和乙办公室`; 和/及/与 split only where every
 * part is a name, so `外事与侨务办公室` stays one name.
 */
export function splitNameList(s: string): string[] {
  return s
    .split(/[、，,]/)
    .flatMap((part) => {
      const joined = part.split(/和|及|与/).map((p) => p.trim());
      return joined.length > 1 && joined.every((p) => looksLikeOrgName(p, 40)) ? joined : [part.trim()];
    })
    .filter((p) => p.length >= 2);
}

/**
 * `亚洲处(省港澳事务处)` -> 亚洲处 + alias 省港澳事务处; `出国(境)管理处` stays whole: a
 * parenthetical is an alias only when it sits at the end and itself reads like a name.
 */
export function splitUnitName(raw: string): SplitName {
  let name = raw.trim();
  // Parentheticals are read from the end, so each one's names go before those read earlier.
  let aliases: string[] = [];
  let formerNames: string[] = [];
  for (let guard = 0; guard < 4; guard++) {
    const m = TRAILING_PARENS.exec(name);
    if (!m) break;
    const inner = m[2].trim();
    const plate = NAMEPLATE_IN_PARENS.exec(inner);
    const former = /^原(?:名|称)?[:：]?(.+)$/.exec(inner);
    const short = /^(?:以下)?简称[:：]?[“"「]?(.+?)[”"」]?$/.exec(inner);
    // `平安建设办公室（与应急管理办公室合署办公）`: the body it works as one with is another name of it.
    const merged = /^与(.+?)合署办公$/.exec(inner);
    if (plate) aliases = [...splitNameList(plate[1]), ...aliases];
    else if (merged && splitNameList(merged[1]).every((p) => looksLikeOrgName(p, 40)))
      aliases = [...splitNameList(merged[1]), ...aliases];
    else if (short) aliases = [short[1], ...aliases];
    else if (former && looksLikeOrgName(former[1], 40)) formerNames = [former[1], ...formerNames];
    else if (RANK.test(inner)) {
      // A rank or status note (正处级, 参公) is not part of the name.
    } else if (inner.length >= 2 && splitNameList(inner).every((p) => looksLikeOrgName(p))) {
      aliases = [...splitNameList(inner), ...aliases];
    } else break;
    name = m[1].trim();
  }
  return { name, aliases: unique(aliases, [name]), formerNames: unique(formerNames, [name]) };
}

const NAMEPLATE = /(?:对外|同时|加|增)?挂([^，。,；;：:]{2,80}?)(?:的)?(?:两块|一块|[两二三]个)?牌子/g;
const SHORT_NAME = /[（(][^（）()]{0,4}?简称[:：]?\s*[“"「『]?([^”"」』（）()，,。]{2,20}?)[”"」』]?\s*[）)]/g;
const MERGED = /与([^，。,；;]{2,40}?)合署办公/g;
// `X与Y实行一个机构两块牌子`: Y is the same body's second name.
const TWO_PLATES = /与([^，。,；;与]{2,40}?)(?:实行|是|为)?一个机构[、，,]?两块牌子/g;
// `部机关简介`, `局机关概况`: the office's own organs, by the one character of its kind.
const CLASS_NOUN = /^(?:[本我该]?[局办厅部委处室院所馆校]|学校|医院|学院|中心|机关|公司|协会)$/;
/** Whether a heading's or title's owner is only a body's kind, not its name (`学校简介`, `本局概况`). */
export const isBodyKind = (s: string) => CLASS_NOUN.test(s);
// `县委网信办设在县委宣传部，与县委宣传部合署办公`: the body housed in the office is another name of it.
const HOUSED = /(?:^|[。；;])([^，,。；;]{4,40}?)设在[^，,。；;]{2,30}?[，,]?(?:与|和|同)[^，,。；;]{2,40}?合署办公/g;
// `市民族宗教事务局、市侨务办公室在市委统战部挂牌`: bodies whose nameplate hangs in the office.
const PLATE_HUNG = /(?:^|[，,。；;])([^，,。；;]{2,80}?)在(?:本[局部委办厅]|[^，,。；;]{2,30}?)挂牌/g;
// `县公务员局牌子加挂在县委组织部`: the same, the plate named first.
const PLATE_PLACED = /(?:^|[，,。；;])([^，,。；;]{2,80}?)(?:的)?牌子(?:加挂|挂)在/g;

// An encyclopedia infobox line: `简称：省人社厅`.
const INFOBOX_SHORT = /^(?:简称|又称|别称|通称)[:：]\s*([^\s，,。；;、]{2,20})$/;

// `嘉禾县科学技术协会（县科协）是…`: a short form in bare parentheses after the name a paragraph opens with.
const OPENING_SHORT = new RegExp(`^([^（(，,。]{2,40}?${ORG_SUFFIX})[（(]([^（）()]{2,10})[）)](?:是|为|系|作为)`);

/** Whether `short` abbreviates `full`: fewer characters, all of them in `full` in the same order. */
export function abbreviates(short: string, full: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = full.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return short.length < full.length;
}

/** Other names of the organisation stated in prose: nameplates, 简称, 合署办公, a short form in parentheses. */
export function proseAliases(text: string): string[] {
  const out: string[] = [];
  const opening = OPENING_SHORT.exec(text);
  if (opening && abbreviates(opening[2], opening[1])) out.push(opening[2]);
  if (!/挂|简称|合署|又称|别称|通称|两块牌子/.test(text)) return out;
  for (const m of text.matchAll(TWO_PLATES)) if (looksLikeOrgName(m[1], 40)) out.push(m[1]);
  for (const m of [...text.matchAll(PLATE_HUNG), ...text.matchAll(PLATE_PLACED)])
    out.push(...splitNameList(m[1]).filter((n) => looksLikeOrgName(n, 40)));
  const infobox = INFOBOX_SHORT.exec(text);
  if (infobox) out.push(infobox[1]);
  // `加挂X（Y）、Z牌子`: a plate's own second name in parentheses is one more.
  for (const m of text.matchAll(NAMEPLATE))
    for (const plate of splitNameList(m[1]).filter((n) => looksLikeOrgName(n, 40))) {
      const split = splitUnitName(plate);
      out.push(split.name, ...split.aliases);
    }
  // `（以下简称本局）` is a self-reference, not a name.
  for (const m of text.matchAll(SHORT_NAME)) if (!/^[本我该][局办厅部委会处室院所]$/.test(m[1])) out.push(m[1]);
  for (const m of text.matchAll(HOUSED)) if (looksLikeOrgName(m[1], 40)) out.push(m[1]);
  for (const m of text.matchAll(MERGED)) {
    // `与X（简称Y）合署办公`: X, and its short name from the parenthesis.
    const names = splitNameList(m[1]).map((n) => splitUnitName(n));
    out.push(...names.filter((n) => looksLikeOrgName(n.name, 40)).map((n) => n.name));
  }
  return out;
}

const FORMER = [
  /由原([^，。,；;]{2,80}?)(?:更名|改名|整合|调整|改建|组建|合并|改为|划转)/g,
  /原名(?:为|是|称)?[:：]?[“"「]?([^，。,；;”"」]{2,40})/g,
  /(?<![由在])原([^，。,；;原]{2,40}?)(?:更名为|改名为|更名|改为)/g,
  /前身(?:是|为)([^，。,；;]{2,60})/g,
  /在原([^，。,；;]{2,80}?)(?:的)?基础上/g,
];

/** Names the organisation had before, stated in prose (由原…更名而成, 原名…, 前身为…). */
export function proseFormerNames(text: string): string[] {
  const out: string[] = [];
  if (!/原|前身/.test(text)) return out;
  for (const pattern of FORMER) {
    for (const m of text.matchAll(pattern)) {
      for (const part of splitNameList(m[1])) {
        const name = part.replace(/^原/, '').replace(/^\d{4}年(?:成立|组建|设立)的/, '');
        if (looksLikeOrgName(name, 40)) out.push(name);
      }
    }
  }
  return out;
}

// `江西省人民政府外事办公室,是…`, `市外事办（以下简称…）是…`: the name a paragraph opens with.
const LEADING_NAME = new RegExp(
  `^([^\\s，,。；;：:、“”"（）()《》〈〉]{2,40}?${ORG_SUFFIX})(?=[（(，,]|是|为|系|作为|于|成立|隶属|挂|位于|设在|主要|内设|下设|负责)`,
);

/** The organisation name a paragraph starts with, or null. */
export function leadingOrgName(text: string): string | null {
  const m = LEADING_NAME.exec(text);
  // `白石镇位于安平县东部`, `乡政府是乡级国家行政机关`: a description, not a name.
  // `各县市区党委和人民政府，…：` addresses a notice to many bodies; it names none of them.
  // `城东中学创办于1958年`: the verb 创办 ends in 办 but names nothing.
  return m && m[1].length >= 4 && !/位于|地处|坐落|辖|是|[创开举始]办$/.test(m[1]) && !/^各/.test(m[1]) ? m[1] : null;
}

const TITLE_SUFFIX =
  /^(.+?)[\s\u3000]*(?:主要职责、?内设机构和人员编制规定|职能配置、?内设机构和人员编制规定|机构职能编制规定|职能配置规定|(?:工作部门|部门)?(?:责任清单|权责清单|权力清单|职责清单)|[“"]?三定[”"]?规定|机构编制方案|(?:(?:领导信息|领导班子|领导分工|分管(?:科室|处室|股室|部门|单位)|机构设置|机构职能|机构信息|机构概况|组织机构图?|组织架构图?|机构设置图|单位职能|部门职能|部门职责|单位职责|部门概况|单位概况|单位简介|职能职责|主要职责|内设机构|基本信息|简介|概况|通讯录|联系方式)(?:及|和|与|、)?)+)$/;

// `关于印发《X…规定》的通知` names X inside the quotation marks.
// Without the marks: `X办公室关于印发Y主要职责…规定的通知`, `关于印发Y等部门…规定的通知`.
const NOTICE = /^(?:.*?关于)?(?:印发|转发|公布)?[《〈<](.+?)[》〉>](?:的通知|的决定|的批复)?$/;
const BARE_NOTICE = /^(?:.*?关于)?(?:印发|转发)(.{4,80}?规定)(?:的通知|的决定)$/;
// `X关于公布机关内设机构及职责的通知`: a notice about the issuer's own offices names the issuer;
// `X编委关于调整Y内设机构的批复` names the body it is about.
// `关于公布X内设机构及职责的通知`: with no issuer named, the notice names the body it is about.
const ISSUED = /^(.{4,40}?)?关于(?:公布|调整|明确|设立|核定)?(.{2,80}?)的(?:通知|通报|公告|决定|批复|函)$/;
// The place an issuer's name opens with (`岚山县机构编制委员会`, `中共岚山县委…`): `岚山县`.
const ISSUER_PLACE = new RegExp(String.raw`^(?:中共)?([${HAN}]{2,6}?[省市县区旗])`);

/** `县民政局` in a notice the 岚山县 编委 issues is 岚山县民政局: a body of the issuer's own place, named short. */
function withIssuerPlace(name: string, issuer: string | undefined): string {
  const place = issuer ? ISSUER_PLACE.exec(issuer)?.[1] : undefined;
  if (!place || !/^[省市县区旗]/.test(name)) return name;
  // A name that opens with a word of its own (市场监督管理局, 市政园林局) is whole: the place goes before it.
  if (/^(?:市场|市政|市容|区域|区划|县域)/.test(name)) return place + name;
  return place.endsWith(name[0]!) ? place.slice(0, -1) + name : name;
}
// `X2023年度部门决算`, `X2024年部门预算公开`, `X2023年度事业单位法人年度报告书`: a report title names
// its office before the year.
const REPORT =
  /^(.+?)(?:[（(]?(?:19|20)\d{2}[）)]?年度?)?(?:部门|单位)?(?:整体)?(?:财政|项目)?(?:支出)?(?:决算|预算|绩效评价|绩效自评|绩效|(?:事业单位)?法人年度报告书?)(?:公开)?(?:说明|报告|情况说明|编制说明|自评报告)?$/;

const TOWNSHIP = new RegExp(String.raw`^[${HAN}]{2,8}(?:镇|乡|街道)$`);

/** `龙门县人大常委会机关` -> `龙门县人大常委会`: a page about the body's 机关 (its staff offices) names the body. */
export function withoutMachinery(name: string): string {
  return name.replace(/(?<=[会委府院局厅部办])机关$/, '');
}

// A web page's title joins the article's name and the site's: `X_栏目_站点`, `栏目-X`, `X | 站点`.
// A name that opens with its place (`桂园街道办事处`, `河阳县残疾人联合会`), so complete by itself.
const PLACE_NAMED = /^\p{Script=Han}{1,8}?(?:省|市|县|区|旗|州|盟|镇|乡|街道)\p{Script=Han}{2,}/u;
const TAG_WORD = /^\p{Script=Han}{2,8}$/u;
// An explainer's lead before the title: `【收藏】`, `一文了解`, `一图读懂｜`.
const TITLE_LEAD =
  /^(?:(?:【\p{Script=Han}{1,6}】|(?:一文|一图|图解|带你)(?:了解|读懂|看懂|速览)?)[\s\u3000｜|:：]*)+/u;
const PAGE_TITLE_PARTS = /\s*(?:[_|｜]+|--?|—+|–)\s*/;

/** The parts of a web page's title (one part for any other line). */
export function pageTitleParts(title: string): string[] {
  const parts = title.split(PAGE_TITLE_PARTS).filter((p) => p.length >= 2);
  return parts.length >= 2 ? parts : [title];
}

/**
 * `一图读懂　X街道办事处机构职能` (an article's `｜` read as a cell gap): the title without the
 * column's tag words before it, when what follows names an office by its place; else the text.
 */
export function withoutTitleTag(text: string): string {
  const lead = TITLE_LEAD.exec(text);
  const words = text.trim().split(/[\s\u3000]+/);
  const tags = words.slice(0, -1);
  const tagged = tags.length > 0 && tags.every((w) => TAG_WORD.test(w) && !looksLikeOrgName(w, 40));
  const rest = lead ? text.slice(lead[0].length) : tagged ? words.at(-1)! : null;
  const named = rest ? titleName(rest) : null;
  return rest && named && PLACE_NAMED.test(named.name) ? rest : text;
}

// A name only a unit goes by: no place in it (`河口县人民政府办公室` is an office), a unit's suffix (科, 股, 处, 室, 中心, 大队, 所, 站,
// 部); a street's 办事处 (`城南街道办事处`) is an office, and a site's own column (`新闻中心`,
// `下载中心`, `本站`) names no unit.
const UNIT_ONLY =
  /^(?![省市县区镇乡])(?!\p{Script=Han}{2,8}?[省市县区旗州盟镇乡])(?!.*(?:街道|办事处$))(?!(?:新闻|资讯|下载|帮助|视频|图片|个人|用户|会员|消息)中心$|(?:网|本|子|全)站$|(?:全|本|总)部$)\p{Script=Han}{2,12}(?:科|股|处|室|中心|大队|所|站|部)$/u;

/** A unit's own page: the unit the title names first and the office a later part names. */
function unitPage(parts: string[]): { unit: string; office: SplitName } | null {
  const named = parts.map((p) => titleName(p));
  const office = named.find((n, i) => i > 0 && n !== null && PLACE_NAMED.test(n.name));
  const unit = named[0]?.name;
  return unit && office && UNIT_ONLY.test(unit) ? { unit, office } : null;
}

/**
 * Whether a line introduces the name with its place as a body of its own (`X县政务服务中心是…`,
 * under a portal's `政务服务中心_X县人民政府`): the page is that body's, not a unit's.
 */
export function introducesInFull(text: string, name: string): boolean {
  const full = leadingOrgName(text);
  if (full === null || full === name || !full.endsWith(name) || !PLACE_NAMED.test(full)) return false;
  return /^(?:[（(][^（）()]{0,30}[）)])?[，,]?(?:是|为|系|作为)/.test(text.slice(full.length));
}

/** The unit a page title names before its office (`法制科_X市市场监督管理局`), or null. */
export function titledUnit(title: string): string | null {
  const parts = pageTitleParts(title);
  return parts.length >= 2 ? (unitPage(parts)?.unit ?? null) : null;
}

/** The office named by a page or document title, with a parenthesised second name as alias. */
export function titleName(title: string): SplitName | null {
  // A breadcrumb (`合阳县人民政府 > 政府信息公开 > 合阳县统计局`) runs from the site to the page:
  // the last office it names is the page's.
  const crumbs = title.split(/\s*[>＞›»]+\s*/).filter((c) => c.length >= 2);
  if (crumbs.length >= 3)
    return (
      crumbs
        .reverse()
        .map((c) => titleName(c))
        .find((n) => n !== null) ?? null
    );
  const parts = pageTitleParts(title);
  // The first part that names an office (the article's part comes before the site's); a unit's
  // own page (`法制科_X市市场监督管理局`) names the unit first, a name no office goes by (no place,
  // a unit's suffix): the office is the part after it.
  if (parts.length >= 2)
    return unitPage(parts)?.office ?? parts.map((p) => titleName(p)).find((n) => n !== null) ?? null;
  // `机构名称：X` on an information-disclosure card.
  title = title.replace(/^(?:机构|单位|部门)?名称[:：]\s*/, '').replace(/[（(](?:19|20)\d{2}年?(?:版|度)?[）)]$/, '');
  // Several bodies' names side by side, maybe after a site's slogan (`清风枫林 中共X纪律检查委员会
  // X监察委员会`): the first names the office, the others are aliases, except that a party body
  // yields to the state body it works with (`中共青峰乡委员会　青峰乡人民政府`: the page's units
  // and duties are the government's).
  const words = title.split(/[\s\u3000]+/);
  const untagged = withoutTitleTag(title);
  if (untagged !== title) return titleName(untagged);
  const first = words.findIndex((w) => looksLikeOrgName(w, 40));
  const bodies = first < 0 ? [] : words.slice(first);
  if (bodies.length >= 2 && bodies.every((w) => looksLikeOrgName(w, 40))) {
    const government = /^中共/.test(bodies[0]) ? bodies.findIndex((w) => !/^中共/.test(w)) : -1;
    const named = splitUnitName(bodies[Math.max(0, government)]);
    const others = bodies.filter((_, i) => i !== Math.max(0, government)).map((w) => splitUnitName(w));
    return {
      ...named,
      aliases: unique([...named.aliases, ...others.flatMap((o) => [o.name, ...o.aliases])], [named.name]),
    };
  }
  if (first > 0 && bodies.length === 1) title = bodies[0];
  const quoted = NOTICE.exec(title) ?? BARE_NOTICE.exec(title);
  const issued = quoted ? null : ISSUED.exec(title);
  // A stray `《`, and a report year written first (`2022年度X部门决算`).
  const about = issued ? leadingOrgName(issued[2]) : null;
  let bare = (
    quoted ? quoted[1] : issued ? (about ? withIssuerPlace(about, issued[1]) : (issued[1] ?? issued[2])) : title
  )
    .replace(/^[《〈<「]+|[》〉>」]+$/g, '')
    .replace(/^(?:19|20)\d{2}年度?(?=.+(?:决算|预算|绩效))/, '');
  bare = REPORT.exec(bare)?.[1] ?? bare;
  const t = TITLE_SUFFIX.exec(bare);
  const candidate = withoutMachinery(
    (t ? t[1] : bare)
      .replace(/^关于/, '')
      .replace(/的$/, '')
      .replace(/等(?:部门|单位|机构)$/, ''),
  );
  // A township's page is often titled with the place alone (`白云镇`): it names the township's office.
  if (!looksLikeOrgName(candidate, 60) && !TOWNSHIP.test(candidate)) return null;
  // `学校简介`, `本局概况`: the column speaks of the body by its kind, it does not name it.
  if (isBodyKind(candidate)) return null;
  return splitUnitName(candidate);
}

/**
 * The office's name from the names a document gives it: titles and headings (first found
 * first) and the name its intro opens with. The longer of a title name and the intro's name
 * is the full formal one (江西省人民政府外事办公室 over the heading's 江西省外事办公室); every
 * other name found is kept as an alias. Null when there is none.
 */
export function chooseOfficeName(
  named: readonly (SplitName | null)[],
  prose: string | null,
): { name: string; aliases: string[] } | null {
  const found = named.filter((n): n is SplitName => n !== null);
  const first = found[0]?.name ?? prose;
  if (!first) return null;
  // The intro's name is the formal one only when it names the same kind of body (…办公室, …局).
  const longer = prose !== null && prose.length > first.length;
  // `花桥镇` then `花桥镇人民政府是…`: the intro's name completes the title's.
  const name = longer && (prose.slice(-1) === first.slice(-1) || prose.startsWith(first)) ? prose : first;
  const all = [...found.flatMap((n) => [n.name, ...n.aliases]), prose ?? ''];
  return { name, aliases: unique(all, [name]) };
}
