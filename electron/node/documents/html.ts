// Web page -> lines, with linkedom: a small, maintained DOM for Node that parses real-world
// (unclosed, malformed) HTML and answers querySelectorAll, which is all the content finder
// needs; it has none of jsdom's weight (no layout, no scripts, nothing fetched).
import { refusal } from '../../../shared/documents/refusals.ts';
import { UnreadableDocument, type Extracted } from './extracted.ts';
import { decodeHtml } from './html-charset.ts';
import { findMainContent, isFurnitureLine, type MainContent } from './html-content.ts';
import { linkedom, type DomDocument } from './html-dom.ts';
import { elementLines } from './html-lines.ts';
import { countHan } from '../../../shared/text/han.ts';
import { classifyHeading } from '../../../shared/parser/headings.ts';
import { isIntroStatement } from '../../../shared/parser/read/office-name.ts';
import {
  introducesInFull,
  pageTitleParts,
  proseAliases,
  titledUnit,
  titleName,
  type SplitName,
} from '../../../shared/parser/names.ts';
import { siteHostIn } from '../../../shared/parser/site-host.ts';

/** Less Chinese text than this in the content and the page has nothing to read. */
const MIN_HAN = 20;
// A frame holds another page, which a browser saves apart (or not at all).
const FRAME = /<(?:iframe|frame)[\s>]/i;

/** The page's DOM; a fragment (markup saved without <html> and <body>) gets them around it. */
export function parseHtmlDocument(html: string): DomDocument {
  const page = /<(?:html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return linkedom().parseHTML(page).document as unknown as DomDocument;
}

// A page title joins the article's name and the site's with `_`, `-`, `--`, `|` or `—`.
const TITLE_SEPARATOR = /\s*(?:[_|｜]+|-{1,2}|—+|–)\s*/;
/** A short line with no sentence in it: a title as pages set it (in <b> or <font>, not h1). */
// A name with a field after it (`X局24小时值班电话：…`) is a contact line, not the title.
const TITLE_LIKE = (line: string) => line.length <= 40 && !/[，。；:：]/.test(line);

/**
 * Whether the content's first lines already have the heading as a title line of their own
 * (the heading, or a part of a `X_栏目_站点` title, in a short line); a sentence that
 * mentions the office (`X是县政府工作部门`) is no title, so the heading still goes first.
 */
function namedAtTop(lines: string[], heading: string): boolean {
  const parts = heading.split(TITLE_SEPARATOR).filter((part) => part.length >= 4);
  return lines
    .slice(0, 3)
    .some((line) => TITLE_LIKE(line) && (line.includes(heading) || parts.some((part) => line.includes(part))));
}

const ADDRESS_FIELD = /(?:通讯地址|办公地址|联系地址|地址)[:：]\s*([^\s\u3000|｜:：]{4,60})/;
// The site's phone and postcode beside its address (not a 110 or 12315 hotline).
const FOOTER_FIELDS = [
  ['电话', /(?:联系电话|办公电话|电话)[:：]\s*((?:\(?0\d{2,3}\)?[-－]?)?\d{7,8})/],
  ['邮编', /(?:邮政编码|邮编)[:：]\s*(\d{6})(?!\d)/],
] as const;
// Who a copyright line says owns the site (`版权所有：X`, `X版权所有`, `Copyright © 2025 X`).
const COPYRIGHT_HOLDER =
  /版权所有[:：]?[\s\u3000]*([^\s\u3000|｜:：©]{2,40})|([^\s\u3000|｜:：©]{2,40}?)[\s\u3000]*版权所有|copyright[\s\u3000]*(?:©|\(c\))?[\s\u3000]*(?:\d{4}(?:[-－]\d{4})?)?[\s\u3000]*([^\s\u3000|｜:：©\d][^\s\u3000|｜:：©]{1,39})/i;

/** The body a footer line names as running or owning the site, or null. */
function footerOwner(line: string): string | null {
  const host = siteHostIn(line);
  if (host) return host;
  const m = COPYRIGHT_HOLDER.exec(line);
  const name = m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
  return name !== null && titleName(name) ? name : null;
}

// `本局地址：…` in a portal's footer is the page's own office's address, whoever runs the site.
const OWN_ADDRESS =
  /本(?:局|委|办|厅|部|院|所|馆|中心|单位|机关)(?:办公|通讯|联系)?地址[:：]\s*([^\s\u3000|｜:：]{4,60})/;

/**
 * The office's contacts from the site footer (its address, phone and postcode as one line),
 * when the site is the office's own: the footer names the office the page title names, or
 * names no body at all under a title naming the office (a portal's footer names the portal's
 * host instead). Null when the content states an address already.
 */
function footerContacts(
  content: MainContent,
  lines: readonly string[],
  masthead: SplitName | null,
  host: string | null,
): string | null {
  // The office the title names first, and later parts' offices (`管委会概况_南湖…管理委员会`: the
  // short name and the full one) save a government portal hosting the page (`…-青溪县人民政府`);
  // the office the masthead names, and the short names the content gives (`（简称市人大常委会）`).
  const titled = content.title
    ? pageTitleParts(content.title)
        .flatMap((part) => titleName(part)?.name ?? [])
        .filter((name, i) => i === 0 || !/政府$/.test(name))
    : [];
  const named = [...titled, ...(masthead ? [masthead.name, ...masthead.aliases] : [])];
  const offices = named.length > 0 ? [...named, ...lines.slice(0, 5).flatMap((line) => proseAliases(line))] : [];
  if (host) offices.push(host);
  if (lines.some((line) => ADDRESS_FIELD.test(line))) return null;
  const footer = content.footer.flatMap((el) => elementLines(el));
  const own = footer.map((line) => OWN_ADDRESS.exec(line)).find((m) => m !== null);
  if (own) return `地址：${own[1]}`;
  const namesOffice = footer.some((line) => offices.some((office) => line.includes(office)));
  if (!namesOffice && (named.length === 0 || footer.some((line) => footerOwner(line) !== null))) return null;
  const field = footer.map((line) => ADDRESS_FIELD.exec(line)).find((m) => m !== null);
  if (!field) return null;
  const others = FOOTER_FIELDS.flatMap(([label, pattern]) => {
    const value = footer.map((line) => pattern.exec(line)?.[1]).find((v) => v !== undefined);
    return value ? [`${label}：${value}`] : [];
  });
  return [`地址：${field[1]}`, ...others].join('\u3000');
}

/**
 * The body the site footer says runs the site, for a page whose title and heading name no office
 * (`机构职能` on the office's own site): the page is that body's. Null when the footer names none.
 */
function siteHost(content: MainContent): string | null {
  for (const line of content.footer.flatMap((el) => elementLines(el))) {
    const host = siteHostIn(line);
    if (host) return host;
  }
  return null;
}

/**
 * The page heading as lines: a title `领导之窗 - X镇人民政府` also gives its column (`领导之窗`) a line
 * of its own: leader cards (a photo, a name, a title) read as such only in a leaders section, and
 * the column is the only heading such a page has.
 */
function headingLines(heading: string): string[] {
  const parts = pageTitleParts(heading);
  if (parts.length < 2 || !titleName(heading)) return [heading];
  const sections = parts.filter((part) => !titleName(part) && classifyHeading(part)?.kind === 'leaders');
  return [heading, ...sections];
}

/**
 * The content names its office itself: a name at its top, or `X局是县政府工作部门…` further down
 * (a portal's masthead or footer host would name the portal's body instead).
 */
function contentNamesOffice(lines: readonly string[]): boolean {
  return (
    lines.slice(0, 3).some((line) => TITLE_LIKE(line) && (titleName(line)?.name.length ?? 0) >= 5) ||
    lines.slice(0, 10).some((line) => isIntroStatement(line))
  );
}

/**
 * The office the site's masthead names (`清风宁川　中共X纪律检查委员会　X监察委员会` under the logo)
 * when the page title names none (`机构设置 - 清风宁川`) and the content does not open with a name
 * of its own: a body's own site often names it only there.
 */
function mastheadName(content: MainContent, lines: readonly string[]): SplitName | null {
  if ((content.title && titleName(content.title)) || contentNamesOffice(lines)) return null;
  for (const line of content.masthead.flatMap((el) => elementLines(el))) {
    const name = line.length <= 60 ? titleName(line) : null;
    if (name && name.name.length >= 5) return name;
  }
  return null;
}

/**
 * A unit's own page (`法制科_X局`) as the office's units section holding that one unit: its
 * name, its fields (not its room), and under its 主要职责 heading its duties, which are the
 * unit's, not the office's.
 */
// Where the unit sits in the building (`办公地点：4楼412室`): the unit's room, not the office's address.
const UNIT_ROOM = /^(?:办公地点|办公室|办公场所)[:：]/;

function unitPageLines(unit: string, lines: string[], column: readonly string[]): string[] {
  // `城关司法所是县司法局在城关镇的派出机构…`: what the unit is, neither the office's intro nor a duty.
  const describes = (line: string) => line.startsWith(unit) && /^[，,]?(?:是|为|系)/.test(line.slice(unit.length));
  const rest = lines.filter(
    (line) =>
      line !== unit &&
      !UNIT_ROOM.test(line) &&
      !describes(line) &&
      !(classifyHeading(line)?.kind === 'duties' && line.length <= 6),
  );
  // The section the site files the page under (`直属单位 > 植保植检站`: an affiliated body), the
  // deepest one that names units; else an internal unit's.
  const section = [...column].reverse().find((part) => {
    const kind = classifyHeading(part)?.kind;
    return kind === 'units' || kind === 'affiliated';
  });
  return [section ?? '内设机构', unit, ...rest];
}

/** The page's main content as lines (no furniture); the page heading first when the content has none. */
export function htmlContentLines(html: string): string[] {
  const content = findMainContent(parseHtmlDocument(html));
  if (!content) return [];
  const read = content.blocks.flatMap((block) => elementLines(block)).filter((line) => !isFurnitureLine(line));
  const titledAs = content.title ? titledUnit(content.title) : null;
  // `政务服务中心_X县人民政府` over `X县政务服务中心是…`: the body's own page on a portal, not a unit's.
  const unit = titledAs && !read.slice(0, 10).some((line) => introducesInFull(line, titledAs)) ? titledAs : null;
  const lines = unit ? unitPageLines(unit, read, content.column) : read;
  if (content.heading && !namedAtTop(lines, content.heading)) lines.unshift(...headingLines(content.heading));
  // A heading that is only the section (`内设机构`, under `内设机构 | X`) names no office: the
  // office the title names goes above it (the title's own `|` would read as a table row).
  // On the body's own page titled like a unit's, the title's first part is its name.
  const titled = titledAs && !unit ? titledAs : content.title ? titleName(content.title)?.name : undefined;
  const at = titled ? lines.slice(0, 3).findIndex((line) => TITLE_LIKE(line) && line.includes(titled)) : -1;
  if (titled && at < 0) lines.unshift(titled);
  // An organisation chart's top box names the office under the section's heading
  // (`组织机构`, then `X局` over its units): the office goes above the heading, as a title.
  else if (at > 0 && lines.slice(0, at).every((line) => classifyHeading(line) && !titleName(line)))
    lines.unshift(...lines.splice(at, 1));
  const masthead = mastheadName(content, lines);
  if (masthead) lines.unshift([masthead.name, ...masthead.aliases].join('\u3000'));
  const named = masthead || titled || (content.heading && titleName(content.heading)) || contentNamesOffice(lines);
  const host = named ? null : siteHost(content);
  if (host) lines.unshift(host);
  const contacts = footerContacts(content, lines, masthead, host);
  if (contacts) lines.push(contacts);
  return lines;
}

/** `encoding` forces the page's encoding; `charset` is one declared outside it (see decodeHtml). */
export function readHtml(bytes: Uint8Array, encoding?: string, charset?: string): Extracted {
  const decoded = decodeHtml(bytes, encoding, charset);
  if (!decoded.ok) throw new UnreadableDocument(decoded.refusal);
  const lines = htmlContentLines(decoded.text);
  const han = countHan(lines.join(''));
  if (han < MIN_HAN && FRAME.test(decoded.text)) throw new UnreadableDocument(refusal('html-frame', {}));
  if (han < MIN_HAN) throw new UnreadableDocument(refusal('html-no-content', {}));
  return {
    format: 'html',
    lines,
    encoding: `html:${decoded.encoding}`,
    ...(decoded.note ? { note: decoded.note } : {}),
  };
}
