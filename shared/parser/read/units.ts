// Unit lines: a unit's name (numbered, bare, with its duty on the same line, or several
// sharing one duty), a unit's duty, people under a unit, units listed inline or in prose, and
// nesting by numbering.
import { parseContacts } from '../contacts.ts';
import type { ParsedDuty, ParsedUnit, UnitKind } from '../../types.ts';
import { findCountDeclarations } from '../checks.ts';
import { AFFILIATED_LEAD, UNIT_LEAD } from '../classify.ts';
import { looksLikeOrgName, proseAliases, proseFormerNames, splitUnitName, type SplitName } from '../names.ts';
import { NumberingChecker, type Label } from '../numbering.ts';
import { parsePeople, unitWithHead } from '../people.ts';
import { endsComplete, SENTENCE_PUNCT, unique } from '../text.ts';
import { affiliatedStatement, inlineUnitList, proseUnitDuties, proseUnitLists, type ProseList } from '../units.ts';
import { inlineNumberedItems, ordinalItems } from '../inline-items.ts';
import type { DocumentState } from './state.ts';
import { HAN } from '../../text/han.ts';

// `办公室　负责…`: a duty after a unit's name on the same line opens with one of these.
// A bare unit name (no suffix) on its own line: two to ten Han characters.
const BARE_NAME = new RegExp(`^[${HAN}]{2,10}$`);
const DUTY_START = /^(?:负责|承担|主管|指导|组织|拟订|协调|管理|监督)/;
// A unit's name, then its duty after `。` `：` a dash or a gap; `党政办公室，负责…`: after a comma
// only before a duty verb.
const NAME_THEN_DUTY = new RegExp(
  String.raw`^([^。，,；;：:\s\u3000—－-]{2,40}?)(?:[。：:]|——|—|－－|--|[\s\u3000]+|[，,](?=(?:主要)?${DUTY_START.source.slice(1)}))(.+)$`,
);
const PHONE = String.raw`[\d０-９][\d０-９\-－—()（）\s]{6,}`;
const PHONE_ONLY = new RegExp(`^${PHONE}$`);
// `…后勤保障。电话：0318-…` (a list item's last field) is the unit's phone, no part of its duty.
const TRAILING_PHONE = new RegExp(
  String.raw`(?:[\s\u3000]+|(?<=[。；;])[\s\u3000]*(?:联系|办公)?电话[:：][\s\u3000]*)${PHONE}$`,
);
const TYPED_BUDGET_UNIT =
  /^([^：:\s\u3000]{2,40}?)[：:\s\u3000]+(?:(?:参照公务员法管理的?|参公|公益[一二三]类|全额拨款|差额拨款|自收自支)?(?:事业|行政|企业)单位|行政机关|公益[一二三]类)[。；;]?$/;

// `交通文艺广播（FM98.6）` under a 频道/频率 heading: one of a station's broadcasts, named without a
// unit's suffix (elsewhere 广播 is a service a duty names); the frequency is no part of the name.
const BROADCAST = /^(\p{Script=Han}{2,12}(?:广播|电台|之声))(?:[（(](?:FM|AM|调频|中波)[^（）()]*[）)])?$/u;
function broadcastName(s: DocumentState, name: string): string | null {
  return /频道|频率/.test(s.sectionHeading?.title ?? '') ? (BROADCAST.exec(name)?.[1] ?? null) : null;
}

export function unitLine(s: DocumentState, text: string, label: Label | null, line: number): void {
  // `（五）内设机构。X设办公室、…`: an item that titles itself, then prose.
  const titled = label
    ? /^(?:内设机构|机构设置|内设科室|内设股室|内设处室|直属单位|所属单位|下属单位)[。：:]\s*(.+)$/.exec(label.rest)
    : null;
  if (titled) return unitLine(s, titled[1], null, line);
  // `另设机关党委。` after a counted list: one more unit, outside the count (checks.ts).
  const besides = label ? null : /^另设([^，,。；;：:、]{2,30})[。；;]?$/.exec(text);
  if (besides && looksLikeOrgName(besides[1])) {
    s.counts.push(...findCountDeclarations(text, line));
    return void addUnit(s, splitUnitName(besides[1]), null, line);
  }
  const body = label ? label.rest : text;
  if (CHANGE_RECORD.test(body)) return s.role(line, 'ignored');
  // `三、县（区）司法局` numbered like the section headings (`二、内设机构`) is the next section.
  const sectionStyle = s.sectionHeading?.label?.style;
  if (label && sectionStyle === label.style && s.unitStyle !== label.style) {
    s.sectionNumbers.check(label, line);
    s.enter('ignored', null);
    s.report('ignored-section', line, { context: 'section', title: `${label.label} ${body.slice(0, 20)}` });
    return;
  }
  const headed = unitWithHead(body);
  if (headed) {
    const unit = addUnit(s, splitUnitName(headed.unit), label, line, isNested(s, label));
    return s.addPeople(headed.people, line, unit);
  }
  const people = parsePeople(body);
  if (people) return s.addPeople(people, line, headsOffice(s, people) ? null : s.unit);
  if (!label && s.continueParagraph(text)) return;

  // `南岗县农业技术推广中心：事业单位` or `县中医院：公益二类` (a table of the units it covers): the
  // second cell is the body's type, no duty. Each such body keeps its own accounts under the office;
  // `X（本级）` is the office itself.
  const typed = TYPED_BUDGET_UNIT.exec(body);
  if (typed) {
    if (/本级/.test(typed[1])) return s.role(line, 'ignored');
    addUnit(s, splitUnitName(typed[1]), label, line, false, true);
    return;
  }

  const named = /^(?:处室|科室|股室|机构|单位|部门)?名称[:：](.+)$/.exec(body);
  if (named) {
    addUnit(s, splitUnitName(named[1].trim().replace(/[。；;]$/, '')), label, line);
    return;
  }

  if (unitThenChildren(s, body, label, line)) return;
  if (!label && dutyThenChildren(s, body, line)) return;
  // A numbered item is prose only when it states which bodies are affiliated (`三、A、B为…所属事业单位`).
  if ((!label || unitStatement(s, body).length > 0) && unitProse(s, body, line)) return;
  if (unitWithList(s, body, label, line)) return;
  const listed = inlineUnitList(body);
  if (listed) {
    s.counts.push(...findCountDeclarations(body, line));
    for (const name of listed) addUnit(s, splitUnitName(name), null, line);
    s.unit = null;
    s.topUnit = null;
    return;
  }

  const inline = NAME_THEN_DUTY.exec(body);
  const broadcast = inline ? broadcastName(s, inline[1]) : null;
  // `办公室　负责…`, `新闻科　对全市新闻宣传工作进行规划。`: a name, a gap, then its duty (a duty
  // verb or a whole sentence).
  if (
    inline &&
    /^[\s\u3000]/.test(body.slice(inline[1].length)) &&
    (DUTY_START.test(inline[2]) || (inline[2].length >= 8 && /[。；;]$/.test(inline[2]))) &&
    (looksLikeOrgName(inline[1]) || broadcast)
  ) {
    const unit = addUnit(s, splitUnitName(broadcast ?? inline[1]), label, line, isNested(s, label));
    // A table row's last column may be the unit's phone: no part of its duty.
    unitDuty(s, inline[2].replace(TRAILING_PHONE, ''), null, line);
    unit.aliases = unique([...unit.aliases, ...proseAliases(inline[2])], [unit.name]);
    return;
  }
  // `城东区域站（服务范围：城东、新塘2个乡镇）`: a note in brackets after the name, a field of its own.
  const noted = NAME_NOTE.exec(body.replace(/[。；;]$/, ''));
  const bare = noted && looksLikeOrgName(noted[1]) ? noted[1] : body.replace(/[。；;：:]$/, '');
  // `东湖社区居委会`: a community or village the office governs, never one of its units.
  if (noted && GOVERNED.test(bare)) return s.role(line, 'ignored');
  // `三、县统计局设下列内设机构：` numbered like a unit introduces the units; it names none.
  const headingLike =
    !AFFILIATED_LEAD.test(body) &&
    !UNIT_LEAD.test(body) &&
    bare.length >= 2 &&
    bare.length <= 30 &&
    !SENTENCE_PUNCT.test(bare.replace(/[（(][^（）()]*[）)]/g, '')) &&
    !/——|－－|--/.test(bare);
  const sameStyle = label !== null && label.style === s.unitStyle;
  const nested = isNested(s, label);
  const bareBroadcast = headingLike ? broadcastName(s, bare) : null;
  if (
    headingLike &&
    (looksLikeOrgName(bare) ||
      bareBroadcast ||
      (label && (sameStyle || !s.unit) && !/^(?:负责|承担)/.test(bare)) ||
      bareName(s, bare))
  ) {
    addUnit(s, splitUnitName(bareBroadcast ?? bare), label, line, nested);
    return;
  }

  const sharing = inline ? inlineUnitList(inline[1]) : null;
  if (inline && (looksLikeOrgName(inline[1]) || sharing)) {
    // `城东所、城西所：负责…`: several units that share one duty.
    for (const name of sharing ?? [inline[1]]) {
      const unit = addUnit(s, splitUnitName(name), sharing ? null : label, line, nested);
      unitDuty(s, inline[2].replace(TRAILING_PHONE, ''), null, line);
      unit.aliases = unique([...unit.aliases, ...proseAliases(inline[2])], [unit.name]);
    }
    return;
  }

  if (!s.unit) {
    // Contact fields before any unit is open (its units were named in prose) are the office's.
    const contacts = label ? null : parseContacts(text);
    if (contacts) return s.addContacts(contacts, line);
    // Lead-in prose such as `市外事办设下列内设机构：` or `设9个职能处(室)。`; one that opens with
    // the office's name (`X是…。X设立以下工作机构：`) names it as an intro does.
    s.prose(text, line);
    if (!/[:：]$/.test(text) && findCountDeclarations(text, line).length === 0) {
      s.report('unattached-text', line, {});
    }
    return;
  }
  unitDuty(s, body, label, line);
}

/** The title a body's head bears by its name: 局长 of a 局, 镇长 of a 镇人民政府, 主任 of an 办公室. */
function headTitle(name: string): string {
  const government = /([省市县区镇乡])人民政府$/.exec(name);
  if (government) return `${government[1]}长`;
  return /(?:委员会|办公室|中心|办|室)$/.test(name) ? '主任' : `${name.slice(-1)}长`;
}

/**
 * `局长：王志刚` after a 局's list of units (its last unit a 所 or a 科), `镇长：…` after a
 * township's: the office's head, not the unit's.
 */
function headsOffice(s: DocumentState, people: readonly { title: string }[]): boolean {
  const office = s.nameField?.name ?? s.title?.name ?? s.headingName?.name ?? s.proseName;
  if (!office || !s.unit) return false;
  const head = headTitle(office);
  return head !== headTitle(s.unit.name) && people.every((p) => p.title.endsWith(head));
}

/** `计算机学院：计算机科学系、软件工程系` (a faculty and its departments): a unit, then the units under it. */
function unitWithList(s: DocumentState, body: string, label: Label | null, line: number): boolean {
  const m = /^([^。，,；;：:\s\u3000]{2,30}?)[：:](.+)$/.exec(body);
  const children = m && looksLikeOrgName(m[1]) ? inlineUnitList(m[2]) : null;
  if (!m || !children || children.length < 2) return false;
  const unit = addUnit(s, splitUnitName(m[1]), label, line, isNested(s, label));
  for (const name of children) addChild(s, unit, splitUnitName(name), line);
  return true;
}

/**
 * `执行局：负责…。执行局下设A、B和C。`: a unit's name, its duty, then a sentence listing the
 * units under it by name.
 */
function unitThenChildren(s: DocumentState, body: string, label: Label | null, line: number): boolean {
  const m = /^([^。，,；;：:\s\u3000]{2,30}?)[：:。\s\u3000](.+)$/.exec(body);
  if (!m || !looksLikeOrgName(m[1])) return false;
  const sentences = m[2].split(/(?<=[。；;])/).filter((t) => t.trim() !== '');
  const k = sentences.findIndex((t) => proseUnitLists(t).some((l) => l.owner === m[1]));
  if (k <= 0) return false;
  addUnit(s, splitUnitName(m[1]), label, line, isNested(s, label));
  unitDuty(s, sentences.slice(0, k).join(''), null, line);
  unitProse(s, sentences.slice(k).join(''), line);
  return true;
}

// `内设2个中队，即A、B。`, `下设林政组和资源组。`: a sentence about the unit it follows, naming its parts.
const OWN_PARTS = /^(?:内设|下设|下辖)/;

/**
 * `负责…。内设2个中队，即A、B。` under a unit's name: that unit's duty, then the units under it. A
 * sentence that names no owner and opens with 内设/下设 is about the unit whose paragraph it ends.
 */
function dutyThenChildren(s: DocumentState, body: string, line: number): boolean {
  const unit = s.unit;
  if (!unit) return false;
  const sentences = body.split(/(?<=[。；;])/).filter((t) => t.trim() !== '');
  const k = sentences.findIndex((t) => OWN_PARTS.test(t.trim()));
  if (k < 0) return false;
  const lists = sentences.slice(k).flatMap((t) => proseUnitLists(t));
  if (lists.length === 0 || lists.some((l) => l.owner !== '' || l.affiliated)) return false;
  if (k > 0) unitDuty(s, sentences.slice(0, k).join(''), null, line);
  for (const name of lists.flatMap((l) => l.names)) addChild(s, unit, splitUnitName(name), line);
  s.counts.push(...findCountDeclarations(sentences.slice(k).join(''), line));
  return true;
}

/**
 * Units in running prose, sentence by sentence (and clause by clause at `；`): `县委宣传部设办公室、理论科和宣传科3个科室。`,
 * `办公室负责…。办公室下设文秘组和信息组。`, `A、B两个科室分别负责…`, `林业科负责…，下设林政组。`,
 * `县新时代文明实践中心为县委宣传部所属事业单位。` A unit a sentence gives a duty to is created
 * where it is not known yet; a list whose owner is a unit (or, after `下设`, the unit the sentence
 * is about) is that unit's children.
 */
export function unitProse(s: DocumentState, body: string, line: number): boolean {
  const sentences = body.split(/(?<=[。；;])/).filter((t) => t.trim() !== '');
  // `…：A，辖…；B，辖…`: a list split at `；` goes on in the next clause.
  let carried: ProseList | undefined;
  const readings = sentences.map((t) => {
    const lists = proseUnitLists(t, carried);
    carried = lists.findLast((l) => l.owner === '') ?? carried;
    return {
      lists,
      statement: unitStatement(s, t),
      duties: proseUnitDuties(t).filter((d) => d.names.every((n) => !isOfficeName(s, n))),
    };
  });
  if (readings.every((r) => r.lists.length === 0 && r.statement.length === 0 && r.duties.length === 0)) return false;
  s.counts.push(...findCountDeclarations(body, line));
  // `县医疗保障服务中心内设…` after `松阳县医疗保障服务中心`: the same body, its place written short.
  const known = (name: string): ParsedUnit | undefined =>
    everyUnit(s).find((u) => u.name === name) ??
    (/^[省市县区州镇乡]/.test(name) && name.length >= 5 ? everyUnit(s).find((u) => u.name.endsWith(name)) : undefined);
  // In an affiliated section every list is affiliated, unless the line tells its lists apart.
  const lists = readings.flatMap((r) => r.lists);
  const mixed = lists.some((l) => l.affiliated) && lists.some((l) => !l.affiliated);
  const affiliated = s.section === 'affiliated' && !mixed;
  // `局机关设A、B。下设C、D。`: what is 下设 after the office's own units is under the office.
  let listedOwn = false;
  readings.forEach((r, i) => {
    // The unit the sentence opens with (`林业科负责…，下设林政组`) owns a bare `下设` list after it.
    const first = r.duties[0];
    const subject = first && first.names.length === 1 && sentences[i].trim().startsWith(first.names[0]);
    for (const name of subject ? first.names : [])
      if (!known(name)) addUnit(s, splitUnitName(name), null, line, false, affiliated);
    // `秘书处是协会的常设办事机构，…，下设A、B` under the heading 秘书处: the unit it describes owns them.
    const opening = sentences[i].trim();
    const described = everyUnit(s).find(
      (u) => opening.startsWith(u.name) && /^(?:是|为|系|作为)/.test(opening.slice(u.name.length)),
    );
    const bareParent = subject ? known(first.names[0]) : described;
    for (const list of r.lists) {
      const parent = known(list.owner) ?? (list.owner === '' && list.cue === '下设' ? bareParent : undefined);
      // `市统计局本级内设A、B` names the office's own units, whatever section it sits in.
      const own = list.cue === '内设' && !list.affiliated;
      const under =
        list.affiliated || (affiliated && !own) || (!parent && listedOwn && list.cue === '下设' && list.owner === '');
      for (const name of list.names) {
        if (known(name)) continue;
        if (parent) addChild(s, parent, splitUnitName(name), line);
        else addUnit(s, splitUnitName(name), null, line, false, under);
      }
      listedOwn ||= !parent && !under;
    }
    for (const name of r.statement) if (!known(name)) addUnit(s, splitUnitName(name), null, line, false, true);
    for (const d of r.duties) {
      for (const name of d.names) {
        const unit = known(name) ?? addUnit(s, splitUnitName(name), null, line, false, affiliated);
        unit.duties.push({ label: null, text: d.duty, line });
      }
    }
  });
  s.role(line, 'unit-heading');
  s.unit = null;
  s.topUnit = null;
  s.open = null;
  return true;
}

/** The bodies a sentence calls affiliated units (`A为县委宣传部所属事业单位`), unless one is the office. */
function unitStatement(s: DocumentState, sentence: string): string[] {
  const names = affiliatedStatement(sentence);
  return names.some((n) => isOfficeName(s, n)) ? [] : names;
}

/** Every unit found so far, nested ones too. */
function everyUnit(s: DocumentState): ParsedUnit[] {
  const all = (list: readonly ParsedUnit[]): ParsedUnit[] => list.flatMap((u) => [u, ...all(u.units)]);
  return all([...s.units, ...s.affiliated]);
}

/** Whether a name is the office's own (a sentence about the office is no unit's duty). */
function isOfficeName(s: DocumentState, name: string): boolean {
  const names = [s.nameField, s.title, s.headingName].flatMap((n) => (n ? [n.name, ...n.aliases] : []));
  return names.includes(name) || name === s.proseName || s.aliases.includes(name);
}

/** A unit as a line names it, with no duties, people or sub-units yet. */
export function newUnit(split: SplitName, kind: UnitKind, line: number, label: string | null = null): ParsedUnit {
  return {
    name: split.name,
    kind,
    aliases: split.aliases,
    formerNames: split.formerNames,
    label,
    line,
    duties: [],
    people: [],
    units: [],
  };
}

/** A unit that prose places under another one (`办公室下设文秘组`). */
function addChild(s: DocumentState, parent: ParsedUnit, split: SplitName, line: number): void {
  parent.units.push(newUnit(split, parent.kind, line));
}

/** A differently numbered unit under a numbered unit (一、综合处 then （一）文秘科) is its child. */
export function isNested(s: DocumentState, label: Label | null): boolean {
  return label !== null && s.unitStyle !== null && label.style !== s.unitStyle && s.topUnit !== null;
}

// `内设机构及事业单位` heads one list of both: its 中心, 队, 站 are the institutions.
const JOINT_HEADING = /(?:及|和|与)(?:事业单位|直属单位|下属单位|直属机构)/;
const INSTITUTION = /(?:中心|大队|中队|队|站|院|馆)$/;

// An organisation chart (`组织机构图`) puts the office's own units and its institutions in one
// list: an institution is the 中心, 站 or 队 that carries its own place name (`X县…监督站`).
const CHART_HEADING = /组织(?:机构|架构)?图|机构设置图/;
const PLACE_NAMED = /^\p{Script=Han}{2,6}?[省市县区旗州盟]/u;

function institutionUnderJointHeading(s: DocumentState, name: string): boolean {
  if (s.section !== 'units' || !INSTITUTION.test(name)) return false;
  const heading = s.sectionHeading?.title ?? '';
  return JOINT_HEADING.test(heading) || (CHART_HEADING.test(heading) && PLACE_NAMED.test(name));
}

export function addUnit(
  s: DocumentState,
  split: SplitName,
  label: Label | null,
  line: number,
  nested = false,
  affiliated = s.section === 'affiliated' || institutionUnderJointHeading(s, split.name),
): ParsedUnit {
  const parent = nested ? s.topUnit : null;
  if (label && parent) s.childNumbers.check(label, line);
  else if (label) {
    s.unitNumbers.check(label, line);
    s.unitStyle ??= label.style;
  }
  const kind = parent ? parent.kind : affiliated ? 'affiliated' : 'internal';
  // `设下列股室：A、B、C` and then a block per unit (`A：负责…`, an anchor's target): the block
  // names a unit the list gave already, still bare, so its duties are that unit's.
  const listed =
    parent || label
      ? undefined
      : (kind === 'affiliated' ? s.affiliated : s.units).find(
          (u) => u.name === split.name && u.duties.length === 0 && u.units.length === 0 && u.label === null,
        );
  const unit = listed ?? newUnit(split, kind, line, label?.label ?? null);
  if (listed) s.topUnit = listed;
  else if (parent) parent.units.push(unit);
  else {
    (unit.kind === 'affiliated' ? s.affiliated : s.units).push(unit);
    s.topUnit = unit;
    s.childNumbers = new NumberingChecker(s.diagnostics);
  }
  s.unit = unit;
  s.unitDutyNumbers = new NumberingChecker(s.diagnostics);
  s.open = null;
  s.role(line, 'unit-heading');
  return unit;
}

export function unitDuty(s: DocumentState, text: string, label: Label | null, line: number): void {
  const unit = s.unit;
  if (!unit) return;
  if (label) s.unitDutyNumbers.check(label, line);
  // `办公室　职责：负责…`: the word 职责 introduces the duty and is not part of it.
  const body = (label ? label.rest : text).replace(/^(?:主要|机构|单位|部门)?职[责能][:：]/, '');
  // A table row's phone cell on a line of its own is no duty.
  if (PHONE_ONLY.test(body)) return s.role(line, 'contact');
  const items = label ? null : inlineNumberedItems(body);
  if (items) return items.forEach((item) => unitDuty(s, item.label + item.rest, item, line));
  // `主要工作：一是…；二是…。`: each counted item a duty, the lead-in none.
  const counted = label ? null : ordinalItems(body);
  if (counted) return counted.items.forEach((item) => unitDuty(s, item, null, line));
  const duty: ParsedDuty = { label: label?.label ?? null, text: body, line };
  unit.duties.push(duty);
  s.role(line, 'unit-duty');
  unit.aliases = unique([...unit.aliases, ...proseAliases(duty.text)], [unit.name]);
  unit.formerNames = unique([...unit.formerNames, ...proseFormerNames(duty.text)], [unit.name]);
  s.open = { item: duty, role: 'unit-duty', section: s.section, unit, complete: endsComplete(duty.text) };
}

// `撤销文物股，其职责划入…`, `将医政股和药政股合并，组建…`, `艺术股更名为…`, `新设…股，负责…`: an item of a
// 机构调整 notice records a change; the units are the list of what remains after it.
const CHANGE_RECORD =
  /^(?:撤销|撤并|新设|增设|设立|组建|将[^，,。；;]{2,40}(?:合并|整合|划入|划转|更名)|[^，,。；;]{2,20}更名为)/;
const NAME_NOTE = /^([^（）()：:]{2,30}?)[（(][^（）()]{1,30}[:：][^（）()]{1,40}[）)]$/;
const GOVERNED = /(?:居民委员会|村民委员会|居委会|村委会)$/;

/**
 * `综合业务` then `负责…` on the next line: a short name without an organisational suffix, alone on
 * its line where a unit's name is due (before any unit, or after the last one's duty).
 */
function bareName(s: DocumentState, bare: string): boolean {
  // `指导县区登记注册工作。` (a duty cell's second line) is a verb and its object: a bare name
  // may be a verb alone (监督, 协调) but no longer (named ones such as 组织科 are read before this).
  if (!BARE_NAME.test(bare) || /^(?:负责|承担)/.test(bare) || (DUTY_START.test(bare) && bare.length > 4)) return false;
  if (s.unit && s.unit.duties.length === 0) return false;
  const next = s.nextKey();
  return next !== undefined && /^(?:主要)?(?:负责|承担|牵头)/.test(next);
}
