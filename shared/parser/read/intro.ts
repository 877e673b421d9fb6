// Intro lines: the office's description, with contact and people lines it may hold, and the
// units its prose names (kept in case no section lists them).
import { contactsInProse, isAddressLabel, parseContacts } from '../contacts.ts';
import { splitUnitName } from '../names.ts';
import { parsePeople } from '../people.ts';
import { endsComplete } from '../text.ts';
import { affiliatedStatement, proseUnitLists } from '../units.ts';
import { joinedDuties } from './duties.ts';
import { newUnit } from './units.ts';
import type { DocumentState } from './state.ts';

export function introLine(s: DocumentState, text: string, line: number): void {
  const contacts = parseContacts(text);
  if (contacts) return s.addContacts(contacts, line);
  const people = parsePeople(text);
  if (people) return s.addPeople(people, line, null);
  if (s.continueParagraph(text)) return;
  const item = { text, line };
  s.summary.push(item);
  s.role(line, 'intro');
  s.prose(text, line);
  for (const c of contactsInProse(text)) {
    s.contacts.push({ ...c, line });
    if (isAddressLabel(c.label)) s.address ??= c.value;
  }
  harvestProseUnits(s, text, line);
  s.open = { item, role: 'intro', section: s.section, unit: null, complete: endsComplete(text) };
  statedDuties(s, text, line);
}

// `…派出机构。主要职能是编制并实施…，管理…。`, `县科协的主要任务是：A；B。`: the intro states the
// duties in a sentence of its own.
const STATED =
  /(?:^|[。；;])(?:其|本[局委办厅部]|该[局委办厅部]|[^。；;，,：:]{2,16}?的)?主要(?:职能|职责|任务)(?:(?:是|为|包括)[:：]?|[:：])([^。]{6,}。?)/;

/** The duties an intro paragraph states in a sentence (when no list of duties came before). */
function statedDuties(s: DocumentState, text: string, line: number): void {
  const m = s.duties.length === 0 ? STATED.exec(text) : null;
  if (!m) return;
  for (const clause of joinedDuties(m[1]) ?? [m[1]]) s.duties.push({ label: null, text: clause, line });
}

/** `局机关内设办公室、…4个股室，下设县公路养护中心`: kept in case no section lists the units. */
export function harvestProseUnits(s: DocumentState, text: string, line: number): void {
  for (const list of proseUnitLists(text)) {
    for (const name of list.names)
      s.proseUnits.push(newUnit(splitUnitName(name), list.affiliated ? 'affiliated' : 'internal', line));
  }
  for (const sentence of text.split(/[。；;]/)) {
    for (const name of affiliatedStatement(sentence.trim()))
      s.proseUnits.push(newUnit(splitUnitName(name), 'affiliated', line));
  }
}
