// Reads the lines of a document as their sections' content (intro, duties, units, leaders,
// honours, contacts). Which section a line is in comes from the decoded path (classify.ts);
// headings, numbering and the line's own wording decide what within the section it is
// (a unit's name or its duty, a duty or the lead-in to the list, …).
import type {
  Diagnostic,
  DiagnosticCode,
  LineRole,
  ParsedDocument,
  ParsedDuty,
  ParsedPerson,
  ParsedUnit,
} from '../types.ts';
import {
  checkCounts,
  checkDanglingUnit,
  checkTruncation,
  findCountDeclarations,
  type CountDeclaration,
} from './checks.ts';
import { guessContactLabel, isAddressLabel, parseContacts, splitBareValue } from './contacts.ts';
import { findAsOf, findDate } from './dates.ts';
import { classifyHeading, furnitureKind, type Heading } from './headings.ts';
import {
  chooseOfficeName,
  leadingOrgName,
  looksLikeOrgName,
  proseAliases,
  proseFormerNames,
  splitUnitName,
  titleName,
  type SplitName,
} from './names.ts';
import type { Restorer } from './fold.ts';
import { NumberingChecker, parseLabel, type Label } from './numbering.ts';
import { parsePeople } from './people.ts';
import { affiliatedStatement, inlineUnitList, proseUnitDuties, proseUnitLists, unitWithPhone } from './units.ts';
import { ARTICLE_KIND, isSignature, sectionOfRole, switchMargin, type LineReading, type Section } from './classify.ts';
import { endsComplete, SENTENCE_PUNCT, unique } from './text.ts';
import { diagnostic, type DiagnosticParams } from './diagnostics.ts';

/** Where an ignored numbered item (（十六）职能转变。) sits, so the next sibling resumes. */
interface Resume {
  section: Section;
  style: string;
}

// Items inside a duties list that are not duties (三定规定 add these after the duties).
const DUTY_START = /^(?:负责|承担|主管|指导|组织|拟订|协调|管理|监督)/;
// `X是…部门，主要职能是：组织…；…。`: the lead-in and the duties in one paragraph.
const INLINE_LEAD = /^(.{4,}?(?:职责|职能)(?:是|为|如下|有|包括)[:：])(.{6,})$/;
const NOT_DUTY =
  /^(?:职能转变|转变职能|职责调整|有关职责分工|职责分工|[^，。]{0,30}职责分工|人员编制|领导职数|其他事项|附则)(?:[。：:，,]|$)/;

interface OpenParagraph {
  item: { text: string };
  role: LineRole;
  section: Section;
  unit: ParsedUnit | null;
  /** Whether the text so far ends a sentence; kept here so joining stays linear. */
  complete: boolean;
}

/** A user's corrections: line number -> the role that line must have. */
export type ForcedRoles = Readonly<Record<number, LineRole>>;

/** A paragraph of the document (folded text) and its 1-based source line. */
export interface Paragraph {
  key: string;
  line: number;
}

export class Assembler {
  readonly diagnostics: Diagnostic[] = [];
  private readonly forced: ForcedRoles;
  /** Each line's evidence and decoded section (classify.ts), by paragraph index. */
  private readings: readonly LineReading[] = [];
  private signatures: readonly boolean[] = [];
  private decoded: Section[] = [];
  private at = 0;
  private lineNow = 0;
  private readonly roles = new Map<number, LineRole>();
  /** Only contact lines so far: a title may still come (pages open with opening hours). */
  private titleOpen = true;
  private titleStart: { text: string; line: number } | null = null;
  /** Units named in intro prose (`局机关内设办公室、…`), used when no section lists units. */
  private readonly proseUnits: ParsedUnit[] = [];
  private section: Section = 'preamble';
  private sectionHeading: Heading | null = null;
  private resume: Resume | null = null;
  private seenContent = false;

  private title: SplitName | null = null;
  private headingName: SplitName | null = null;
  private proseName: string | null = null;
  private firstLine: string | null = null;
  private readonly aliases: string[] = [];
  private readonly formerNames: string[] = [];
  private readonly summary: { text: string; line: number }[] = [];
  private readonly duties: ParsedDuty[] = [];
  private readonly units: ParsedUnit[] = [];
  private readonly affiliated: ParsedUnit[] = [];
  private readonly people: ParsedPerson[] = [];
  private readonly honors: { date: string | null; text: string; line: number }[] = [];
  private readonly contacts: { label: string; value: string; line: number }[] = [];
  private address: string | null = null;
  private asOf: string | null = null;
  private readonly counts: CountDeclaration[] = [];

  private pendingLabel: { text: string; line: number } | null = null;
  private unit: ParsedUnit | null = null;
  /** The top-level unit the current one belongs to (itself unless nested). */
  private topUnit: ParsedUnit | null = null;
  private childNumbers = new NumberingChecker(this.diagnostics);
  private unitStyle: string | null = null;
  private open: OpenParagraph | null = null;
  private readonly sectionNumbers = new NumberingChecker(this.diagnostics);
  // Articles (第N条) run on across chapters (第N章), so they are checked on their own.
  private readonly articleNumbers = new NumberingChecker(this.diagnostics);
  private dutyNumbers = new NumberingChecker(this.diagnostics);
  /** The numbering of the duty list itself; a different one after `…：` numbers sub-items. */
  private dutyStyle: string | null = null;
  private inSubItems = false;
  private unitNumbers = new NumberingChecker(this.diagnostics);
  private unitDutyNumbers = new NumberingChecker(this.diagnostics);

  constructor(forced: ForcedRoles) {
    this.forced = forced;
  }

  /** Reads the paragraphs, each with the section decoded for it. */
  run(
    parts: readonly Paragraph[],
    readings: readonly LineReading[],
    decoded: Section[],
    signatures: readonly boolean[],
  ): void {
    this.readings = readings;
    this.signatures = signatures;
    this.decoded = decoded;
    parts.forEach((p, i) => {
      this.at = i;
      this.line(p.key, p.line);
    });
  }

  /** What each non-blank source line was read as. */
  lineRoles(raw: readonly string[]): ParsedDocument['lineRoles'] {
    return raw.flatMap((t, i) =>
      t.trim() === '' ? [] : [{ line: i + 1, role: this.roles.get(i + 1) ?? ('ignored' as const) }],
    );
  }

  /** Records what a line was read as; the first content role of a line wins. */
  private role(line: number, role: LineRole): void {
    const seen = this.roles.get(line);
    if (seen === undefined || seen === 'ignored') this.roles.set(line, role);
  }

  /**
   * Follows the decoded section (classify.ts) when the line speaks for it clearly more than
   * for the section the headings so far put it in.
   */
  private follow(): void {
    const target = this.decoded[this.at];
    if (target === this.section || this.section === 'furniture') return;
    const e = this.readings[this.at].evidence;
    const current =
      this.section === 'preamble' || this.section === 'intro'
        ? Math.max(e.preamble ?? 0, e.intro ?? 0)
        : (e[this.section] ?? 0);
    // Between internal and affiliated units only headings, or a sentence naming affiliated bodies, decide.
    if (this.section === 'affiliated' && target === 'units') return;
    if ((e[target] ?? 0) - current >= switchMargin(this.section)) this.enter(target, null);
  }

  private line(key: string, sourceLine: number): void {
    this.lineNow = sourceLine;
    if (key === '') {
      this.open = null;
      return;
    }
    const forced = this.forced[sourceLine];
    if (forced) return this.forcedLine(forced, key, sourceLine);
    let text = key;
    let line = sourceLine;
    // A label alone on its line (`一、` then the text below) numbers the next line's text.
    const pending = this.pendingLabel;
    this.pendingLabel = null;
    if (pending && !parseLabel(text) && !this.readings[this.at].heading && !furnitureKind(text)) {
      text = pending.text + text;
      line = pending.line;
    }
    this.asOf ??= findAsOf(text);

    const furniture = furnitureKind(text);
    if (furniture) {
      if (furniture === 'footer') this.enter('furniture', null);
      return;
    }
    // A signature or date line closing a notice is neither content nor cut off.
    if (this.signatures[this.at] || isSignature(text, [this.title?.name, this.headingName?.name])) return;
    this.firstLine ??= text;

    const heading = text === key ? this.readings[this.at].heading : classifyHeading(text);
    if (heading) {
      this.heading(heading, text, line);
      return;
    }

    const label = parseLabel(text);
    if (label?.style === 'article-条') {
      this.article(label, line);
      return;
    }
    if (label && label.rest === '') {
      this.pendingLabel = { text, line };
      return;
    }

    if (
      this.titleOpen &&
      this.title === null &&
      (this.section === 'preamble' || this.section === 'intro') &&
      !parseContacts(text)
    ) {
      // A notice title broken across two lines: `关于印发《X主要职责内设机构和` + `人员编制规定》的通知`.
      if (this.titleStart === null && /《[^》]*$/.test(text) && text.length <= 60) {
        this.titleStart = { text, line };
        this.role(line, 'office-name');
        return;
      }
      const start = this.titleStart;
      this.titleStart = null;
      this.titleOpen = false;
      if (start && !/》/.test(text)) {
        // Only a stray `《` (`《临江市教育局`): that line was the whole title.
        this.title = titleName(start.text);
        if (this.title) this.seenContent = true;
      } else if (start) text = start.text + text;
      // A title may end in a bracket (`…机构职能（2024年）`) but not in a sentence's punctuation.
      const titleLike = !endsComplete(text) || (/[）)》]$/.test(text) && !SENTENCE_PUNCT.test(text));
      if (this.title === null && titleLike && text.length <= 80) {
        const title = titleName(text);
        if (title) {
          this.title = title;
          this.seenContent = true;
          this.role(line, 'office-name');
          return;
        }
      }
    }
    this.follow();
    this.seenContent = true;
    this.content(text, label, line);
  }

  /** A line whose role the user set: it is read as that role, whatever it looks like. */
  private forcedLine(role: LineRole, text: string, line: number): void {
    const label = parseLabel(text);
    const body = label && label.style !== 'article-条' ? label.rest : text;
    const section = sectionOfRole(role, this.section);
    if (section !== this.section) this.enter(section, null);
    this.seenContent = true;
    this.open = null;
    this.role(line, role);
    switch (role) {
      case 'ignored':
        return;
      case 'office-name':
        this.title = titleName(text) ?? splitUnitName(body.replace(/[。；;：:]$/, ''));
        return;
      case 'intro':
        this.summary.push({ text, line });
        this.prose(text, line);
        return;
      case 'duty':
        this.duties.push({ label: label?.label ?? null, text: body, line });
        return;
      case 'unit-heading':
        this.addUnit(splitUnitName(body.replace(/[。；;：:]$/, '')), label, line);
        return;
      case 'unit-duty':
        if (this.unit) this.unitDuty(text, label, line);
        return;
      case 'person': {
        const people = parsePeople(body);
        if (people) this.addPeople(people, line, this.section === 'leaders' ? null : this.unit);
        return;
      }
      case 'honor':
        return this.honorLine(text, label, line);
      case 'contact':
        return this.contactLine(text, line);
    }
  }

  /** A heading line: opens its section, unless it is really a unit, a person or a contact line. */
  private heading(h: Heading, text: string, line: number): void {
    const inUnits = this.section === 'units' || this.section === 'affiliated';
    // `科室：办公室` then `职责：负责…` (a table flattened to field lines): the field names a unit.
    const field = h.kind === 'units' && h.rest && !h.prefix && !h.label ? h.rest.replace(/[。；;]$/, '') : '';
    if (field && looksLikeOrgName(field) && !inlineUnitList(field)) {
      if (!inUnits) this.enter('units', h);
      this.addUnit(splitUnitName(field), null, line);
      return;
    }
    // `主要职责：…` or `处室职责：…` under a unit introduces that unit's duties, not the office's.
    const unitDuties = h.kind === 'duties' || (h.kind === 'units' && h.rest !== '' && !inlineUnitList(h.rest));
    if (unitDuties && inUnits && this.unit && !h.prefix) {
      const ownLevel = h.label && h.label.style === this.sectionHeading?.label?.style;
      if (!ownLevel && (h.rest || h.label || this.unit.duties.length === 0)) {
        if (h.rest) this.unitDuty(h.rest, null, line);
        return;
      }
    }
    // `（一）秘书科　职责：…` or `综合处职责` in a units section names a unit.
    if (h.kind === 'duties' && inUnits && h.prefix && looksLikeOrgName(h.prefix)) {
      this.addUnit(splitUnitName(h.prefix), h.label, line, this.isNested(h.label));
      if (h.rest) this.unitDuty(h.rest, null, line);
      return;
    }
    const phoned = h.kind === 'contacts' && inUnits ? unitWithPhone(h.label ? h.label.rest : text) : null;
    if (phoned) {
      this.addUnit(splitUnitName(phoned), h.label, line, this.isNested(h.label));
      return;
    }
    if (h.kind === 'contacts' && h.rest) {
      const contacts = parseContacts(text.slice(text.indexOf(h.title)));
      if (contacts) {
        this.addContacts(contacts, line);
        return;
      }
    }
    // `负责人：张三` or `办公室负责人：张三` is a person, not a leaders heading.
    const people = h.kind === 'leaders' && h.rest ? parsePeople(h.label ? h.label.rest : text) : null;
    if (people) {
      this.addPeople(people, line, inUnits ? this.unit : null);
      return;
    }
    if (h.label) this.sectionNumbers.check(h.label, line);
    // Unnumbered paragraphs under an umbrella `机构职能` that a later `主要职责` follows were the intro.
    if (h.kind === 'duties' && this.duties.length > 0 && this.duties.every((d) => d.label === null)) {
      for (const d of this.duties.splice(0)) {
        this.summary.push(d);
        this.prose(d.text, d.line);
      }
    }
    // `江西省外事办公室简介`, or a page titled `抚州市外事办公室机构职能`, names the office.
    if (h.prefix && (h.kind === 'intro' || !this.seenContent) && looksLikeOrgName(h.prefix, 60))
      this.headingName ??= splitUnitName(h.prefix);
    this.seenContent = true;
    this.enter(h.kind, h);
    if (h.kind === 'ignored') this.report('ignored-section', line, { context: 'section', title: h.title });
    if (h.rest) this.content(h.rest, parseLabel(h.rest), line);
  }

  private enter(section: Section, heading: Heading | null): void {
    this.section = section;
    this.sectionHeading = heading;
    this.resume = null;
    this.unit = null;
    this.topUnit = null;
    this.open = null;
    if (section === 'duties') {
      this.dutyNumbers = new NumberingChecker(this.diagnostics);
      this.dutyStyle = null;
      this.inSubItems = false;
    }
    if (section === 'units' || section === 'affiliated') {
      this.unitNumbers = new NumberingChecker(this.diagnostics);
      this.unitStyle = null;
    }
  }

  /** `第三条 市外事办设下列内设机构：` opens the section its wording names. */
  private article(label: Label, line: number): void {
    this.articleNumbers.check(label, line);
    this.seenContent = true;
    const body = label.rest;
    const colon = /[:：]/.exec(body);
    const lead = colon ? body.slice(0, colon.index + 1) : body;
    const kind =
      ARTICLE_KIND.find(([, pattern]) => pattern.test(lead))?.[0] ??
      (this.duties.length === 0 && this.units.length === 0 ? 'intro' : 'ignored');
    this.enter(kind, null);
    this.prose(body, line);
    if (kind === 'intro') {
      this.summary.push({ text: body, line });
      this.role(line, 'intro');
      return;
    }
    if (kind === 'ignored') {
      this.report('ignored-section', line, { context: 'article', label: label.label });
      return;
    }
    const after = colon ? body.slice(colon.index + 1).trim() : '';
    if (after) this.content(after, parseLabel(after), line);
  }

  private content(text: string, label: Label | null, line: number): void {
    switch (this.section) {
      case 'preamble':
      case 'intro':
        return this.introLine(text, line);
      case 'duties':
        return this.dutyLine(text, label, line);
      case 'units':
      case 'affiliated':
        return this.unitLine(text, label, line);
      case 'leaders':
        return this.leaderLine(text, label, line);
      case 'honors':
        return this.honorLine(text, label, line);
      case 'contacts':
        return this.contactLine(text, line);
      case 'ignored':
        return this.ignoredLine(label, text, line);
      case 'furniture':
        return;
    }
  }

  private introLine(text: string, line: number): void {
    const contacts = parseContacts(text);
    if (contacts) return this.addContacts(contacts, line);
    const people = parsePeople(text);
    if (people) return this.addPeople(people, line, null);
    if (this.continueParagraph(text)) return;
    const item = { text, line };
    this.summary.push(item);
    this.role(line, 'intro');
    this.prose(text, line);
    this.harvestProseUnits(text, line);
    this.open = { item, role: 'intro', section: this.section, unit: null, complete: endsComplete(text) };
  }

  /** `局机关内设办公室、…4个股室，下设县公路养护中心`: kept in case no section lists the units. */
  private harvestProseUnits(text: string, line: number): void {
    for (const list of proseUnitLists(text)) {
      for (const name of list.names) this.proseUnits.push(this.newUnit(splitUnitName(name), list.affiliated, line));
    }
    for (const sentence of text.split(/[。；;]/)) {
      const name = affiliatedStatement(sentence.trim());
      if (name) this.proseUnits.push(this.newUnit(splitUnitName(name), true, line));
    }
  }

  private newUnit(split: SplitName, affiliated: boolean, line: number): ParsedUnit {
    return {
      name: split.name,
      kind: affiliated ? 'affiliated' : 'internal',
      aliases: split.aliases,
      formerNames: split.formerNames,
      label: null,
      line,
      duties: [],
      people: [],
      units: [],
    };
  }

  /** Names, nameplates, former names and declared counts stated in office-level prose. */
  private prose(text: string, line: number): void {
    this.proseName ??= leadingOrgName(text);
    this.aliases.push(...proseAliases(text));
    this.formerNames.push(...proseFormerNames(text));
    this.counts.push(...findCountDeclarations(text, line));
  }

  private dutyLine(text: string, label: Label | null, line: number): void {
    if (label && NOT_DUTY.test(label.rest)) return this.ignoreItem(label, line);
    if (!label && this.continueParagraph(text)) return;
    const lead = !label && this.duties.length === 0 ? INLINE_LEAD.exec(text) : null;
    if (lead) {
      this.introLine(lead[1], line);
      this.open = null;
      return this.dutyLine(lead[2], null, line);
    }
    if (!label && this.duties.length === 0 && isIntroStatement(text)) {
      // A page titled just `机构职能` opens with the office's description, not a duty.
      return this.introLine(text, line);
    }
    if (!label && this.duties.length === 0 && /^(?:根据|按照|依据)/.test(text) && !/[:：]$/.test(text)) {
      // `根据《…方案》，X是…` states where the duties come from; it is not duty 1.
      return this.introLine(text, line);
    }
    if (!label && /[:：]$/.test(text)) {
      // `…的主要职责是：` introduces the list; it is not a duty itself.
      this.prose(text, line);
      this.role(line, 'intro');
      return;
    }
    const last = this.duties.at(-1);
    if (
      label &&
      last &&
      this.dutyStyle !== null &&
      label.style !== this.dutyStyle &&
      (this.inSubItems || /[:：]$/.test(last.text))
    ) {
      // `3.依法审计下列事项：` then `(1)…(2)…`: the sub-items belong to duty 3.
      last.text += label.label + label.rest;
      this.inSubItems = true;
      this.role(line, 'duty');
      return;
    }
    this.inSubItems = false;
    if (label) {
      this.dutyNumbers.check(label, line);
      this.dutyStyle ??= label.style;
    }
    const duty: ParsedDuty = { label: label?.label ?? null, text: label ? label.rest : text, line };
    this.duties.push(duty);
    this.role(line, 'duty');
    this.open = { item: duty, role: 'duty', section: 'duties', unit: null, complete: endsComplete(duty.text) };
  }

  /** Skips a numbered item that is not a duty (（五）职能转变。…) and what follows it. */
  private ignoreItem(label: Label, line: number): void {
    const resume = { section: this.section, style: label.style };
    this.enter('ignored', null);
    this.resume = resume;
    this.dutyNumbers.check(label, line);
    const title = label.rest.split(/[。：:，,]/)[0];
    this.report('ignored-section', line, { context: 'item', label: label.label, title });
  }

  /** In an ignored item, the next item numbered like it resumes the duties list. */
  private ignoredLine(label: Label | null, text: string, line: number): void {
    const resume = this.resume;
    if (!resume || !label || label.style !== resume.style) return;
    if (NOT_DUTY.test(label.rest)) return this.ignoreItem(label, line);
    this.section = resume.section;
    this.resume = null;
    this.content(text, label, line);
  }

  private unitLine(text: string, label: Label | null, line: number): void {
    // `（五）内设机构。X设办公室、…`: an item that titles itself, then prose.
    const titled = label
      ? /^(?:内设机构|机构设置|内设科室|内设股室|内设处室|直属单位|所属单位|下属单位)[。：:]\s*(.+)$/.exec(label.rest)
      : null;
    if (titled) return this.unitLine(titled[1], null, line);
    const body = label ? label.rest : text;
    // `三、县（区）司法局` numbered like the section headings (`二、内设机构`) is the next section.
    const sectionStyle = this.sectionHeading?.label?.style;
    if (label && sectionStyle === label.style && this.unitStyle !== label.style) {
      this.sectionNumbers.check(label, line);
      this.enter('ignored', null);
      this.report('ignored-section', line, { context: 'section', title: `${label.label} ${body.slice(0, 20)}` });
      return;
    }
    const people = parsePeople(body);
    if (people) return this.addPeople(people, line, this.unit);
    if (!label && this.continueParagraph(text)) return;

    const named = /^(?:处室|科室|股室|机构|单位|部门)?名称[:：](.+)$/.exec(body);
    if (named) {
      this.addUnit(splitUnitName(named[1].trim().replace(/[。；;]$/, '')), label, line);
      return;
    }

    if (!label && this.unitProse(body, line)) return;
    const listed = inlineUnitList(body);
    if (listed) {
      this.counts.push(...findCountDeclarations(body, line));
      for (const name of listed) this.addUnit(splitUnitName(name), null, line);
      this.unit = null;
      this.topUnit = null;
      return;
    }

    const inline = /^([^。，,；;：:\s\u3000—－-]{2,40}?)(?:[。：:]|——|—|－－|--|[\s\u3000]+)(.+)$/.exec(body);
    // `办公室　负责…`: a name, a gap, then its duty.
    if (
      inline &&
      /^[\s\u3000]/.test(body.slice(inline[1].length)) &&
      DUTY_START.test(inline[2]) &&
      looksLikeOrgName(inline[1])
    ) {
      const unit = this.addUnit(splitUnitName(inline[1]), label, line, this.isNested(label));
      this.unitDuty(inline[2], null, line);
      unit.aliases = unique([...unit.aliases, ...proseAliases(inline[2])], [unit.name]);
      return;
    }
    const bare = body.replace(/[。；;：:]$/, '');
    const headingLike =
      bare.length >= 2 && bare.length <= 30 && !SENTENCE_PUNCT.test(bare.replace(/[（(][^（）()]*[）)]/g, ''));
    const sameStyle = label !== null && label.style === this.unitStyle;
    const nested = this.isNested(label);
    if (
      headingLike &&
      (looksLikeOrgName(bare) || (label && (sameStyle || !this.unit) && !/^(?:负责|承担)/.test(bare)))
    ) {
      this.addUnit(splitUnitName(bare), label, line, nested);
      return;
    }

    const sharing = inline ? inlineUnitList(inline[1]) : null;
    if (inline && (looksLikeOrgName(inline[1]) || sharing)) {
      // `城东所、城西所：负责…`: several units that share one duty.
      for (const name of sharing ?? [inline[1]]) {
        const unit = this.addUnit(splitUnitName(name), sharing ? null : label, line, nested);
        this.unitDuty(inline[2], null, line);
        unit.aliases = unique([...unit.aliases, ...proseAliases(inline[2])], [unit.name]);
      }
      return;
    }

    if (!this.unit) {
      // Lead-in prose such as `市外事办设下列内设机构：` or `设9个职能处(室)。`
      this.counts.push(...findCountDeclarations(text, line));
      if (!/[:：]$/.test(text) && findCountDeclarations(text, line).length === 0) {
        this.report('unattached-text', line, {});
      }
      return;
    }
    this.unitDuty(body, label, line);
  }

  /**
   * Units in running prose: `县委宣传部设办公室、理论科和宣传科3个科室。办公室负责…；宣传科、
   * 新闻科等科室分别负责…`, `县新时代文明实践中心为县委宣传部所属事业单位。`
   */
  private unitProse(body: string, line: number): boolean {
    const lists = proseUnitLists(body);
    const statement = affiliatedStatement(body);
    const duties = proseUnitDuties(body);
    const known = (name: string): ParsedUnit | undefined =>
      [...this.units, ...this.affiliated].find((u) => u.name === name);
    const attachable = duties.filter((d) => d.names.every((n) => known(n) || lists.some((l) => l.names.includes(n))));
    if (lists.length === 0 && !statement && attachable.length === 0) return false;
    this.counts.push(...findCountDeclarations(body, line));
    for (const list of lists)
      for (const name of list.names)
        if (!known(name))
          this.addUnit(splitUnitName(name), null, line, false, list.affiliated || this.section === 'affiliated');
    if (statement && !known(statement)) this.addUnit(splitUnitName(statement), null, line, false, true);
    for (const d of attachable) {
      for (const name of d.names) {
        const unit = known(name);
        if (unit) unit.duties.push({ label: null, text: d.duty, line });
      }
    }
    this.role(line, 'unit-heading');
    this.unit = null;
    this.topUnit = null;
    this.open = null;
    return true;
  }

  /** A differently numbered unit under a numbered unit (一、综合处 then （一）文秘科) is its child. */
  private isNested(label: Label | null): boolean {
    return label !== null && this.unitStyle !== null && label.style !== this.unitStyle && this.topUnit !== null;
  }

  private addUnit(
    split: SplitName,
    label: Label | null,
    line: number,
    nested = false,
    affiliated = this.section === 'affiliated',
  ): ParsedUnit {
    const parent = nested ? this.topUnit : null;
    if (label && parent) this.childNumbers.check(label, line);
    else if (label) {
      this.unitNumbers.check(label, line);
      this.unitStyle ??= label.style;
    }
    const unit: ParsedUnit = {
      name: split.name,
      kind: parent ? parent.kind : affiliated ? 'affiliated' : 'internal',
      aliases: split.aliases,
      formerNames: split.formerNames,
      label: label?.label ?? null,
      line,
      duties: [],
      people: [],
      units: [],
    };
    if (parent) parent.units.push(unit);
    else {
      (unit.kind === 'affiliated' ? this.affiliated : this.units).push(unit);
      this.topUnit = unit;
      this.childNumbers = new NumberingChecker(this.diagnostics);
    }
    this.unit = unit;
    this.unitDutyNumbers = new NumberingChecker(this.diagnostics);
    this.open = null;
    this.role(line, 'unit-heading');
    return unit;
  }

  private unitDuty(text: string, label: Label | null, line: number): void {
    const unit = this.unit;
    if (!unit) return;
    if (label) this.unitDutyNumbers.check(label, line);
    // `办公室　职责：负责…`: the word 职责 introduces the duty and is not part of it.
    const body = (label ? label.rest : text).replace(/^(?:主要)?职[责能][:：]/, '');
    const duty: ParsedDuty = { label: label?.label ?? null, text: body, line };
    unit.duties.push(duty);
    this.role(line, 'unit-duty');
    unit.aliases = unique([...unit.aliases, ...proseAliases(duty.text)], [unit.name]);
    unit.formerNames = unique([...unit.formerNames, ...proseFormerNames(duty.text)], [unit.name]);
    this.open = { item: duty, role: 'unit-duty', section: this.section, unit, complete: endsComplete(duty.text) };
  }

  /**
   * Joins a line to the paragraph before it when that paragraph was hard-wrapped (text
   * extracted from PDFs): the previous line is long, unfinished, and this line is plain text.
   */
  private continueParagraph(text: string): boolean {
    const open = this.open;
    if (!open || open.section !== this.section || open.unit !== this.unit) return false;
    // A long unfinished line was wrapped; a short one only when it stops at a comma (`…利用，`).
    const wrapped = open.item.text.length >= 25 || /[，、,]$/.test(open.item.text);
    if (open.complete || !wrapped || parsePeople(text) || parseContacts(text)) return false;
    // A unit name on its own line starts a unit even after an unpunctuated paragraph.
    if (looksLikeOrgName(text.replace(/[。；;：:]$/, ''))) return false;
    open.item.text += text;
    this.role(this.lineNow, open.role);
    open.complete = endsComplete(text);
    return true;
  }

  private leaderLine(text: string, label: Label | null, line: number): void {
    const people = parsePeople(label ? label.rest : text);
    if (people) this.addPeople(people, line, null);
  }

  private honorLine(text: string, label: Label | null, line: number): void {
    const body = label ? label.rest : text;
    const date = findDate(body);
    // A bare address after the honours (the page forgot its 地址 heading) is no honour.
    if (!date && !label && guessContactLabel(body) === '地址')
      return this.addContacts([{ label: '地址', value: body }], line);
    this.honors.push({ date, text: body, line });
    this.role(line, 'honor');
  }

  private contactLine(text: string, line: number): void {
    const contacts = parseContacts(text);
    if (contacts) return this.addContacts(contacts, line);
    // A bare value, perhaps followed by labelled ones: `南昌市苏圃路157号　邮编：330046`.
    const { bare, fields } = splitBareValue(text);
    const headingTitle = this.sectionHeading?.title ?? '';
    const label = /地址/.test(headingTitle) ? '地址' : guessContactLabel(bare);
    if (label && bare) this.addContacts([{ label, value: bare }, ...fields], line);
    else this.report('unrecognized-contact', line, {});
  }

  private addContacts(contacts: { label: string; value: string }[], line: number): void {
    for (const c of contacts) {
      this.contacts.push({ ...c, line });
      this.role(line, 'contact');
      if (isAddressLabel(c.label)) this.address ??= c.value;
    }
  }

  private addPeople(people: { title: string; name: string }[], line: number, unit: ParsedUnit | null): void {
    const target = unit ? unit.people : this.people;
    for (const p of people) target.push({ ...p, line });
    this.role(line, 'person');
  }

  private report<C extends DiagnosticCode>(code: C, line: number, params: DiagnosticParams[C]): void {
    this.diagnostics.push(diagnostic(code, line, params));
  }

  private officeName(): { name: string; aliases: string[] } {
    const chosen = chooseOfficeName([this.title, this.headingName], this.proseName);
    if (chosen) return { name: chosen.name, aliases: unique([...chosen.aliases, ...this.aliases], [chosen.name]) };
    // A guess for display only; importers refuse a document with this diagnostic.
    this.report('no-office-name', 1, {});
    const first = this.firstLine ?? '';
    const name = first.length <= 40 && !SENTENCE_PUNCT.test(first) ? first : '';
    return { name, aliases: unique(this.aliases, [name]) };
  }

  /** The document, with every text given back as written (see fold.ts). */
  document(r: Restorer): Omit<ParsedDocument, 'lineRoles'> {
    const { name, aliases } = this.officeName();
    // Units the intro names count where no section lists units of that kind.
    const noInternal = this.units.length === 0;
    const noAffiliated = this.affiliated.length === 0;
    for (const u of this.proseUnits) {
      // `X是县卫生健康局所属事业单位` describes the office itself.
      if (u.name === name || aliases.includes(u.name)) continue;
      if (u.kind === 'affiliated' ? noAffiliated : noInternal)
        (u.kind === 'affiliated' ? this.affiliated : this.units).push(u);
    }
    const units = [...this.units, ...this.affiliated];
    checkCounts(this.counts, { internal: this.units.length, affiliated: this.affiliated.length }, this.diagnostics);
    const everyUnit = (list: ParsedUnit[]): ParsedUnit[] => list.flatMap((u) => [u, ...everyUnit(u.units)]);
    checkTruncation([this.summary, this.duties, ...everyUnit(units).map((u) => u.duties)], this.diagnostics);
    const lines = [
      ...[this.summary, this.duties, this.people, this.honors, this.contacts].flat().map((x) => x.line),
      ...everyUnit(units).flatMap((u) => [u.line, ...u.duties.map((d) => d.line), ...u.people.map((p) => p.line)]),
    ];
    checkDanglingUnit(
      units,
      lines.reduce((a, b) => Math.max(a, b), 0),
      this.diagnostics,
    );
    this.diagnostics.sort((a, b) => a.line - b.line);
    const duty = (d: ParsedDuty): ParsedDuty => ({ ...d, text: r.restore(d.text, d.line) });
    const person = (p: ParsedPerson): ParsedPerson => ({
      title: r.restore(p.title, p.line),
      name: r.restore(p.name, p.line),
      line: p.line,
    });
    const unit = (u: ParsedUnit): ParsedUnit => ({
      name: r.restore(u.name, u.line),
      kind: u.kind,
      aliases: u.aliases.map((a) => r.restore(a, u.line)),
      formerNames: u.formerNames.map((a) => r.restore(a, u.line)),
      label: u.label,
      line: u.line,
      duties: u.duties.map(duty),
      people: u.people.map(person),
      units: u.units.map(unit),
    });
    return {
      office: {
        name: r.restore(name),
        aliases: aliases.map((a) => r.restore(a)),
        formerNames: unique(this.formerNames, [name]).map((f) => r.restore(f)),
        summary: this.summary.map((p) => r.restore(p.text, p.line)),
        duties: this.duties.map(duty),
        units: units.map(unit),
        people: this.people.map(person),
        honors: this.honors.map((h) => ({ ...h, text: r.restore(h.text, h.line) })),
        address: this.address === null ? null : r.restore(this.address),
        // Contact labels stay in their canonical simplified form (电话, 地址) for the UI.
        contacts: this.contacts.map((c) => ({ ...c, value: r.restore(c.value, c.line) })),
        asOf: this.asOf,
      },
      diagnostics: this.diagnostics,
    };
  }
}

/** `江西省商务厅是省政府组成部门…`: a paragraph describing the office, opening with its name. */
function isIntroStatement(text: string): boolean {
  const name = leadingOrgName(text);
  return (
    name !== null && /^(?:[（(][^（）()]{0,30}[）)])?[，,]?(?:是|为|系|作为|于\d{4}年)/.test(text.slice(name.length))
  );
}
