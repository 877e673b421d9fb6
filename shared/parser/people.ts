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
const NOT_A_NAME = /^(?:负责|暂缺|空缺|待定|兼任|无|主持|分管|协助|同志)/;

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
      const m = /^(.*?)[\s\u3000，,；;]+([^\s\u3000，,；;]+)$/.exec(names);
      if (!m) return null;
      names = m[1];
      nextTitle = m[2];
    }
    if (!isTitle(title)) return null;
    const list = names.split(/[、，,\s\u3000]+/).filter(Boolean);
    if (list.length === 0 || !list.every(isName)) return null;
    for (const name of list) people.push({ title, name });
    title = nextTitle;
  }
  return people;
}

/** `张三　党组书记、主任` (name, blank space, title). */
function parseNameThenTitle(text: string): PersonEntry[] | null {
  const m = /^([^\s\u3000]{2,8})[\s\u3000]+(.{2,30})$/.exec(text.trim());
  if (!m || !isName(m[1])) return null;
  const title = m[2].replace(SPACES, '');
  return isTitle(title) ? [{ title, name: m[1] }] : null;
}
