// People as `职务:姓名`, `职务：姓名、姓名`, several on one line (`主任：张三　副主任：李四、王五`),
// or as `姓名　职务` in a leaders list.

export interface PersonEntry {
  title: string;
  name: string;
}

const TITLE_WORD =
  /(?:主任|书记|局长|处长|厅长|部长|组长|主席|秘书长|巡视员|调研员|科长|股长|所长|站长|院长|馆长|经理|负责人|委员|总工程师|总经济师|总会计师|专员|队长|社长|会长|理事长|馆员|主管|督察|督查|监察|成员|领导)$/;
// A personal name: two to four Han characters, or a transliterated name with a middle dot.
const PERSON_NAME = /^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}[·•・][\u4e00-\u9fff]{1,8})$/;
const NOT_A_NAME = /^(?:负责|暂缺|空缺|待定|兼任|无|主持|分管|协助|同志)|(?:处|室|局|厅|办|委|部|股|中心)$/;

function isTitle(s: string): boolean {
  return s.length >= 2 && s.length <= 24 && TITLE_WORD.test(s) && !/[。；;，,]/.test(s);
}

function isName(s: string): boolean {
  return PERSON_NAME.test(s) && !NOT_A_NAME.test(s);
}

const SPACES = /[\s\u3000]+/g;

/**
 * The people a line lists, or null when the line is not (only) a list of people. Every
 * `title:names` pair on the line must parse, so prose with a colon is never mistaken for one.
 */
export function parsePeople(text: string): PersonEntry[] | null {
  const pieces = text.replace(/[。；;]$/, '').split(/[:：]/);
  if (pieces.length >= 2) return parseTitledList(pieces);
  return parseNameThenTitle(text);
}

function parseTitledList(pieces: string[]): PersonEntry[] | null {
  const people: PersonEntry[] = [];
  let title = pieces[0].replace(SPACES, '');
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
    // `刘志远（主持日常工作）`: a note on the person's remit is not part of the name.
    const list = names.replace(/[（(][^（）()]*[）)]/g, '').split(/[、，,\s\u3000]+/).filter(Boolean);
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

/** `张三　党组书记、主任` or `主　任　张三`: a name and a title separated by blank space. */
function parseNameThenTitle(text: string): PersonEntry[] | null {
  const tokens = text.trim().split(SPACES);
  if (tokens.length < 2 || tokens.length > 6) return null;
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const titleAfter = tokens.slice(1).join('');
  const titleBefore = tokens.slice(0, -1).join('');
  if (isName(first) && isTitle(titleAfter)) return [{ title: titleAfter, name: first }];
  if (isName(last) && isTitle(titleBefore)) return [{ title: titleBefore, name: last }];
  return null;
}
