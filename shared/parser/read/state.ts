// The document being read: everything found so far, the section the reader is in, and the
// small steps every section reader shares (recording a line's role, entering a section,
// joining a hard-wrapped line to its paragraph, adding people and contacts).
import type { Diagnostic, DiagnosticCode, LineRole, ParsedDuty, ParsedPerson, ParsedUnit } from '../../types.ts';
import { diagnostic, type DiagnosticParams } from '../diagnostics.ts';
import type { CountDeclaration } from '../checks.ts';
import { findCountDeclarations } from '../checks.ts';
import type { LineReading, Section } from '../classify.ts';
import { isAddressLabel, parseContacts } from '../contacts.ts';
import type { Heading } from '../headings.ts';
import { leadingOrgName, looksLikeOrgName, proseAliases, proseFormerNames, type SplitName } from '../names.ts';
import { NumberingChecker, type Label } from '../numbering.ts';
import { parsePeople } from '../people.ts';
import { endsComplete } from '../text.ts';

/** Where an ignored numbered item (（十六）职能转变。) sits, so the next sibling resumes. */
export interface Resume {
  section: Section;
  style: string;
}

export interface OpenParagraph {
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

const MERGED_WITH =
  /^(?:[（(][^（）()]{0,30}[）)])?(?:设在[^，。；;]{2,30}?[，,]?)?(?:与|和|同)[^，。；;]{2,60}?合署办公/;

export abstract class DocumentState {
  readonly diagnostics: Diagnostic[] = [];
  readonly forced: ForcedRoles;
  /** Each line's evidence and decoded section (classify.ts), by paragraph index. */
  readings: readonly LineReading[] = [];
  /** Each paragraph's folded text, for the few readings that look at the next line. */
  keys: readonly string[] = [];
  /** The width the text was hard-wrapped at (wrap-width.ts), or null. */
  wrapWidth: number | null = null;
  signatures: readonly boolean[] = [];
  decoded: Section[] = [];
  at = 0;
  lineNow = 0;
  readonly roles = new Map<number, LineRole>();
  /** Only contact lines so far: a title may still come (pages open with opening hours). */
  titleOpen = true;
  titleStart: { text: string; line: number } | null = null;
  /** Units named in intro prose (`局机关内设办公室、…`), used when no section lists units. */
  readonly proseUnits: ParsedUnit[] = [];
  section: Section = 'preamble';
  sectionHeading: Heading | null = null;
  resume: Resume | null = null;
  seenContent = false;

  /** The name an information card's field gives (`机构名称：X`); it outranks every title. */
  nameField: SplitName | null = null;
  title: SplitName | null = null;
  headingName: SplitName | null = null;
  proseName: string | null = null;
  /** The body a page's footer says runs the site (`主办单位：X`): the office only when nothing else names one. */
  host: SplitName | null = null;
  inFooter = false;
  /** Whether the footer names the office, so that its address is the office's. */
  footerOwned = false;
  firstLine: string | null = null;
  readonly aliases: string[] = [];
  readonly formerNames: string[] = [];
  readonly summary: { text: string; line: number }[] = [];
  /** Nesting a sentence states (`机关纪委在机关党委下设立`), applied once the lists are read. */
  readonly nestings: { parent: string; child: string }[] = [];
  readonly duties: ParsedDuty[] = [];
  readonly units: ParsedUnit[] = [];
  readonly affiliated: ParsedUnit[] = [];
  readonly people: ParsedPerson[] = [];
  readonly honors: { date: string | null; text: string; line: number }[] = [];
  readonly contacts: { label: string; value: string; line: number }[] = [];
  address: string | null = null;
  asOf: string | null = null;
  readonly counts: CountDeclaration[] = [];

  pendingLabel: { text: string; line: number } | null = null;
  /** The first field of a leader card written one field to a line (`姓名：张三`). */
  cardField: { name: string } | { title: string } | null = null;
  unit: ParsedUnit | null = null;
  /** The top-level unit the current one belongs to (itself unless nested). */
  topUnit: ParsedUnit | null = null;
  childNumbers = new NumberingChecker(this.diagnostics);
  unitStyle: string | null = null;
  open: OpenParagraph | null = null;
  readonly sectionNumbers = new NumberingChecker(this.diagnostics);
  // Articles (第N条) run on across chapters (第N章), so they are checked on their own.
  readonly articleNumbers = new NumberingChecker(this.diagnostics);
  dutyNumbers = new NumberingChecker(this.diagnostics);
  /** The numbering of the duty list itself; a different one after `…：` numbers sub-items. */
  dutyStyle: string | null = null;
  inSubItems = false;
  unitNumbers = new NumberingChecker(this.diagnostics);
  unitDutyNumbers = new NumberingChecker(this.diagnostics);

  constructor(forced: ForcedRoles) {
    this.forced = forced;
  }

  /** The next non-blank paragraph's folded text, or undefined at the end. */
  nextKey(): string | undefined {
    for (let i = this.at + 1; i < this.keys.length; i++) if (this.keys[i] !== '') return this.keys[i];
    return undefined;
  }

  /** Reads a line as content of the current section (the assembler's dispatch). */
  abstract content(text: string, label: Label | null, line: number): void;

  /** Records what a line was read as; the first content role of a line wins. */
  role(line: number, role: LineRole): void {
    const seen = this.roles.get(line);
    if (seen === undefined || seen === 'ignored') this.roles.set(line, role);
  }

  enter(section: Section, heading: Heading | null): void {
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

  /** Names, nameplates, former names and declared counts stated in office-level prose. */
  prose(text: string, line: number): void {
    const name = leadingOrgName(text);
    // `A（简称…）与B合署办公`: A is one of the two bodies the page describes, not the whole office.
    if (name && MERGED_WITH.test(text.slice(name.length))) this.aliases.push(name);
    else this.proseName ??= name;
    this.aliases.push(...proseAliases(text));
    this.formerNames.push(...proseFormerNames(text));
    this.counts.push(...findCountDeclarations(text, line));
  }

  /**
   * Joins a line to the paragraph before it when that paragraph was hard-wrapped (text
   * extracted from PDFs): the previous line is long, unfinished, and this line is plain text.
   */
  continueParagraph(text: string): boolean {
    const open = this.open;
    if (!open || open.section !== this.section || open.unit !== this.unit) return false;
    // A long unfinished line was wrapped; a short one only when it stops at a comma (`…利用，`).
    // In a text wrapped at a width, a line of that width was wrapped too.
    const previous = this.keys[this.at - 1] ?? '';
    const full = this.wrapWidth !== null && previous.length >= this.wrapWidth;
    const wrapped = full || open.item.text.length >= 25 || /[，、,]$/.test(open.item.text);
    if (open.complete || !wrapped || parsePeople(text) || parseContacts(text)) return false;
    // A unit name on its own line starts a unit even after an unpunctuated paragraph.
    if (looksLikeOrgName(text.replace(/[。；;：:]$/, ''))) return false;
    // So does a unit name, a gap and its duty (`人事股　负责…`: a table row set without rules).
    const head = /^([^\s\u3000，,。；;：:]{2,30})[\s\u3000]+\S/.exec(text);
    if (head && looksLikeOrgName(head[1])) return false;
    open.item.text += text;
    this.role(this.lineNow, open.role);
    open.complete = endsComplete(text);
    return true;
  }

  addContacts(contacts: { label: string; value: string }[], line: number): void {
    for (const c of contacts) {
      this.contacts.push({ ...c, line });
      this.role(line, 'contact');
      if (isAddressLabel(c.label)) this.address ??= c.value;
    }
  }

  addPeople(people: { title: string; name: string }[], line: number, unit: ParsedUnit | null): void {
    const target = unit ? unit.people : this.people;
    for (const p of people) target.push({ ...p, line });
    this.role(line, 'person');
  }

  report<C extends DiagnosticCode>(code: C, line: number, params: DiagnosticParams[C]): void {
    this.diagnostics.push(diagnostic(code, line, params));
  }
}
