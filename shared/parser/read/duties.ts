// Duty lines: a numbered or unnumbered duty, the lead-in to the list, sub-items of the
// previous duty, and numbered items that are not duties (职能转变, 人员编制) with what follows.
import type { ParsedDuty } from '../../types.ts';
import type { Label } from '../numbering.ts';
import { listsPlaces } from '../headings.ts';
import { inlineNumberedItems, ordinalItems } from '../inline-items.ts';
import { isEnglishProse } from '../noise.ts';
import { parsePeople } from '../people.ts';
import { endsComplete } from '../text.ts';
import { harvestProseUnits, introLine } from './intro.ts';
import { isIntroStatement } from './office-name.ts';
import type { DocumentState } from './state.ts';
// Items inside a duties list that are not duties (三定规定 add these after the duties).
// `X是…部门，主要职能是：组织…；…。`: the lead-in and the duties in one paragraph.
const INLINE_LEAD = /^(.{4,}?(?:职责|职能)(?:是|为|如下|有|包括)[:：])(.{6,})$/;
const NOT_DUTY =
  /^(?:职能转变|转变职能|职责调整|有关职责分工|职责分工|[^，。]{0,30}职责分工|人员编制|领导职数|其他事项|附则)(?:[。：:，,]|$)/;

const PURPOSE = /^([^。；;：:]{4,60}。)(.+)$/;
// The purpose alone on its line, the business items numbered under it (`为全市…提供技术支撑。`).
const LONE_PURPOSE = /^(?:为|以|致力于|服务于)[^。；;：:]{4,60}。$/;

export function dutyLine(s: DocumentState, text: string, label: Label | null, line: number): void {
  if (label && NOT_DUTY.test(label.rest)) return ignoreItem(s, label, line);
  if (!label && isEnglishProse(text)) return s.role(line, 'ignored');
  // `主要职责：（一）贯彻…；（二）统筹…；（三）…。`: the list run into one paragraph.
  const items = inlineNumberedItems(label ? label.label + label.rest : text);
  if (items) {
    for (const item of items) dutyLine(s, item.label + item.rest, item, line);
    return;
  }
  // `局长：张三；副局长：李四、王五` after the duties, with no heading of its own.
  const people = label ? null : parsePeople(text);
  if (people) return s.addPeople(people, line, null);
  if (!label && continueWrapped(s, text)) return;
  // `宗旨和业务范围：为农业生产提供技术服务。A；B。`: the first sentence is the purpose, not a duty.
  const underPurpose = !label && s.duties.length === 0 && /宗旨/.test(s.sectionHeading?.title ?? '');
  if (underPurpose && LONE_PURPOSE.test(text)) return introLine(s, text, line);
  const purpose = underPurpose ? PURPOSE.exec(text) : null;
  if (purpose) {
    introLine(s, purpose[1], line);
    s.open = null;
    return dutyLine(s, purpose[2], null, line);
  }
  const lead = !label && s.duties.length === 0 ? INLINE_LEAD.exec(text) : null;
  if (lead) {
    introLine(s, lead[1], line);
    s.open = null;
    return dutyLine(s, lead[2], null, line);
  }
  if (!label && s.duties.length === 0 && isIntroStatement(text)) {
    // A page titled just `机构职能` opens with the office's description, not a duty.
    return introLine(s, text, line);
  }
  if (!label && s.duties.length === 0 && /^(?:根据|按照|依据)/.test(text) && !/[:：]$/.test(text)) {
    // `根据《…方案》，X是…` states where the duties come from; it is not duty 1.
    return introLine(s, text, line);
  }
  if (!label && /[:：]$/.test(text)) {
    // `…的主要职责是：` introduces the list; it is not a duty itself, and unnumbered paragraphs
    // before it (under a page heading such as `机构职能`) described the office.
    unnumberedWereIntro(s);
    s.prose(text, line);
    s.role(line, 'intro');
    return;
  }
  const last = s.duties.at(-1);
  if (
    label &&
    last &&
    s.dutyStyle !== null &&
    label.style !== s.dutyStyle &&
    (s.inSubItems || /[:：]$/.test(last.text))
  ) {
    // `3.依法审计下列事项：` then `(1)…(2)…`: the sub-items belong to duty 3.
    last.text += label.label + label.rest;
    s.inSubItems = true;
    s.role(line, 'duty');
    return;
  }
  s.inSubItems = false;
  if (label && s.dutyStyle === null) {
    // A numbered list after an intro that stated the duties in a sentence replaces that sentence.
    const stated = s.duties.filter((d) => d.label === null && s.summary.some((p) => p.line === d.line));
    if (stated.length === s.duties.length) s.duties.splice(0);
  }
  if (label) {
    s.dutyNumbers.check(label, line);
    s.dutyStyle ??= label.style;
  }
  const counted = label || s.dutyStyle !== null ? null : ordinalItems(text);
  if (counted) {
    // `X主要承担…工作：一是…；二是…。`: the lead-in describes the office, each counted item is a duty.
    if (counted.lead !== '') s.prose(counted.lead, line);
    for (const item of counted.items) s.duties.push({ label: null, text: item, line });
    s.role(line, 'duty');
    s.open = null;
    return;
  }
  const joined = label || s.dutyStyle !== null ? null : joinedDuties(text);
  if (joined) {
    // `贯彻…；组织实施…；负责…。`: an unnumbered paragraph of duties, one per clause.
    for (const clause of joined) s.duties.push({ label: null, text: clause, line });
    s.role(line, 'duty');
    s.open = null;
    return;
  }
  const duty: ParsedDuty = { label: label?.label ?? null, text: label ? label.rest : text, line };
  s.duties.push(duty);
  s.role(line, 'duty');
  s.open = { item: duty, role: 'duty', section: 'duties', unit: null, complete: endsComplete(duty.text) };
}

/**
 * `s.continueParagraph` for a duty. A PDF wraps `…主要职能是：A；B；C。` over lines, so the
 * unnumbered duty after the lead-in is split into its `；` clauses once its last line joins it.
 */
function continueWrapped(s: DocumentState, text: string): boolean {
  const open = s.open;
  if (!s.continueParagraph(text)) return false;
  const duty = open?.role === 'duty' && open.complete ? s.duties.at(-1) : undefined;
  const clauses = duty && duty === open?.item && duty.label === null ? joinedDuties(duty.text) : null;
  if (duty && clauses) {
    s.duties.pop();
    for (const clause of clauses) s.duties.push({ label: null, text: clause, line: duty.line });
  }
  return true;
}

/** Skips a numbered item that is not a duty (（五）职能转变。…) and what follows it. */
export function ignoreItem(s: DocumentState, label: Label, line: number): void {
  const resume = { section: s.section, style: label.style };
  s.enter('ignored', null);
  s.resume = resume;
  s.dutyNumbers.check(label, line);
  const title = label.rest.split(/[。：:，,]/)[0];
  s.report('ignored-section', line, { context: 'item', label: label.label, title });
}

/** In an ignored item, the next item numbered like it resumes the duties list. */
export function ignoredLine(s: DocumentState, label: Label | null, text: string, line: number): void {
  // `站　长：邹文静` after a list of 献血点 with no heading of its own: a person is no place, and
  // the office's leaders follow.
  const people = !label && listsPlaces(s.sectionHeading?.title ?? '') ? parsePeople(text) : null;
  if (people) {
    s.enter('leaders', null);
    return s.addPeople(people, line, null);
  }
  // `本部门决算包括…所属2个事业单位决算，即A、B。`: a budget report names its affiliated units.
  if (!label) harvestProseUnits(s, text, line);
  const resume = s.resume;
  if (!resume || !label || label.style !== resume.style) return;
  if (NOT_DUTY.test(label.rest)) return ignoreItem(s, label, line);
  s.section = resume.section;
  s.resume = null;
  s.content(text, label, line);
}

/**
 * Unnumbered paragraphs read as duties before the list's lead-in or heading were the intro;
 * duties an intro sentence stated (`主要职能是…`) give way to the list.
 */
export function unnumberedWereIntro(s: DocumentState): void {
  if (s.duties.length === 0 || s.duties.some((d) => d.label !== null)) return;
  for (const d of s.duties.splice(0)) {
    if (s.summary.some((p) => p.line === d.line)) continue;
    s.summary.push(d);
    s.roles.set(d.line, 'intro');
    s.prose(d.text, d.line);
  }
}

/**
 * The clauses of a paragraph that lists three or more duties separated by `；`, each keeping its
 * own punctuation; null for an ordinary paragraph.
 */
export function joinedDuties(text: string): string[] | null {
  const clauses = text.match(/[^；;]+(?:[；;]|$)/g) ?? [];
  if (clauses.length < 3) return null;
  // Every clause is a duty of its own: long enough, and none a mere note in parentheses.
  return clauses.every((c) => c.replace(/[；;。]$/, '').length >= 6) ? clauses : null;
}
