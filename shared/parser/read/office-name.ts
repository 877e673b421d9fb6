// The office's name: from a page or notice title (possibly broken over two lines), a heading
// naming its owner, or the name the intro opens with; aliases and former names with it.
import { parseContacts } from '../contacts.ts';
import { abbreviates, chooseOfficeName, leadingOrgName, looksLikeOrgName, splitUnitName, titleName } from '../names.ts';
import { endsComplete, SENTENCE_PUNCT, unique } from '../text.ts';
import type { DocumentState } from './state.ts';

export function officeName(s: DocumentState): { name: string; aliases: string[] } {
  const chosen =
    chooseOfficeName([s.nameField, s.title, s.headingName], s.proseName) ?? chooseOfficeName([s.host], null);
  if (chosen) return { name: chosen.name, aliases: unique([...chosen.aliases, ...s.aliases], [chosen.name]) };
  // A guess for display only; importers refuse a document with this diagnostic.
  s.report('no-office-name', 1, {});
  const first = s.firstLine ?? '';
  const name = first.length <= 40 && !SENTENCE_PUNCT.test(first) ? first : '';
  return { name, aliases: unique(s.aliases, [name]) };
}

/** `江西省商务厅是省政府组成部门…`: a paragraph describing the office, opening with its name. */
export function isIntroStatement(text: string): boolean {
  const name = leadingOrgName(text);
  return (
    name !== null && /^(?:[（(][^（）()]{0,30}[）)])?[，,]?(?:是|为|系|作为|于\d{4}年)/.test(text.slice(name.length))
  );
}

/**
 * Reads a line at the top of the page as the office's title when it is one (`X机构职能`, a notice
 * title, possibly broken over two lines). Null when the line was the title (or its first part);
 * else the text to read as content (a broken title's two parts joined).
 */
export function readTitle(s: DocumentState, text: string, line: number): string | null {
  // `河阳县残疾人联合会` then `（县残联）` alone under it: the short name the titled office goes by;
  // `（石门县云雾山自然保护区管理站）`, a full name from the same place: its second nameplate.
  const short = SHORT_NAME_LINE.exec(text);
  if (
    short &&
    s.title &&
    s.duties.length === 0 &&
    s.units.length === 0 &&
    (abbreviates(short[1], s.title.name) || secondNameplate(short[1], s.title.name))
  ) {
    s.aliases.push(short[1]);
    s.role(line, 'office-name');
    return null;
  }
  // `中共沅州市委办公室` / `沅州市人民政府办公室` / `关于印发《…》的通知`: the bodies issuing a notice
  // sign it at the top; the notice's title names the office.
  if (s.title && s.titleOpen === false && s.section === 'preamble' && issuers(s, text)) {
    s.title = null;
    s.titleOpen = true;
    if (!NOTICE_START.test(text)) return null;
  }
  if (s.titleOpen && s.title === null && (s.section === 'preamble' || s.section === 'intro') && !parseContacts(text)) {
    // A notice title broken across two lines: `关于印发《X主要职责内设机构和` + `人员编制规定》的通知`.
    if (s.titleStart === null && /《[^》]*$/.test(text) && text.length <= 60) {
      s.titleStart = { text, line };
      s.role(line, 'office-name');
      return null;
    }
    const start = s.titleStart;
    s.titleStart = null;
    s.titleOpen = false;
    if (start && !/》/.test(text)) {
      // Only a stray `《` (`《临江市教育局`): that line was the whole title.
      s.title = titleName(start.text);
      if (s.title) s.seenContent = true;
    } else if (start) text = start.text + text;
    // A title may end in a bracket (`…机构职能（2024年）`) but not in a sentence's punctuation.
    const titleLike = !endsComplete(text) || (/[）)》]$/.test(text) && !SENTENCE_PUNCT.test(text));
    if (s.title === null && titleLike && text.length <= 80) {
      const title = titleName(text);
      if (title) {
        s.title = title;
        s.seenContent = true;
        s.role(line, 'office-name');
        return null;
      }
    }
    // A site's slogan above the title (`清风枫林`): a short phrase naming nothing; or the site's
    // name (`X人民政府门户网站`), naming the body that hosts the page. The title may follow.
    if (
      s.title === null &&
      !start &&
      text === s.firstLine &&
      ((SLOGAN.test(text) && !looksLikeOrgName(text)) || SITE_NAME.test(text))
    )
      s.titleOpen = true;
  }
  return text;
}

const SLOGAN = /^\p{Script=Han}{2,8}$/u;
const SITE_NAME = /^\p{Script=Han}{2,30}(?:门户网站|官方网站|政务网)$/u;
const SHORT_NAME_LINE = /^[（(](\p{Script=Han}{2,30})[）)]$/u;

/** Whether `name` is another body's full name opening with the same place as `office` (`石门县`). */
function secondNameplate(name: string, office: string): boolean {
  const place = /^\p{Script=Han}{2,8}?[省市县区州旗]/u.exec(office)?.[0];
  return place !== undefined && name !== office && name.startsWith(place) && looksLikeOrgName(name);
}

// `关于印发《X…》的通知`, or without the marks `关于印发X…规定的通知`.
const NOTICE_START = /^(?:.{0,40}?关于)?(?:(?:印发|转发|公布)[《〈]|(?:印发|转发).{4,80}?规定的(?:通知|决定)$)/;

/** Whether the lines so far and this one are issuing bodies above a notice title. */
function issuers(s: DocumentState, text: string): boolean {
  if (NOTICE_START.test(text)) return s.title !== null && s.title.name === s.firstLine;
  if (!looksLikeOrgName(text, 40) || s.title?.name !== s.firstLine) return false;
  const next = s.nextKey();
  return next !== undefined && NOTICE_START.test(next);
}

// An information card's field naming the office: `机构名称：X`, `单位名称：X`; a registration
// record's bare `名称：X` when X opens with its place (`名称：办公室` is a unit card's).
const NAME_FIELD =
  /^(?:(?:机构|单位|部门)(?:全称|名称)|名称(?=[:：][\s\u3000]*\p{Script=Han}{1,8}?[省市县区旗州盟镇乡]))[:：][\s\u3000]*(.{2,60}?)[。；;]?$/u;

/** `机构名称：X` outside a units list names the office, whatever the title says. */
export function readNameField(s: DocumentState, text: string, line: number): boolean {
  if (s.section === 'units' || s.section === 'affiliated' || s.nameField) return false;
  const m = NAME_FIELD.exec(text);
  const name = m && looksLikeOrgName(m[1], 60) ? splitUnitName(m[1]) : null;
  if (!name) return false;
  s.nameField = name;
  s.seenContent = true;
  s.role(line, 'office-name');
  return true;
}
