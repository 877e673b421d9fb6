// Reads the lines of a document as their sections' content. Which section a line is in comes
// from the decoded path (classify.ts); headings, numbering and the line's own wording decide
// what within the section it is. This module follows the sections (headings, 第N条 articles,
// the decoded path, a user's forced roles) and hands each line to its section's reader:
//   read/office-name.ts  the office's name and aliases (titles, headings, intro)
//   read/intro.ts        intro prose
//   read/duties.ts       duties, their lead-in and sub-items
//   read/units.ts        units, their duties and nesting
//   read/people-contacts.ts  leaders, honours, contacts
//   read/finish.ts       the finished document and its document-level checks
// read/state.ts holds what has been found so far and the steps all readers share.
import type { LineRole, ParsedDocument } from '../types.ts';
import { ARTICLE_KIND, isSignature, sectionOfRole, switchMargin, type LineReading, type Section } from './classify.ts';
import { isAddressLabel, parseContacts, splitBareValue } from './contacts.ts';
import { findAsOf } from './dates.ts';
import type { Restorer } from './fold.ts';
import { classifyHeading, furnitureKind, listsOtherBodies, type Heading } from './headings.ts';
import { isBodyKind, looksLikeOrgName, splitUnitName, titleName, withoutMachinery } from './names.ts';
import { parseLabel, type Label } from './numbering.ts';
import { parsePeople } from './people.ts';
import { dutyLine, ignoredLine, unnumberedWereIntro } from './read/duties.ts';
import { finishDocument } from './read/finish.ts';
import { introLine } from './read/intro.ts';
import { readNameField, readTitle } from './read/office-name.ts';
import { statedNesting } from './read/nesting.ts';
import { contactLine, honorLine, leaderLine } from './read/people-contacts.ts';
import { DocumentState, type Paragraph } from './read/state.ts';
import { addUnit, isNested, unitDuty, unitLine } from './read/units.ts';
import { siteHostIn } from './site-host.ts';
import { inlineUnitList, unitWithPhone } from './units.ts';
import { wrapWidth } from './wrap-width.ts';

const GENERIC_KIND = /^(?:协会|学会|商会|研究会|中心|学校|医院|公司|集团|学院|大学)$/;

export type { ForcedRoles, Paragraph } from './read/state.ts';

export class Assembler extends DocumentState {
  /** Reads the paragraphs, each with the section decoded for it. */
  run(
    parts: readonly Paragraph[],
    readings: readonly LineReading[],
    decoded: Section[],
    signatures: readonly boolean[],
  ): void {
    this.readings = readings;
    this.keys = parts.map((p) => p.key);
    this.wrapWidth = wrapWidth(this.keys);
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

  /**
   * Follows the decoded section (classify.ts) when the line speaks for it clearly more than
   * for the section the headings so far put it in.
   */
  follow(): void {
    const target = this.decoded[this.at];
    if (target === this.section || this.section === 'furniture') return;
    const e = this.readings[this.at].evidence;
    const current =
      this.section === 'preamble' || this.section === 'intro'
        ? Math.max(e.preamble ?? 0, e.intro ?? 0)
        : (e[this.section] ?? 0);
    // Between internal and affiliated units only headings, or a sentence naming affiliated bodies, decide.
    if (this.section === 'affiliated' && target === 'units') return;
    // Under `群团组织`, `监管企业`, `工作部门`, a list of bodies is that list, not the office's units.
    const others = this.section === 'ignored' && listsOtherBodies(this.sectionHeading?.title ?? '');
    if (others && (target === 'units' || target === 'affiliated')) return;
    if ((e[target] ?? 0) - current >= switchMargin(this.section)) this.enter(target, null);
  }

  line(key: string, sourceLine: number): void {
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
    // Once the footer starts the rest of the page is chrome too, read only for the office's address.
    if (furniture === 'footer' || this.inFooter) {
      this.inFooter = true;
      this.footerAddress(text, line);
      this.enter('furniture', null);
      return;
    }
    if (furniture) return;
    // A signature or date line closing a notice is neither content nor cut off.
    if (this.signatures[this.at] || isSignature(text, [this.title?.name, this.headingName?.name])) return;
    // `县水利局` in a notice's title, then `宜山县水利局…规定` heading the text it issues: the
    // same body named in full, with its place; the line is a title, not content.
    const retitled = this.title && text.length <= 80 ? titleName(text) : null;
    if (
      retitled &&
      this.title &&
      retitled.name.length > this.title.name.length &&
      retitled.name.endsWith(this.title.name) &&
      !/[\s\u3000]/.test(retitled.name)
    ) {
      this.title = retitled;
      return;
    }
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

    if (readNameField(this, text, line)) return;
    const title = readTitle(this, text, line);
    if (title === null) return;
    text = title;
    this.follow();
    this.seenContent = true;
    this.content(text, label, line);
  }

  /**
   * `版权所有：X　地址：…` closing a page saved as text: the address is the office's when the
   * footer names the office (a portal's footer names the portal) and no address was found.
   */
  footerAddress(text: string, line: number): void {
    const names = [this.nameField, this.title, this.headingName].flatMap((n) => n?.name ?? []);
    if (this.proseName) names.push(this.proseName);
    const host = siteHostIn(text);
    if (host) this.host ??= splitUnitName(host);
    // A page that names no office is the site's own: its host is the office.
    if (names.length === 0 && this.host) names.push(this.host.name);
    this.footerOwned ||= names.some((n) => text.includes(n));
    if (this.address !== null || !this.footerOwned) return;
    const field = splitBareValue(text).fields.find((c) => isAddressLabel(c.label));
    // The footer's fields sit apart by wide gaps, and the last one runs to the line's end.
    const value = field?.value.split(/[\s\u3000]{2,}/)[0];
    if (field && value) this.addContacts([{ label: field.label, value }], line);
  }

  /** A line whose role the user set: it is read as that role, whatever it looks like. */
  forcedLine(role: LineRole, text: string, line: number): void {
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
        addUnit(this, splitUnitName(body.replace(/[。；;：:]$/, '')), label, line);
        return;
      case 'unit-duty':
        if (this.unit) unitDuty(this, text, label, line);
        return;
      case 'person': {
        const people = parsePeople(body);
        if (people) this.addPeople(people, line, this.section === 'leaders' ? null : this.unit);
        return;
      }
      case 'honor':
        return honorLine(this, text, label, line);
      case 'contact':
        return contactLine(this, text, line);
    }
  }

  /** A heading line: opens its section, unless it is really a unit, a person or a contact line. */
  heading(h: Heading, text: string, line: number): void {
    const inUnits = this.section === 'units' || this.section === 'affiliated';
    // `科室：办公室` then `职责：负责…` (a table flattened to field lines): the field names a unit.
    const field = h.kind === 'units' && h.rest && !h.prefix && !h.label ? h.rest.replace(/[。；;]$/, '') : '';
    if (field && looksLikeOrgName(field) && !inlineUnitList(field)) {
      if (!inUnits) this.enter('units', h);
      addUnit(this, splitUnitName(field), null, line);
      return;
    }
    // `主要职责：…` or `处室职责：…` under a unit introduces that unit's duties, not the office's.
    const unitDuties = h.kind === 'duties' || (h.kind === 'units' && h.rest !== '' && !inlineUnitList(h.rest));
    if (unitDuties && inUnits && this.unit && !h.prefix) {
      const ownLevel = h.label && h.label.style === this.sectionHeading?.label?.style;
      if (!ownLevel && (h.rest || h.label || this.unit.duties.length === 0)) {
        if (h.rest) unitDuty(this, h.rest, null, line);
        return;
      }
    }
    // `（一）秘书科　职责：…` or `综合处职责` in a units section names a unit.
    if (h.kind === 'duties' && inUnits && h.prefix && looksLikeOrgName(h.prefix) && !this.namesOffice(h.prefix)) {
      addUnit(this, splitUnitName(h.prefix), h.label, line, isNested(this, h.label));
      if (h.rest) unitDuty(this, h.rest, null, line);
      return;
    }
    const phoned = h.kind === 'contacts' && inUnits ? unitWithPhone(h.label ? h.label.rest : text) : null;
    if (phoned) {
      addUnit(this, splitUnitName(phoned), h.label, line, isNested(this, h.label));
      return;
    }
    if (h.kind === 'contacts' && h.rest) {
      // `【电话】0738-…`: a bracketed field label reads as `电话：0738-…`.
      const field = /^[【〖]/.test(text.trim()) ? `${h.title}：${h.rest}` : text.slice(text.indexOf(h.title));
      const contacts = parseContacts(field);
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
    if (h.kind === 'duties') unnumberedWereIntro(this);
    // `江西省外事办公室简介`, or a page titled `抚州市外事办公室机构职能`, names the office; so does
    // `北湾县审计局机构职能简介`, its prefix a title of its own.
    // `协会简介`, `医院概况`: a bare kind word names no body.
    if (
      h.prefix &&
      !isBodyKind(withoutMachinery(h.prefix)) &&
      !GENERIC_KIND.test(h.prefix) &&
      (h.kind === 'intro' || !this.seenContent)
    ) {
      const named = looksLikeOrgName(h.prefix, 60) ? splitUnitName(withoutMachinery(h.prefix)) : titleName(h.prefix);
      if (named) this.headingName ??= named;
    }
    this.seenContent = true;
    this.enter(h.kind, h);
    if (h.kind === 'ignored') this.report('ignored-section', line, { context: 'section', title: h.title });
    if (h.rest) this.content(h.rest, parseLabel(h.rest), line);
  }

  /**
   * Whether a heading's prefix is the office itself, written short (`镇人民政府的主要职责` on the
   * page of 柏林镇人民政府): a government's or street office's name, not a unit's.
   */
  namesOffice(prefix: string): boolean {
    const p = prefix.replace(/的$/, '');
    return [this.title?.name, this.headingName?.name].some(
      (n) => n !== undefined && (n === p || (n.endsWith(p) && /(?:人民政府|办事处)$/.test(p))),
    );
  }

  /** `第三条 市外事办设下列内设机构：` opens the section its wording names. */
  article(label: Label, line: number): void {
    this.articleNumbers.check(label, line);
    this.seenContent = true;
    const body = label.rest;
    const colon = /[:：]/.exec(body);
    const lead = colon ? body.slice(0, colon.index + 1) : body;
    const kind =
      ARTICLE_KIND.find(([, pattern]) => pattern.test(lead))?.[0] ??
      (this.duties.length === 0 && this.units.length === 0 ? 'intro' : 'ignored');
    this.enter(kind, null);
    if (kind !== 'ignored') this.prose(body, line);
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
    // `第五条　石岭乡设A、B2个事业单位。`: the article is itself the list.
    else if (!colon && (kind === 'units' || kind === 'affiliated')) this.content(body, null, line);
  }

  override content(text: string, label: Label | null, line: number): void {
    this.nestings.push(...statedNesting(text));
    switch (this.section) {
      case 'preamble':
      case 'intro':
        return introLine(this, text, line);
      case 'duties':
        return dutyLine(this, text, label, line);
      case 'units':
      case 'affiliated':
        return unitLine(this, text, label, line);
      case 'leaders':
        return leaderLine(this, text, label, line);
      case 'honors':
        return honorLine(this, text, label, line);
      case 'contacts':
        return contactLine(this, text, line);
      case 'ignored':
        return ignoredLine(this, label, text, line);
      case 'furniture':
        return;
    }
  }

  /** The document, with every text given back as written (see fold.ts). */
  document(r: Restorer): Omit<ParsedDocument, 'lineRoles'> {
    return finishDocument(this, r);
  }
}
