// Leader, honour and contact lines.
import { guessContactLabel, parseContacts, splitBareValue } from '../contacts.ts';
import { honourSentences } from '../classify.ts';
import { findDate } from '../dates.ts';
import type { Label } from '../numbering.ts';
import { bareCardField, currentPost, parsePeople, personField } from '../people.ts';
import type { DocumentState } from './state.ts';

export function leaderLine(s: DocumentState, text: string, label: Label | null, line: number): void {
  const body = label ? label.rest : text;
  const people = parsePeople(body);
  if (people) return s.addPeople(people, line, null);
  // A card's name, then its résumé: `…现任市司法局党委书记、局长。` titles the person.
  const post = label ? null : currentPost(body);
  const held = s.cardField;
  if (post && held && 'name' in held) {
    s.addPeople([{ title: post, name: held.name }], line, null);
    s.cardField = null;
    return;
  }
  // `姓名：张三` then `职务：局长`: the card's two fields make one person.
  const field = personField(body) ?? (label ? null : bareCardField(body));
  if (!field) return;
  s.cardField = field;
  s.role(line, 'person');
  if (!held) return;
  const name = 'name' in field ? field.name : 'name' in held ? held.name : null;
  const title = 'title' in field ? field.title : 'title' in held ? held.title : null;
  if (name && title) {
    s.addPeople([{ title, name }], line, null);
    s.cardField = null;
  }
}

export function honorLine(s: DocumentState, text: string, label: Label | null, line: number): void {
  const body = label ? label.rest : text;
  const date = findDate(body);
  // A bare address after the honours (the page forgot its 地址 heading) is no honour.
  if (!date && !label && guessContactLabel(body) === '地址')
    return s.addContacts([{ label: '地址', value: body }], line);
  // A paragraph of prose holding dated honour sentences: each of those is an honour.
  const dated = label ? [] : honourSentences(body);
  const sentences = body.split(/(?<=。)/).filter((t) => t.trim() !== '').length;
  for (const text of dated.length > 0 && sentences > 1 ? dated : [body])
    s.honors.push({ date: findDate(text), text: text.trim(), line });
  s.role(line, 'honor');
}

export function contactLine(s: DocumentState, text: string, line: number): void {
  const contacts = parseContacts(text);
  if (contacts) return s.addContacts(contacts, line);
  // A bare value, perhaps followed by labelled ones: `南昌市苏圃路157号　邮编：330046`.
  const { bare, fields } = splitBareValue(text);
  const headingTitle = s.sectionHeading?.title ?? '';
  const label = /地址/.test(headingTitle) ? '地址' : guessContactLabel(bare);
  if (label && bare) s.addContacts([{ label, value: bare }, ...fields], line);
  else s.report('unrecognized-contact', line, {});
}
