// People as `职务:姓名`, `职务：姓名、姓名`, several on one line (`主任：张三　副主任：李四、王五`),
// or as `姓名　职务` in a leaders list.
import { HAN } from '../text/han.ts';
import { looksLikeOrgName } from './names.ts';

export interface PersonEntry {
  title: string;
  name: string;
}

const TITLE_WORD =
  /(?:主任|书记|局长|处长|厅长|部长|组长|主席|主委|镇长|乡长|县长|区长|市长|省长|校长|秘书长|巡视员|调研员|科长|股长|所长|站长|院长|馆长|经理|负责人|法定代表人|委员|总工程师|总经济师|总会计师|专员|队长|社长|会长|理事长|董事长|董事|监事长|监事|馆员|主管|督察|督查|监察|成员|领导|科员|办事员|干事|专干|政委|教导员|指导员|庭长|审判长|审判员|检察长|检察员|检察官|法官|关长|秘书|台长|场长|司长|监狱长)$/;
const CONTACT_LABEL = /(?:联系电话|办公电话|电话|手机|传真|邮箱|电子邮箱)[:：]/g;
const GAP = /[\s\u3000，,；;]/;

// A bare phone number after a gap (`股长：蒋志宏　0736-5321101`, a card's fields set side by side).
// (Matched from the number, not the gap: a leading blank run would backtrack quadratically.)
const TRAILING_PHONE = /(?<=[\s\u3000])(?:\(?0\d{2,3}\)?[-－]?\d{7,8}(?:[-－]\d{1,4})?|1[3-9]\d{9})$/;

/** The line without contact fields after a gap (`负责人：马骏　电话：…`); linear in the line's length. */
function withoutTrailingContact(line: string): string {
  const phone = TRAILING_PHONE.exec(line);
  if (phone) line = line.slice(0, phone.index).trimEnd();
  for (const m of line.matchAll(CONTACT_LABEL)) {
    let start = m.index;
    if (start === 0 || !GAP.test(line[start - 1])) continue;
    while (start > 0 && GAP.test(line[start - 1])) start--;
    return line.slice(0, start);
  }
  return line;
}
// The last character of every title word above (spaced-out titles such as `局　长` too).
const TITLE_ANYWHERE = /[任记长席员理人师管察查导事干委官书]/;
// A personal name: two to four Han characters, or a transliterated name with a middle dot.
// `张三（主持工作）`: a name followed by a bracketed remit.
// `熊建华（主持全面工作）`, `孙小梅（县人民医院副院长）`: a remit or a post elsewhere, after the name.
const REMIT_AFTER_NAME = new RegExp(
  String.raw`^([${HAN}·]{2,8})[（(](?:(?:主持|负责|分管|协助|联系|兼)[^（）()]*|[^（）()]{2,30}(?:长|主任|书记|主席|委员))[）)]$`,
);
const PERSON_NAME = new RegExp(String.raw`^(?:[${HAN}]{2,4}|[${HAN}]{1,6}[·•・][${HAN}]{1,8})$`);
const NOT_A_NAME = /^(?:负责|暂缺|空缺|待定|兼任|无|主持|分管|协助|同志)|(?:处|室|局|厅|办|委|部|股|中心)$/;

function isTitle(s: string): boolean {
  return s.length >= 2 && s.length <= 24 && TITLE_WORD.test(s) && !/[。；;，,]/.test(s);
}

function isName(s: string): boolean {
  return PERSON_NAME.test(s) && !NOT_A_NAME.test(s) && !TITLE_WORD.test(s);
}

const SPACES = /[\s\u3000]+/g;
// `副局长：周敏，负责就业工作，分管就业股。`: one leader and what they are in charge of.
const PORTFOLIO = new RegExp(
  String.raw`^([^:：，,。]{2,24})[:：]\s*([${HAN}·]{2,8})[，,、\s\u3000]+(?:主持|负责|分管|协助|联系|兼任|兼)`,
);
// `局长陈浩然：主持局全面工作…`, `局长 陈浩然：…`: a 领导分工 line that runs the title into the name, then the remit.
const TITLE_INTO_NAME = new RegExp(
  String.raw`^([^:：，,。；;\s　]{0,16}?${TITLE_WORD.source.replace(/\$$/, '')})[\s\u3000]*([${HAN}]{2,3})[:：]\s*(?:主持|负责|分管|协助|联系)`,
);

/**
 * The people a line lists, or null when the line is not (only) a list of people. Every
 * `title:names` pair on the line must parse, so prose with a colon is never mistaken for one.
 */
export function parsePeople(line: string): PersonEntry[] | null {
  // Every form names a title (or 姓名/职务); most lines can be ruled out at once.
  if (!TITLE_ANYWHERE.test(line) && !/姓\s*名|职\s*[务位]/.test(line)) return null;
  // `负责人：马骏　电话：…`: the contact fields after the person are not part of it.
  const text = closeAlignmentGaps(withoutTrailingContact(line));
  const card = parseNameCard(text);
  if (card) return card;
  const portfolio = PORTFOLIO.exec(text);
  if (portfolio && isTitle(portfolio[1].replace(SPACES, '')) && isName(portfolio[2]))
    return [{ title: portfolio[1].replace(SPACES, ''), name: portfolio[2] }];
  const run = TITLE_INTO_NAME.exec(text);
  // `县劳动保障监察大队：负责…` is a unit whose name ends like a title and a name would.
  if (run && isName(run[2]) && !looksLikeOrgName(run[1] + run[2])) return [{ title: run[1], name: run[2] }];
  const joined = parseJoinedTitles(text);
  if (joined) return joined;
  const pieces = text.replace(/[。；;]$/, '').split(/[:：]/);
  if (pieces.length >= 2) return parseTitledList(pieces);
  return parseNameThenTitle(text);
}

// `部领导：`, `领导班子：` before a list of leaders.
const LEADERS_LABEL = /^[^:：，,。；;]{0,6}(?:领导|领导班子|班子成员)[:：]/;

/**
 * `部领导：部长王立新；常务副部长陈美华；副部长周远、何静。`: two or more clauses, each a title
 * run straight into its names. Every clause must read so, or the line is no such list.
 */
function parseJoinedTitles(text: string): PersonEntry[] | null {
  const clauses = text
    .replace(LEADERS_LABEL, '')
    .replace(/[。；;]$/, '')
    .split(/[；;]/);
  if (clauses.length < 2) return null;
  const people: PersonEntry[] = [];
  for (const clause of clauses.map((c) => c.trim())) {
    let found: PersonEntry[] | null = null;
    for (let i = 2; i < clause.length - 1 && !found; i++) {
      const names = clause.slice(i).split('、');
      // `党组书记、局长` joins titles; `局长张三、副局长` is a person and a title, no title.
      if (clause.slice(0, i).split('、').every(isTitle) && names.every(isName))
        found = names.map((name) => ({ title: clause.slice(0, i), name }));
    }
    if (!found) return null;
    people.push(...found);
  }
  return people;
}

// Lists pad two-character names and titles to the width of three: `张　三`, `局　长`.
const ALIGNMENT_GAP = new RegExp(
  String.raw`(^|[、，,；;:：\s\u3000])([${HAN}])[\s\u3000]+([${HAN}])(?=$|[、，,；;:：\s\u3000])`,
  'g',
);

function closeAlignmentGaps(text: string): string {
  return text.replace(ALIGNMENT_GAP, '$1$2$3');
}

// `市自然资源和规划局党组书记、局长`: the office's name before a title is no part of it
// (a short owner such as 镇党委 in 镇党委书记 is). A 委员会 or 中心 named without a place
// (`村务监督委员会主任`) is a body within, whose head is titled by it.
const OWNER_BEFORE_TITLE = new RegExp(
  String.raw`^[${HAN}（）()]{4,30}?(?:局|厅|委员会|办公室|中心|政府|办事处)(?=(?:党组|党委|党工委)?(?:副?书记|成员)|副?(?:局长|厅长|主任|处长|部长))`,
);

const OWN_BODY = /^[^省市县区州盟旗镇乡]+(?:委员会|中心)$/;

function withoutOfficeName(title: string): string {
  return title.replace(OWNER_BEFORE_TITLE, (owner) => (OWN_BODY.test(owner) ? owner : ''));
}

const POST_AFTER_NAME = new RegExp(String.raw`^([${HAN}·]{2,8})[（(]([^（）()]{2,24})[）)]$`);

function parseTitledList(pieces: string[]): PersonEntry[] | null {
  const people: PersonEntry[] = [];
  let title = withoutOfficeName(pieces[0].replace(SPACES, ''));
  for (let i = 1; i < pieces.length; i++) {
    const last = i === pieces.length - 1;
    let names = pieces[i].trim();
    let nextTitle = '';
    if (!last) {
      // The next title is the last token of this piece: `张三　副主任` -> names 张三, title 副主任.
      const split = splitLastToken(names);
      if (!split) return null;
      [names, nextTitle] = split;
    }
    if (!isTitle(title)) return null;
    // `负责人：何志军（党组书记、主席）`: the post in parentheses says what the person leads as.
    const post = /负责人$/.test(title) ? POST_AFTER_NAME.exec(names.trim()) : null;
    if (post && isName(post[1]) && isTitle(post[2])) {
      people.push({ title: post[2], name: post[1] });
      title = nextTitle;
      continue;
    }
    // `刘志远（主持日常工作）`: a note on the person's remit is not part of the name.
    const list = names
      .replace(/[（(][^（）()]*[）)]/g, '')
      .split(/[、，,\s\u3000]+/)
      .filter(Boolean);
    if (list.length === 0 || !list.every(isName)) return null;
    for (const name of list) people.push({ title, name });
    title = nextTitle;
  }
  return people;
}

const SEPARATOR = /[\s\u3000，,；;]/;

/** `张三　副主任` -> [`张三`, `副主任`]; null without a separator. Linear, unlike a lazy regex. */
function splitLastToken(s: string): [string, string] | null {
  let start = s.length;
  while (start > 0 && !SEPARATOR.test(s[start - 1])) start--;
  let end = start;
  while (end > 0 && SEPARATOR.test(s[end - 1])) end--;
  if (start === end || start === s.length) return null;
  return [s.slice(0, end), s.slice(start)];
}

// What a leader is in charge of, written after the name: `主持全面工作`, `分管外事科`.
const REMIT = /^(?:主持|负责|分管|协助|联系|兼任|兼)/;

/**
 * `张三　党组书记、主任`, `主　任　张三`, `主任 刘建华 主持全面工作`: a title (possibly spaced
 * out) and a name separated by blank space, optionally followed by the person's remit.
 */
function parseNameThenTitle(text: string): PersonEntry[] | null {
  // `局长　熊建华（主持全面工作）`: the remit in parentheses is no part of the name.
  const tokens = text
    .trim()
    .split(SPACES)
    .map((t) => t.replace(REMIT_AFTER_NAME, '$1'));
  if (tokens.length < 2 || tokens.length > 8) return null;
  const remitOk = (rest: string[]): boolean => rest.length === 0 || REMIT.test(rest[0]);
  for (let i = 1; i < tokens.length; i++) {
    const title = tokens.slice(0, i).join('');
    if (isName(tokens[i]) && isTitle(title) && remitOk(tokens.slice(i + 1))) return [{ title, name: tokens[i] }];
    // `副院长　裴雪、傅家明`, `副局长　罗红　任志远`: one title, several people.
    const names = tokens.slice(i).flatMap((t) => t.split('、'));
    if (names.length > 1 && names.every(isName) && isTitle(title)) return names.map((name) => ({ title, name }));
  }
  if (!isName(tokens[0])) return null;
  for (let j = tokens.length; j > 1; j--) {
    const title = tokens.slice(1, j).join('');
    if (isTitle(title) && remitOk(tokens.slice(j))) return [{ title, name: tokens[0] }];
  }
  return null;
}

// A leader card written one field to a line: `姓名：张三`, then `职务：局长` (or the other way round).
const NAME_FIELD = new RegExp(String.raw`^姓[\s\u3000]*名[:：][\s\u3000]*([${HAN}·]{2,8})$`);
const TITLE_FIELD = /^(?:职[\s\u3000]*务|职[\s\u3000]*位)[:：][\s\u3000]*([^。；;]{2,24})[。；;]?$/;

/** One field of a leader card on its own line, or null. */
export function personField(line: string): { name: string } | { title: string } | null {
  const name = NAME_FIELD.exec(line);
  if (name && isName(name[1])) return { name: name[1] };
  const title = TITLE_FIELD.exec(line);
  const t = title?.[1].replace(SPACES, '');
  return t && isTitle(t) ? { title: t } : null;
}

/**
 * A leader card's line with no field label, in a leaders section: the name alone (`郑国华`)
 * or the title alone (`党组书记、局长`), as pages set them under a photo.
 */
export function bareCardField(line: string): { name: string } | { title: string } | null {
  const t = line.trim().replace(/[。；;]$/, '');
  if (isName(t)) return { name: t };
  const title = t.replace(SPACES, '');
  return isTitle(title) ? { title } : null;
}

const NAME_CARD = /^姓\s*名[:：]\s*([^\s\u3000，,；;]+)[\s\u3000，,；;]+(?:职\s*务|职\s*位)[:：]\s*(.+)$/;
const CARD_REVERSED = /^(?:职\s*务|职\s*位)[:：]\s*([^\s\u3000，,；;]+)[\s\u3000，,；;]+姓\s*名[:：]\s*(.+)$/;

/** `姓名：张三　职务：主任` (either order), as leader tables are often flattened. */
function parseNameCard(text: string): PersonEntry[] | null {
  const m = NAME_CARD.exec(text);
  const r = m ? null : CARD_REVERSED.exec(text);
  const name = m ? m[1] : r?.[2].trim();
  const title = (m ? m[2] : r?.[1])?.replace(SPACES, '').replace(/[。；;]$/, '');
  return name && title && isName(name) && isTitle(title) ? [{ title, name }] : null;
}

// `翔凤司法所　所长：田茂林`: a unit's name, a gap, then its head; `办公室：负责人：赵明华` (a
// directory table's row under its heading row) has a colon for the gap.
const UNIT_THEN_PERSON = /^([^\s\u3000:：，,。；;]{2,30})(?:[\s\u3000]+|[:：](?=[^:：]{2,24}[:：]))(\S.*)$/;

/** A unit named with the people who lead it on one line, or null. */
export function unitWithHead(line: string): { unit: string; people: PersonEntry[] } | null {
  const m = UNIT_THEN_PERSON.exec(line.trim());
  if (!m || !looksLikeOrgName(m[1])) return null;
  const people = parsePeople(m[2]);
  return people ? { unit: m[1], people } : null;
}

// `…。现任市司法局党委书记、局长。`: a résumé's sentence stating the post now held.
const CURRENT_POST = /(?:^|[。；;，,])现任([^。；;，,]{2,40})(?:[。；;，,]|$)/;

// Where the body's name ends and the post begins (`市司法局|党委书记`; not `市司|法局…`).
const BODY_END = /(?:局|厅|委员会|办公室|政府|中心|院|部|办|所|站|馆|会|处|室|委)$/;

/**
 * The post a résumé says its person holds now, without the body it is held in (`市司法局`,
 * the shortest name that leaves a title), or null when the line states none.
 */
export function currentPost(line: string): string | null {
  const post = CURRENT_POST.exec(line)?.[1];
  if (!post) return null;
  for (let k = 2; k < post.length - 1; k++) {
    const body = post.slice(0, k);
    if (BODY_END.test(body) && looksLikeOrgName(body) && isTitle(post.slice(k))) return post.slice(k);
  }
  return isTitle(post) ? post : null;
}
