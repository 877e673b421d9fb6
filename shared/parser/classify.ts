// Where a line's section is decided. Each line (or paragraph) is scored for every section by
// what it says: a heading is strong evidence for the section it names, but so is a numbered
// line opening with a duty verb, a unit name, a list of units, a dated honour, a budget table
// line or a lead-in such as `…主要职责是：`. bestPath (viterbi.ts) then picks the most likely
// section for every line of the document at once, and parse.ts follows that path wherever
// the line itself speaks for the change (see `switchMargin`), so a missing or odd heading no
// longer derails everything after it.
import type { LineRole } from '../types.ts';
import { parseContacts } from './contacts.ts';
import { classifyHeading, type Heading, type SectionKind } from './headings.ts';
import { leadingOrgName, looksLikeOrgName, titleName } from './names.ts';
import { parseLabel, type Label } from './numbering.ts';
import { bareCardField, parsePeople, personField, unitWithHead } from './people.ts';
import { affiliatedStatement, inlineUnitList, proseUnitDuties, proseUnitLists, unitWithPhone } from './units.ts';
import { bestPath } from './viterbi.ts';

/** A section of the document; `furniture` (a page footer) is entered only by the parser itself. */
export type Section = 'preamble' | SectionKind;

/** The sections the decoder chooses from. */
export const SECTIONS: readonly Section[] = [
  'preamble',
  'intro',
  'duties',
  'units',
  'affiliated',
  'leaders',
  'honors',
  'contacts',
  'ignored',
];

export type Evidence = Partial<Record<Section, number>>;

/** A 第N条 article announces its section by its wording (三定 documents). */
export const ARTICLE_KIND: [Section, RegExp][] = [
  ['units', /内设机构|内设处室|设下列|职能处室|内设科室|内设股室/],
  [
    'affiliated',
    /直属单位|(?:直属|所属|下属|[局委办厅部镇乡]属)(?:公益[一二三]类)?事业单位|下属单位|所属单位|个事业单位|(?:所属|下属)[^，,。；;]{2,8}机构/,
  ],
  ['duties', /主要职责|职责是|职能是|以下职责|下列职责|负责(?:以下|下列)(?:工作|事项)/],
  ['ignored', /本规定|编制|职数|解释|施行|附则|职能转变|职责分工|职责调整/],
];

// A sentence that introduces the office's duties: `…其主要职责是：`, `主要职能如下：`, `X负责下列工作：`.
const DUTY_LEAD =
  /(?:职责|职能|任务)(?:是|为|如下|有|包括)[:：]$|(?:履行|承担)(?:以下|下列)(?:主要)?职责[:：]$|负责(?:以下|下列)(?:工作|事项)[:：]$|^.{2,30}?的主要(?:职责|职能)[:：]$/;
const INLINE_DUTY_LEAD = /(?:主要)(?:职责|职能)(?:是|为|如下|有|包括)[:：].{6,}/;
// A sentence that introduces a list of units: `X设下列内设机构：`, `设5个股室：`.
// Also `本局设置了以下股室：`, `共有5个股室，具体如下：`, `股室分别是：`: the list's kind named, then 如下/以下.
export const UNIT_LEAD =
  /设有?(?:下列|如下|以下)(?:[\d一二三四五六七八九十两]+个)?(?:内设|职能|工作|办事)?(?:机构|科室|股室|处室|部门|办公室)?[:：]?$|设[\d一二三四五六七八九十两]+个[^，。：:]{0,8}[:：]$|内设机构(?:如下|有|是|为|包括)[:：]$|设(?:置|立)了?(?:下列|如下|以下)[^，,。；;：:]{0,8}[:：]$|(?:机构|科室|股室|处室|部室|部门)[，,]?(?:具体|分别)?(?:如下|是|为)[:：]$/;
// `临港海关下辖隶属海关：`, `局下属单位如下：`, `局属事业单位如下：`: a sentence that introduces the bodies under the office.
export const AFFILIATED_LEAD = /(?:下辖|所辖|下属|直属|所属|[局委办厅院站镇乡县]属)[^，,。；;：:]{0,12}[:：]$/;
const DUTY_VERB =
  /^(?:负责|承担|指导|拟订|拟定|组织|监督|贯彻|执行|完成|统筹|协调|制定|参与|管理|推进|研究|起草|会同|落实|依法|预防|维护|开展|促进|建立|健全|审核|办理|主管|牵头|规划|实施|宣传|引导|受理|做好)/;
export const HONOR =
  /^(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?[，,、\s]*[^。，,]{0,24}?(?:被[^。，,]{0,20}?(?:评为|授予|命名为|表彰为|确定为)|荣获|获得|获评|荣膺)/;

/** The dated honour sentences of a paragraph (`…获得多项荣誉。2020年，被评为…。2023年3月，荣获…。`). */
export function honourSentences(text: string): string[] {
  return text.split(/(?<=。)/).filter((t) => HONOR.test(t.trim()));
}
// Budget reports and staffing: tables, money, posts. Not office content the app shows.
const BUDGET =
  /决算表|预算表|决算(?:情况)?说明|预算(?:情况)?说明|收入支出|财政拨款|三公经费|万元|名词解释|单位构成|人员情况|行政编制|事业编制|编制\d+名|实有人[数员]|领导职数|[收支]预算总表/;
// Closing sentences about bodies that sit with the office but are not its units.
const CLOSING =
  /(?:纪检监察组|纪检组|纪委|武装部|机关党委|机关纪委|机关工会|离退休干部)[^。]*(?:负责|按有关规定|设置|派驻|另行|监督)/;
// `县委深改委办公室设在县委办公室。`: bodies housed in the office, neither its units nor its duties.
const HOUSED_IN = /^[^。；;]{2,80}设在[^。，,；;]{2,30}。?$/;
// `全县12个乡镇人大主席团在县人大常委会指导下开展工作。`: bodies the office guides, not its units.
const GUIDED = /^[^。；;]{2,60}在[^。，,；;]{2,30}(?:指导|领导)下开展工作。?$/;
const DATE_ONLY = /^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:印发|发布|制发)?$/;

/** A line that only signs or dates a notice: the office's own name again, or a bare date. */
export function isSignature(text: string, officeNames: readonly (string | undefined)[]): boolean {
  const t = text.trim();
  // `机构名称：X（Y）` is a field naming the office (and its second name), read as such.
  if (/^(?:机构|单位|部门)?名称[:：]/.test(t)) return false;
  // The office's name again, or the document's title again (`X主要职责…规定` after the notice).
  const named = (n: string | undefined): boolean =>
    n !== undefined && n !== '' && (t === n || (t.length <= 80 && titleName(t)?.name === n));
  return DATE_ONLY.test(t) || officeNames.some(named);
}

/**
 * Lines that sign a notice: an organisation's name alone on its line, right before a date line
 * (`中共安平县委机构编制委员会办公室` / `2020年4月8日印发`). They are neither units nor content.
 */
export function signatureLines(texts: readonly string[]): boolean[] {
  const out = texts.map(() => false);
  // Walking back: whether the lines after this one (up to a date line) are all signatures.
  let signing = false;
  for (let i = texts.length - 1; i >= 0; i--) {
    const t = texts[i].trim();
    if (t === '') continue;
    if (DATE_ONLY.test(t)) {
      signing = true;
      continue;
    }
    signing &&= looksLikeOrgName(t, 40);
    out[i] = signing;
  }
  return out;
}

function add(e: Evidence, s: Section, v: number): void {
  e[s] = (e[s] ?? 0) + v;
}

export interface LineReading {
  evidence: Evidence;
  /** The section a heading or 第N条 article on this line opens, or null. */
  opens: Section | null;
  /** The line read as a heading (kept so the assembler need not read it again). */
  heading: Heading | null;
}

/** The evidence one line gives for each section, and the section its heading opens. */
export function readLine(text: string): LineReading {
  const e: Evidence = {};
  const label = parseLabel(text);
  const heading = classifyHeading(text);
  if (label?.style === 'article-条') {
    const kind = ARTICLE_KIND.find(([, p]) => p.test(label.rest.split(/[:：]/)[0]))?.[0] ?? null;
    if (kind) add(e, kind, 6);
    return { evidence: e, opens: kind, heading };
  }
  if (unitWithPhone(label ? label.rest : text)) {
    add(e, 'units', 3);
    add(e, 'affiliated', 3);
    add(e, 'contacts', 2);
    return { evidence: e, opens: null, heading };
  }
  if (heading && heading.kind === 'contacts' && heading.rest !== '' && !heading.prefix) {
    // `电话：0817-…` is a field, not a heading: the office's, or (under a unit) the unit's.
    add(e, 'contacts', 4);
    add(e, 'units', 2.5);
    add(e, 'affiliated', 2.5);
    return { evidence: e, opens: null, heading };
  }
  if (heading && heading.kind !== 'furniture') {
    add(e, heading.kind, 6);
    return { evidence: e, opens: heading.rest === '' ? heading.kind : null, heading };
  }
  return { evidence: contentEvidence(text, label), opens: null, heading };
}

/** Lead-ins by which an office lists its own units (`内设`, `设`, `设有`), not the bodies under it. */
const OWN_CUE = /^(?:内设|设|设有|设置|共设)$/;

/** The evidence of a line that is no heading. */
function contentEvidence(text: string, label: Label | null): Evidence {
  const e: Evidence = {};
  const body = label ? label.rest : text;
  if (DATE_ONLY.test(body)) add(e, 'ignored', 3);
  if (HONOR.test(body) || (!label && honourSentences(body).length > 0)) add(e, 'honors', 5);
  if (BUDGET.test(body)) add(e, 'ignored', 4);
  const inline = inlineUnitList(body);
  // `纪委监委机关设10个内设机构：…监督室` lists units; it is no closing sentence about the 纪委,
  // nor is a bare name (`县纪委监委派驻县教育局纪检监察组` under a commission's 派驻机构).
  const closing = !looksLikeOrgName(body, 40) && CLOSING.test(body);
  if (!label && !inline && (closing || HOUSED_IN.test(body) || GUIDED.test(body))) add(e, 'ignored', 4);
  if (!label && (DUTY_LEAD.test(body) || INLINE_DUTY_LEAD.test(body)) && body.length >= 6) add(e, 'duties', 5);
  if (UNIT_LEAD.test(body)) add(e, 'units', 5);
  if (AFFILIATED_LEAD.test(body)) add(e, 'affiliated', 5);
  const lists = proseUnitLists(body);
  // What reads as a unit line counts for both unit sections; headings tell them apart.
  const unitLike = (v: number): void => {
    add(e, 'units', v);
    add(e, 'affiliated', v);
  };
  // `X是省委直属的公益一类事业单位，主要职责是：…` describes the office, not a unit of it.
  const describesItself = (e.duties ?? 0) >= 5;
  // `镇设A、B等5个内设机构；设C、D等4个事业单位`: a line listing its own units first reads as units.
  const ownFirst = lists.length > 1 && !lists[0].affiliated;
  if (ownFirst) add(e, 'units', 4);
  else if (lists.some((l) => l.affiliated) || (!describesItself && affiliatedStatement(body).length > 0))
    add(e, 'affiliated', 4);
  // `市教育局机关设A、B、C`: a list the office (or its 机关) 设 is its own units, even when the
  // next line lists the bodies under it (which would otherwise draw this line into their section).
  else if (lists.length > 0 && (!inline || lists.every((l) => OWN_CUE.test(l.cue)))) add(e, 'units', 4);
  else if (inline) unitLike(4);
  if (label && namesAUnit(body)) unitLike(3);
  // `党政综合办公室：负责…` (a table row on a web page reads so): a unit's name, then its duty.
  if (!label && unitThenDuty(body)) unitLike(3);
  if (!label && proseUnitDuties(body).length > 0) unitLike(2);
  if (DUTY_VERB.test(body)) {
    add(e, 'duties', label ? 2.5 : 1);
    unitLike(1);
  }
  // A title alone on its line (`镇党委副书记、镇长`, under a photo and a name) is a leader card's.
  const bare = label ? null : bareCardField(body);
  if (bare && 'title' in bare && !looksLikeOrgName(body)) add(e, 'leaders', 3);
  if (parsePeople(body) || personField(body)) {
    add(e, 'leaders', 3);
    unitLike(2.5);
    add(e, 'intro', 2.5);
  }
  // `翔凤司法所　所长：田茂林` names a unit before its head.
  if (unitWithHead(body)) unitLike(3);
  if (parseContacts(text)) {
    add(e, 'contacts', 3);
    add(e, 'intro', 2);
  }
  const name = leadingOrgName(body);
  // `X是…，主要职责是：` / `X是…，内设机构如下：`: the intro's own line opens the list after it.
  const opensList = (e.duties ?? 0) >= 5 || (e.units ?? 0) >= 5 || (e.affiliated ?? 0) >= 5;
  if (
    !label &&
    !opensList &&
    name &&
    /^(?:[（(][^（）()]{0,30}[）)])?[，,]?(?:是|为|系|作为)/.test(body.slice(name.length))
  )
    add(e, 'intro', 3);
  return e;
}

/** `办公室`, `人事股。负责…`, `综合处：承担…`: a numbered line that names a unit. */
function namesAUnit(body: string): boolean {
  const bare = body.replace(/[。；;：:]$/, '');
  if (looksLikeOrgName(bare)) return true;
  const m = /^([^。，,；;：:\s\u3000]{2,30}?)[。：:\s\u3000]/.exec(body);
  return m !== null && looksLikeOrgName(m[1]);
}

/** `综合股：负责…`: a unit's name, a colon and a sentence opening with a duty verb. */
function unitThenDuty(body: string): boolean {
  const m = /^([^。，,；;：:\s\u3000]{2,30}?)[：:]\s*(.+)$/.exec(body);
  return m !== null && DUTY_VERB.test(m[2]) && looksLikeOrgName(m[1]);
}

// Sections whose lines are recognisable (contacts, people, dated honours): a line that does
// not read as one is unlikely there.
const RECOGNISABLE = new Set<Section>(['contacts', 'leaders', 'honors']);

/**
 * What leaving a section costs, so a change needs several lines' or one strong line's evidence.
 * A page's opening (title, a phone line, the intro) often runs into its lists with no heading.
 */
const LEAVE: Record<Section, number> = {
  preamble: 0.5,
  contacts: 1,
  intro: 2,
  duties: 3,
  units: 3,
  affiliated: 3,
  leaders: 3,
  honors: 3,
  ignored: 3,
  furniture: 3,
};
// Unit lists open with a heading, a lead-in or a unit's name, not with a stray duty line.
const ENTER: Partial<Record<Section, number>> = { units: 3, affiliated: 3 };
/**
 * What entering the affiliated bodies costs on top, from anywhere but the units: unheaded unit
 * rows before a `直属单位：A、B` line are the office's own units (offices list those first), so
 * duties → units → affiliated (two changes, 6) must beat duties → affiliated (3 + this).
 */
const FIRST_AFFILIATED = 3.5;

/**
 * The section of each line: the best path over every line's evidence. `allowed[i]`, when set,
 * is the only sections line i may be in (a user's correction of its role).
 */
export function decodeSections(
  evidence: readonly Evidence[],
  allowed: readonly (readonly Section[] | null)[],
  opens: readonly (Section | null)[] = [],
): Section[] {
  // A heading opens its section: the line before it is unlikely to be in that section already.
  const before = [...evidence];
  let previous = -1;
  evidence.forEach((e, i) => {
    const kind = opens[i];
    if (kind && previous >= 0) {
      before[previous] = { ...before[previous] };
      add(before[previous], kind, -3);
    }
    if (Object.keys(e).length > 0 || kind) previous = i;
  });
  evidence = before;
  return bestPath(evidence.length, {
    states: SECTIONS,
    start: (s) => (s === 'preamble' ? 0 : -0.5),
    emission: (i, s) =>
      allowed[i] && !allowed[i]!.includes(s) ? -Infinity : (evidence[i][s] ?? (RECOGNISABLE.has(s) ? -1.5 : 0)),
    // A document never returns to its preamble; leaving it is cheap.
    transition: (from, to) =>
      from === to
        ? 0
        : to === 'preamble'
          ? -Infinity
          : -Math.max(LEAVE[from], ENTER[to] ?? 0) - (to === 'affiliated' && from !== 'units' ? FIRST_AFFILIATED : 0),
  });
}

/**
 * How much more a line must speak for the decoded section than for the current one before
 * the parser follows the decoder there. An ignored section (职能转变, a budget table) is left
 * only on strong evidence, since its own lines read like duties.
 */
export function switchMargin(current: Section): number {
  return current === 'ignored' ? 4 : 2.5;
}

/** The sections a line with this role may be in (for the decoder). */
export function sectionsOfRole(role: LineRole): readonly Section[] {
  if (role === 'unit-heading' || role === 'unit-duty') return ['units', 'affiliated'];
  if (role === 'person') return ['leaders', 'units', 'affiliated', 'intro'];
  if (role === 'contact') return ['contacts', 'intro', 'preamble'];
  if (role === 'office-name' || role === 'intro') return ['preamble', 'intro'];
  return [sectionOfRole(role, 'preamble')];
}

/** The section a user's correction of a line's role puts that line in. */
export function sectionOfRole(role: LineRole, current: Section): Section {
  switch (role) {
    case 'office-name':
    case 'intro':
      return 'intro';
    case 'duty':
      return 'duties';
    case 'unit-heading':
    case 'unit-duty':
      return current === 'affiliated' ? 'affiliated' : 'units';
    case 'person':
      return current === 'units' || current === 'affiliated' ? current : 'leaders';
    case 'honor':
      return 'honors';
    case 'contact':
      return 'contacts';
    case 'ignored':
      return 'ignored';
  }
}
