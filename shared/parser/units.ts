// Units named in a list on one line or in running prose:
//   `内设机构：办公室、政策法规处、人事处。`
//   `局机关内设办公室、规划股和安全股4个股室，下设县公路养护中心。`
//   `设“办公室、医政股”2个股室`, `中心设办公室、检验科及健康教育所。`
//   `办公室负责…；宣传科、新闻科等科室分别负责…。`
// Whether a single name is a unit's is decided by looksLikeOrgName (names.ts) alone.
import { looksLikeOrgName, splitNameList } from './names.ts';
import { endsComplete } from './text.ts';
import { HAN } from '../text/han.ts';

// What introduces a list: `设有`, `内设`, `下设`, `包括`, `分别是`, after an optional owner.
const LEAD =
  /^([^、，,。；;：:“”"]{0,24}?)(内设|下设|设有|设置|共设|设立|另设|设|包括|分别是|分别为|下辖|所辖|有|即)[:：]?/;
// `街道下辖湖滨、鹏程4个社区居民委员会`: the villages and communities an office governs are its area, not its units.
const TERRITORY = /(?:居民委员会|村民委员会|居委会|村委会|社区|村)$/;

/** What may stand before a lead-in: nothing, the office (`县教体局`, `镇`, `局机关`) or `下属单位`. */
// A body that can own units: `局`, `本局`, `白云镇`, `在各乡镇（街道）`.
const OWNER_WORD = new RegExp(
  String.raw`^(?:[省市县区镇乡局厅委办部所院队站馆会校]|街道|医院|学校|[${HAN}]{1,6}(?:省|市|县|区|乡|镇|街道)|[本我该][局办厅部委处室院所]|全[省市县区乡镇]|在各?(?:乡镇|乡|镇|街道|县区|区县|县市区)(?:（街道）)?)$`,
);

function isOwner(prefix: string): boolean {
  const p = prefix.replace(/^(?:根据[^，,]*[，,])/, '');
  // `镇党委、政府设…`: two bodies that share their units (a township's party committee and government).
  if (/^[^、]{2,16}(?:、[^、]{2,16}){1,2}$/.test(p)) return p.split('、').every(isOwner);
  return (
    p === '' || OWNER_WORD.test(p) || /(?:机关|单位|机构|科室|股室|处室|部门|本级)$/.test(p) || looksLikeOrgName(p, 40)
  );
}
// What closes one: `等5个处室`, `4个股室`, `等科室`.
const TAIL = new RegExp(
  String.raw`(?:等(?:临床|医技|业务|职能|行政|相关)?)?(?:[\d０-９一二三四五六七八九十两]+个[${HAN}（）()]{0,8}|(?:职能|临床|医技|业务|行政)?(?:处室|科室|股室|处（室）|处\(室\)|内设机构|机构|部门|单位|办公室|处|科|股|室))?$`,
);
const QUOTES = /[“”"「」『』]/g;
const COUNTED_GROUP = new RegExp(String.raw`^(?:以及|及|和|另有|还有)?[\d一二三四五六七八九十两]+个[${HAN}]{1,12}$`);
// Cheap checks that rule most lines out before any list is split.
const SEPARATED = /[、，,；;和及与]/;

// `1.办公室；2.预算股`: items numbered inside the list.
const ITEM_LABEL = /^(?:\d{1,2}[.．、]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)])/;

function splitItems(list: string): string[] {
  return splitTopLevel(list.replace(QUOTES, ''), /[、，,；;]/)
    .map((s) => s.trim().replace(ITEM_LABEL, ''))
    .filter((s) => s.length > 0);
}

/** Every item of a list is a name, after the lead-in before the first and the count after the last. */
function namesOf(list: string, lead: boolean, cutOff = false): string[] | null {
  // `…、县疾病预防控制中心，以及18个乡镇卫生院`: a counted group at the end names no unit.
  const items = splitItems(list).filter((s, i, all) => i === 0 || i < all.length - 1 || !COUNTED_GROUP.test(s));
  if (items.length === 0) return null;
  const lead0 = lead ? LEAD.exec(items[0]) : null;
  if (lead0 && isOwner(lead0[1])) items[0] = items[0].slice(lead0[0].length);
  const governs = lead0 !== null && /辖/.test(lead0[2]);
  const last = items.length - 1;
  items[last] = stripTail(items[last]);
  const names = expandAbbreviated(sharedSuffix(items) ?? items).flatMap((s) => splitNameList(s));
  // A list cut off mid-name (`综合股、人`) keeps the names before the cut.
  if (cutOff && names.length >= 2 && !looksLikeOrgName(names[names.length - 1])) names.pop();
  if (names.length === 0 || !names.every((s) => looksLikeOrgName(s))) return null;
  return governs && names.every((n) => TERRITORY.test(n)) ? null : names;
}

const ORDINAL = '[一二三四五六七八九十]+';
// `民事审判第一庭`: what comes before the ordinal, the ordinal (第 kept apart), what follows it.
const ORDINAL_NAME = new RegExp(`^(.*?)(第?)(${ORDINAL})([^一二三四五六七八九十]*)$`);

/**
 * Sibling names written short after the first: `民事审判第一庭、第二庭` and `法制一科、二科` take
 * the first one's head; `第一、二、三巡逻中队` and `一、二科` give the last one's tail to the
 * bare ordinals before it.
 */
function expandAbbreviated(items: readonly string[]): string[] {
  const out = [...items];
  for (let i = 1; i < out.length; i++) {
    if (out[i].length > 30 || out[i - 1].length > 30) continue;
    const prev = ORDINAL_NAME.exec(out[i - 1]);
    const cur = ORDINAL_NAME.exec(out[i]);
    if (!prev || !cur || cur[1] !== '' || prev[1] === '' || cur[4] !== prev[4] || cur[4] === '') continue;
    out[i] = prev[1] + (cur[2] || prev[2]) + cur[3] + cur[4];
  }
  // A run of bare ordinals (`第一`, `二`) up to the first full name after them shares its tail.
  const parts = out.map((x) => (x.length <= 30 ? ORDINAL_NAME.exec(x) : null));
  for (let i = 0; i < out.length; i++) {
    const first = parts[i];
    if (!first || first[4] !== '') continue;
    let j = i + 1;
    while (j < out.length && parts[j]?.[4] === '') j++;
    if (j === out.length) break;
    const run = parts.slice(i, j + 1);
    const tail = parts[j]?.[4] ?? '';
    if (run.every((m, k) => m && (k === 0 || m[1] === '')) && looksLikeOrgName(out[j]))
      run.forEach((m, k) => (out[i + k] = first[1] + (m![2] || first[2]) + m![3] + tail));
    i = j;
  }
  return out;
}

// `城关、木鱼、乔庄3个人民法庭`: places, then a count and the name they share (and, after 和,
// further names: `…4个林业站和县国有林场`).
const SHARED_TAIL = new RegExp(String.raw`^([${HAN}]{2,6}?)等?[\d一二三四五六七八九十两]+个([${HAN}、]{2,40})$`);
const PLACE = new RegExp(`^[${HAN}]{2,6}$`);

/** `城关、木鱼、乔庄3个人民法庭` -> 城关人民法庭, 木鱼人民法庭, 乔庄人民法庭; null for other lists. */
function sharedSuffix(items: readonly string[]): string[] | null {
  const k = items.findIndex((x, i) => i > 0 && SHARED_TAIL.test(x));
  if (k < 0) return null;
  const m = SHARED_TAIL.exec(items[k])!;
  const [suffix, ...more] = splitNameList(m[2]);
  if (!suffix || !looksLikeOrgName(suffix) || /^(?:处室|科室|股室|单位|机构|部门)/.test(suffix)) return null;
  const places = [...items.slice(0, k), m[1]];
  if (places.some((p) => looksLikeOrgName(p) || !PLACE.test(p))) return null;
  return [...places.map((p) => p + suffix), ...more, ...items.slice(k + 1)];
}

/** `人事股4个股室` -> `人事股`; a name that is itself a bare suffix stays (`办公室`). */
function stripTail(s: string): string {
  const m = TAIL.exec(s);
  if (!m || m[0] === '' || m.index === 0) return s;
  const cut = s.slice(0, m.index);
  // `…等` or a count was there: cut it; a plain suffix (`人事股` ending in 股) is part of the name.
  return /等|个/.test(m[0]) && splitNameList(cut).every((n) => looksLikeOrgName(n)) ? cut : s;
}

/** `办公室、政策法规处、人事处。` (after an optional `内设机构：` or `X设`): the names, or null. */
export function inlineUnitList(text: string): string[] | null {
  const spaced = spacedNames(text);
  if (spaced) return spaced;
  if (!SEPARATED.test(text)) return null;
  const colon = /[:：]/.exec(text);
  // `A、B、C。另管理乡镇卫生院16所。`: a sentence after the list's own is about other bodies.
  const list = (colon ? text.slice(colon.index + 1) : text).replace(/。.+$/, '').replace(/[。；;]$/, '');
  const cutOff = !endsComplete(text) && splitItems(list).length >= 2;
  const items = namesOf(list, true, cutOff);
  return items && (items.length >= 2 || cutOff) ? items : null;
}

/** `办公室　法规处　种植业管理处`: names separated by blank space only (a flattened table row). */
function spacedNames(text: string): string[] | null {
  if (!/[\s\u3000]/.test(text) || /[、，,；;。：:]/.test(text)) return null;
  const names = text.trim().split(/[\s\u3000]+/);
  return names.length >= 2 && names.every((n) => looksLikeOrgName(n)) ? names : null;
}

export interface ProseList {
  names: string[];
  affiliated: boolean;
  /** What stands before the lead-in (`规划建设股` in `规划建设股下设农村公路组`), or ''. */
  owner: string;
  /** The lead-in itself: `内设`, `下设`, `设`, `包括`, … */
  cue: string;
}

// `下属单位有…`, `下设县公路养护中心`, `所属事业单位包括…`: bodies under the office, not its divisions.
// A budget report's 二级预算单位 are the bodies under the office that keep their own accounts.
const AFFILIATED_CUE =
  /下属单位|所属单位|直属单位|所属事业单位|下属事业单位|直属事业单位|派出机构|[局委办厅部镇乡]属(?:事业)?单位|个(?:公益[一二三]类)?事业单位|个(?:事业)?站所|[二下]级(?:预算)?单位/;
// `下属A、B3个事业单位`, `下属单位：A、B`, `所属事业单位1个`, `所辖A、B`: bodies under the office.
const UNDER_CUE = /^(?:下属|所属|直属|下辖|所辖)/;
const LIST_CUE =
  /((?:下属|所属|直属)(?!的)(?:事业)?(?:单位)?(?:有|为|是|包括)?[:：]?|下辖|所辖|内设|下设|设有|设置|共设|开设|(?<![建开])设(?!备|计|施|立健全|在)|包括|有|(?<=单位|机构)(?:为|是))/;

/**
 * Lists of units inside sentences: each clause (split at ，；。) that holds a lead-in
 * (`内设`, `设`, `下设`, `下属单位有`) followed by two or more names, or one name and a count.
 * `carried` is the list a clause before this text (split off at `；`) was reading.
 */
export function proseUnitLists(text: string, carried?: ProseList): ProseList[] {
  const out: ProseList[] = [];
  if (!LIST_CUE.test(text) && !/个[^，,]{0,12}[，,](?:即|分别)/.test(text) && !/[，,]辖/.test(text)) return out;
  let listing = false;
  let internal = false;
  let previous = '';
  // The lists `ownedList` found, which the next one's owner is no item of.
  const owners = new Set<ProseList>();
  for (const clause of splitTopLevel(text.replace(QUOTES, ''), /[。；;，,]/)) {
    const last = previous;
    previous = clause;
    // `所属2个事业单位，即A、B`: the clause after a count names what was counted; so does
    // `所属事业单位不作调整，仍为A、B` after a lead-in.
    // `二级预算单位共4个，分别是：A、B`: the count after the bodies it counts.
    const named =
      /[\d一二三四五六七八九十两]+个[^，,]{0,8}(?:单位|机构|科室|股室|处室)|(?:单位|机构|科室|股室|处室)共?[\d一二三四五六七八九十两]+个$/.test(
        last,
      ) || leadsIn(last)
        ? /^(?:仍|均)?(?:即|分别是|分别为|分别|为)[:：]?/.exec(clause)
        : null;
    const namedList = named ? namesOf(clause.slice(named[0].length), false) : null;
    if (namedList) {
      out.push({ names: namedList, affiliated: AFFILIATED_CUE.test(last), owner: '', cue: named![0] });
      listing = true;
      continue;
    }
    // `…等临床科室，以及检验科、放射科等医技科室`: the list goes on after 以及.
    const more = listing ? /^(?:以及|及|和|并设|另设|还设有?)/.exec(clause) : null;
    listing = false;
    if (more) {
      const names = namesOf(clause.slice(more[0].length), false);
      if (names) {
        out.at(-1)?.names.push(...names);
        listing = true;
        continue;
      }
    }
    const owned = ownedList(last, clause, out.findLast((l) => !owners.has(l)) ?? carried);
    if (owned) {
      owners.add(owned);
      out.push(owned);
      listing = true;
      continue;
    }
    const cue = LIST_CUE.exec(clause);
    if (!cue) continue;
    const before = clause.slice(0, cue.index);
    // `负责…设置` is a duty, not a list: only the office (or nothing) stands before the lead-in;
    // `直属机关党委` is one name, not a list after 直属.
    if (!isOwner(before) || (under(cue[0]) && looksLikeOrgName(clause))) continue;
    // `下辖县级调查队2个：A、B`, `下属事业单位1个：A`: the count and its colon stand before the names.
    const listed = clause
      .slice(cue.index + cue[0].length)
      .replace(/^[:：]/, '')
      .replace(COUNTED_LEAD, '');
    // `预算单位包括：市统计局本级、A、B` (a budget report): the office itself, then the bodies under it.
    const itself = /^[^、，,]{2,30}本级[、，,]/.exec(listed);
    const list = itself ? listed.slice(itself[0].length) : listed;
    const found = namesOf(list, false);
    const names = found && /辖/.test(cue[0]) && found.every((n) => TERRITORY.test(n)) ? null : found;
    const counted = /个/.test(list);
    const everywhere = /^在各/.test(before);
    // One name is a list only with a count, a cue for affiliated bodies, or `下设` (`A科下设B组`).
    const single =
      counted || everywhere || itself !== null || cue[0] === '下设' || under(cue[0]) || AFFILIATED_CUE.test(clause);
    if (!names || (names.length < 2 && !single)) continue;
    // `设学科教研组12个`: one name counted several times over is a kind of unit, not a unit's name.
    if (names.length === 1 && /^[^、，,]+?(?:[2-9]|\d{2,}|[两二三四五六七八九十]+)个/.test(list)) continue;
    // `内设A、B，下设C`: what is 下设 after the internal units is under the office, not in it.
    // `二级预算单位共3个，包括：A、B`: a lead-in opening its clause continues the clause before it.
    const affiliated =
      itself !== null ||
      under(cue[0]) ||
      AFFILIATED_CUE.test(clause) ||
      (before.trim() === '' && AFFILIATED_CUE.test(last)) ||
      (cue[0] === '下设' && (internal || names.every((n) => /^[省市县区镇乡]/.test(n))));
    internal ||= cue[0] === '内设' || /内设/.test(clause);
    out.push({ names, affiliated, owner: before.trim(), cue: cue[0] });
    listing = true;
  }
  return out;
}

const under = (cue: string): boolean => UNDER_CUE.test(cue);

// `下设2个工区：东坡工区，辖A站、B站；西岭工区，辖C站`: a listed unit, then the units it has.
const OWNED_CUE = /^(?:下辖|辖|下设|包括)[:：]?/;

/**
 * The units a clause opening with `辖`/`下设` gives the unit the clause before ends with; when that
 * unit is a further item of the list before (`；西岭工区，辖…`), it is added to that list. Null otherwise.
 */
function ownedList(last: string, clause: string, previous: ProseList | undefined): ProseList | null {
  const cue = OWNED_CUE.exec(clause);
  const owner = /(?:^|[:：])([^:：]+)$/.exec(last)?.[1].trim() ?? '';
  if (!cue || !previous || !looksLikeOrgName(owner) || TERRITORY.test(owner)) return null;
  const names = namesOf(clause.slice(cue[0].length), false);
  if (!names || names.some((n) => TERRITORY.test(n))) return null;
  // The owner is one more item of the list before (read later, with it).
  if (!previous.names.includes(owner)) previous.names.push(owner);
  return { names, affiliated: false, owner, cue: cue[0] };
}
const COUNTED_LEAD = new RegExp(String.raw`^[${HAN}]{0,12}?[\d一二三四五六七八九十两]+个[${HAN}]{0,8}[:：]`);

/** `街道设置五办一中心`: a clause with a lead-in the office owns, which a `即…` clause may complete. */
function leadsIn(clause: string): boolean {
  const cue = LIST_CUE.exec(clause);
  return cue !== null && isOwner(clause.slice(0, cue.index));
}

// `县新时代文明实践中心为县委宣传部所属事业单位。`, `…执法大队为县城市管理局所属行政执法机构。`,
// `县社会福利院、县殡仪馆为县民政局所属事业单位`, `县委党员教育中心，为部管公益一类事业单位`
// (`X是省政府直属机构` is the office's own standing, no unit.)
const AFFILIATED_STATEMENT =
  /^([^，,。；;：:]{3,60}?)[，,]?(?:为|是|系)[^，,。；;]{0,20}?(?:(?:所属|直属|下属|[局委办厅部镇乡][属管])(?:的)?(?:[正副]?[厅局处县科乡股]级)?(?:公益[一二三]类)?(?:事业)?单位|(?:所属|下属)(?:的)?[^，,。；;]{2,8}机构)/;

/** The bodies the sentence calls the office's affiliated units (none when it names no such body). */
export function affiliatedStatement(text: string): string[] {
  const m = AFFILIATED_STATEMENT.exec(text);
  // `X下设A，为X所属…机构`: the list reader names A.
  const names = m && !/设/.test(m[1]) ? splitNameList(m[1]) : [];
  return names.length > 0 && names.every((n) => looksLikeOrgName(n)) ? names : [];
}

export interface ProseDuty {
  names: string[];
  duty: string;
}

// `办公室负责…`, `宣传科、新闻科等科室分别负责…`, `A、B两个科室分别负责…`: the names, then the duty.
const NAMED_DUTY =
  /^([^，,。；;：:]{2,60}?)(?:等?(?:[\d一二三四五六七八九十两]+个)?(?:科室|股室|处室|单位|部门))?(?:分别|主要|具体)?((?:负责|承担|主管|牵头).+)$/;

// Bodies housed with the office whose duties prose may state; they are not its units.
const HOUSED = /纪检监察组|纪检组|机关党委|机关纪委|机关工会/;

/** Duties that running prose attaches to named units, clause by clause (split at ；). */
export function proseUnitDuties(text: string): ProseDuty[] {
  const out: ProseDuty[] = [];
  // A unit's name (its suffix) comes right before the duty verb, or before `等科室分别`.
  if (!/[科股室处所队站心部组办局](?:等[^负承主牵]{0,8})?(?:分别|主要|具体)?(?:负责|承担|主管|牵头)/.test(text))
    return out;
  for (const clause of text.split(/[；;。]/)) {
    // `其中，办公室负责…`: a connective before the name is no part of it.
    const m = NAMED_DUTY.exec(clause.trim().replace(/^(?:其中|另外|此外)[，,]?/, ''));
    if (!m) continue;
    const names = splitItems(m[1]).flatMap((s) => splitNameList(s));
    if (names.length === 0 || !names.every((n) => looksLikeOrgName(n))) continue;
    if (names.some((n) => HOUSED.test(n))) continue;
    // `负责…工作，下设免疫规划组`: the units under it are no part of its duty.
    const duty = m[2].replace(/[，,](?:下设|内设)[^，,。；;]*。?$/, '').replace(/[。]$/, '');
    out.push({ names, duty: duty + '。' });
  }
  return out;
}

/** Splits at `at` (、，, by default) outside parentheses, in one pass. */
function splitTopLevel(text: string, at = /[、，,]/): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
    else if (depth === 0 && at.test(ch)) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

// `办公室　电话：0731-5527001`: a unit's line in a list that gives its phone, not a contacts heading.
const UNIT_PHONE = /^([^\s\u3000，,。；;：:]{2,30})[\s\u3000]+(?:联系电话|办公电话|电话|传真)[:：]/;

/** The unit a `name　电话：…` line names, or null. */
export function unitWithPhone(text: string): string | null {
  const m = UNIT_PHONE.exec(text);
  return m && looksLikeOrgName(m[1]) ? m[1] : null;
}
