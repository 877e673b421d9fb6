// Finds the main content of a saved web page, the way Readability does it, tuned for Chinese
// pages: site furniture (navigation, breadcrumbs, headers, footers, share and print bars)
// goes first, then every paragraph scores its ancestors by its length and punctuation, a
// block's score is discounted by the share of its text inside links, and the best block,
// with the siblings that score nearly as well, is the content. The page's heading above it
// (often the office's name) is kept.
import { isElement, tagOf, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './html-dom.ts';
import { elementLines, ownText } from './html-lines.ts';
import { unfoldWidgets } from './html-widgets.ts';
import { classifyHeading } from '../../../shared/parser/headings.ts';

// Elements that are never content.
const FURNITURE_TAGS =
  'script, style, noscript, template, iframe, nav, aside, select, button, input, textarea, svg, canvas, object, embed';
// Class or id words of site chrome, also run together with where they sit (leftnav, subnav,
// topmenu) and in pinyin: dqwz = 当前位置, weizhi = 位置, mbx = 面包屑, fx = 分享,
// xglj = 相关链接, yqlj = 友情链接, bq/banquan = 版权.
const FURNITURE_NAME =
  /(?:^|[-_\s])(?:left|right|sub|top|main|side|head|foot|g|l|r)?(?:nav|navbar|navigation|menu|menus|breadcrumbs?|crumbs?|position|location|curpos|dqwz|weizhi|mbx|footer|foot|bottom|copyright|copy|share|bdshare|fx|print|toolbar|tools|sidebar|side|login|search|banner|ads?|advert|friendlink|links|related|recommend|comment|qrcode|ewm|weixin|wechat|skip|xglj|yqlj|bq|banquan)(?:[-_\s]|\d|$)/i;
const ROLE_FURNITURE = /^(?:navigation|banner|contentinfo|search|complementary)$/;
// Breadcrumbs, links to the neighbouring articles and button bars, which some pages put in plain paragraphs.
const BREADCRUMB = /^(?:您的位置|您现在的位置|您当前的位置|你的位置|当前位置|所在位置|现在位置)[:：]?/;
const NEIGHBOUR = /^(?:上一篇|下一篇|上一条|下一条|上一页|下一页)\s*[:：]/;
// An attachment's link (附件：X.pdf) and the prompt to open the page on a phone.
const ATTACHMENT =
  /^(?:附件|附件下载|相关附件)\s*\d*\s*[:：]?.*\.(?:pdf|docx?|wps|xlsx?|et|zip|rar|7z|jpe?g|png|ofd)\s*$/i;
const PHONE_PROMPT = /^(?:微信|手机)?扫一扫|^在手机上(?:打开|查看|浏览)/;
// A site footer's lines, where the footer is not marked as one: who runs the site, its
// registration numbers, its copyright.
const SITE_FOOTER =
  /^(?:主办单位|主办|承办单位|承办|协办单位|技术支持|版权所有)\s*[:：]|^(?:copyright|©)|ICP备|公网安备|网站标识码/i;
// A breadcrumb with no label: 首页 > 机构概况 > 内设机构.
const TRAIL = /^首页\s*(?:>|＞|»|›|→|\/)/;
// The article's own line of facts: when and where from it was published, how often read.
const ARTICLE_FACT =
  /(?:发布时间|发布日期|更新时间|信息来源|来源|作者|浏览次数|浏览量|点击数|点击率|阅读次数|访问次数)\s*[:：]/g;
const isArticleFacts = (text: string) => text.length <= 120 && (text.match(ARTICLE_FACT)?.length ?? 0) >= 2;
const BUTTON =
  '(?:打印本页|打印此页|打印页面|打印|关闭窗口|关闭本页|关闭|返回顶部|返回首页|返回|收藏本页|加入收藏|收藏|分享到|分享|字[体号][:：]?\\s*(?:[大中小]\\s*)+|[大中小])';
const BUTTONS = new RegExp(`^(?:[【\\[［(（]?\\s*${BUTTON}\\s*[】\\]］)）]?[\\s|｜/:：]*)+$`);

// The labels of the metadata box that 政府信息公开 pages put above an article (索引号,
// 发布机构, 生成日期, …): information about the page, not the office's content.
const METADATA_LABEL =
  /索\s*引\s*号|发布机构|发文机关|发文单位|生成日期|成文日期|发布日期|公开日期|主题分类|信息分类|体裁分类|组配分类|服务对象|发文字号|文\s*号|公开方式|公开范围|公开时限|有\s*效\s*性|所属机构|关\s*键\s*词/g;

/** A metadata box: three labels or more, and little text besides (a wrapper holding the article too is not one). */
function isMetadataBox(text: string): boolean {
  const labels = text.match(METADATA_LABEL)?.length ?? 0;
  return labels >= 3 && visibleLength(text) <= labels * 50;
}

interface Stats {
  chars: number;
  linkChars: number;
  /** Commas, enumeration commas, full stops, semicolons and colons: how much prose a block holds. */
  punctuation: number;
  /** Whether a block element is inside (then the element is no paragraph of its own). */
  hasBlocks: boolean;
}

const visibleLength = (text: string) => text.replace(/\s+/g, '').length;
const PUNCTUATION = /[，。、；：,;]/g;
// A paragraph is a block with no blocks inside it (a <td> of a layout table holding the
// whole page is not one, its paragraphs are), so no text is counted twice.
const BLOCK = /^(?:p|div|td|th|li|dd|dt|pre|blockquote|section|article|table|ul|ol|h[1-6])$/;

/** Each element's text figures, computed in one pass bottom-up. */
function measure(root: DomElement): Map<DomElement, Stats> {
  const stats = new Map<DomElement, Stats>();
  const visit = (node: DomNode, inLink: boolean): Stats => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      const chars = visibleLength(text);
      return {
        chars,
        linkChars: inLink ? chars : 0,
        punctuation: text.match(PUNCTUATION)?.length ?? 0,
        hasBlocks: false,
      };
    }
    const total: Stats = { chars: 0, linkChars: 0, punctuation: 0, hasBlocks: false };
    if (!isElement(node)) return total;
    const link = inLink || tagOf(node) === 'a';
    for (const child of Array.from(node.childNodes)) {
      const s = visit(child, link);
      total.chars += s.chars;
      total.linkChars += s.linkChars;
      total.punctuation += s.punctuation;
      total.hasBlocks ||= s.hasBlocks || (isElement(child) && BLOCK.test(tagOf(child)));
    }
    stats.set(node, total);
    return total;
  };
  visit(root, false);
  return stats;
}

/** The section a heading right before the element names (`<h3>部内司局</h3>` over a list), or undefined. */
function headingKindBefore(el: DomElement): string | undefined {
  const prev = el.previousElementSibling;
  if (!prev || !/^(?:h[1-6]|p|div|strong|b)$/.test(tagOf(prev)) || prev.children.length > 1) return undefined;
  return classifyHeading((prev.textContent ?? '').trim())?.kind;
}

/** A list right under a units heading (`<h3>部内司局</h3><ul class="links">`): the units as links, whatever its class says. */
function underUnitsHeading(el: DomElement): boolean {
  const kind = headingKindBefore(el);
  return kind === 'units' || kind === 'affiliated';
}

/** Takes out site furniture, except a wrapper holding most of the page's text (a page-wide `<div id="header-wrap">`). */
function removeFurniture(doc: DomDocument, body: DomElement): void {
  for (const el of Array.from(doc.querySelectorAll(FURNITURE_TAGS))) el.remove();
  const stats = measure(body);
  const pageChars = stats.get(body)?.chars ?? 0;
  const outsideArticle = (el: DomElement) => {
    for (let p = el.parentNode; p && isElement(p); p = p.parentNode)
      if (/^(article|main)$/.test(tagOf(p))) return false;
    return true;
  };
  for (const el of Array.from(body.querySelectorAll('*'))) {
    const tag = tagOf(el);
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const st = stats.get(el);
    // A <header> holding the article's title (an h1 that is not a link) is the article's.
    const titleHeader =
      tag === 'header' && el.querySelectorAll('h1, h2').length > 0 && (st?.linkChars ?? 0) < (st?.chars ?? 0) * 0.5;
    const chrome =
      ((tag === 'footer' || (tag === 'header' && !titleHeader)) && outsideArticle(el)) ||
      ROLE_FURNITURE.test(el.getAttribute('role') ?? '') ||
      (FURNITURE_NAME.test(name) && !underUnitsHeading(el));
    if ((chrome && (st?.chars ?? 0) < pageChars * 0.5) || isMetadataBox(el.textContent ?? '')) el.remove();
  }
  removeRelatedLinks(body);
}

// The box of links to other articles some pages put inside the article: 相关链接, 相关文章, 延伸阅读.
const RELATED = /^(?:相关(?:链接|文章|阅读|新闻|信息|附件)|延伸阅读|推荐阅读|热点推荐|猜你喜欢)\s*[:：]?/;

/** Whether most of an element's text is in links. */
function linkDense(el: DomElement): boolean {
  const chars = visibleLength(el.textContent ?? '');
  const links = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + visibleLength(a.textContent ?? ''), 0);
  return chars > 0 && links / chars > 0.5;
}

/**
 * Takes out a related-links box: a block of links that opens with its label, or the label's
 * own line with the list of links after it. A list of links with no such label (a page
 * listing its units as links) stays.
 */
function removeRelatedLinks(body: DomElement): void {
  for (const el of Array.from(body.querySelectorAll('div, ul, ol, table, section, p, h2, h3, h4, h5, dl'))) {
    const text = (el.textContent ?? '').trim();
    const label = RELATED.exec(text);
    if (!label) continue;
    if (linkDense(el)) {
      el.remove();
      continue;
    }
    if (text.length > label[0].length + 2) continue;
    const next = nextElement(el);
    if (next && linkDense(next)) next.remove();
    el.remove();
  }
}

function nextElement(el: DomElement): DomElement | null {
  const parent = el.parentNode;
  if (!parent || !isElement(parent)) return null;
  const siblings = Array.from(parent.children);
  return siblings[siblings.indexOf(el) + 1] ?? null;
}

const PARAGRAPH = /^(?:p|div|td|th|li|dd|dt|pre|blockquote|section|h[1-6])$/;
// Blocks that can hold a page's content; the lists, tables and rows between a paragraph and
// its block are skipped, so a list of duties scores the block it sits in, not the <ol>.
const CONTAINER = /^(?:div|section|article|main|td|th|body|form|center|blockquote)$/;

/** Readability's scores: each paragraph adds 1 + its punctuation + its length/100 (up to 3) to the blocks around it, less the further out. */
function scoreBlocks(body: DomElement, stats: Map<DomElement, Stats>): Map<DomElement, number> {
  const scores = new Map<DomElement, number>();
  for (const el of Array.from(body.querySelectorAll('*'))) {
    const own = stats.get(el);
    if (!own || !PARAGRAPH.test(tagOf(el)) || own.chars < 10 || own.hasBlocks) continue;
    const score = 1 + own.punctuation + Math.min(Math.floor(own.chars / 100), 3);
    let level = 0;
    for (let p: DomNode | null = el.parentNode; p && isElement(p) && level < 5; p = p.parentNode) {
      if (!CONTAINER.test(tagOf(p))) continue;
      const share = level === 0 ? 1 : level === 1 ? 0.5 : 1 / (level * 3);
      scores.set(p, (scores.get(p) ?? 0) + score * share);
      level++;
    }
  }
  for (const [el, score] of scores) {
    const s = stats.get(el);
    const linkDensity = s && s.chars > 0 ? s.linkChars / s.chars : 0;
    scores.set(el, score * (1 - linkDensity));
  }
  return scores;
}

const HEADING = /^h[1-3]$/;
// Class or id words of an article's title set in a plain block (`<div class="title">`): title,
// tit, and pinyin bt = 标题, biaoti.
const TITLE_NAME = /(?:^|[-_\s])(?:[a-z]*title|tit|bt|biaoti|headline)(?:[-_\s]|\d|$)/i;

/** The share of an element's text inside links. */
function linkShare(el: DomElement): number {
  const chars = visibleLength(el.textContent ?? '');
  const links = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + visibleLength(a.textContent ?? ''), 0);
  return chars > 0 ? links / chars : 0;
}

/**
 * The nearest title before `el` in page order: an h1-h3, or a short block whose class or id
 * names a title, unless it heads a box of links (a sidebar's 栏目导航, 部门概况 or 友情链接).
 */
function headingBefore(el: DomElement, body: DomElement): DomElement | null {
  const isTitle = (h: DomElement) => {
    const chars = visibleLength(h.textContent ?? '');
    if (chars === 0 || chars > 60) return false;
    const name = `${h.getAttribute('class') ?? ''} ${h.getAttribute('id') ?? ''}`;
    if (!HEADING.test(tagOf(h)) && (!TITLE_NAME.test(name) || h.querySelectorAll('a, p, div, li').length > 0))
      return false;
    // The box it heads: the nearest ancestor with more text than the title.
    let box = h.parentNode;
    while (box && isElement(box) && visibleLength(box.textContent ?? '') <= chars) box = box.parentNode;
    return !(box && isElement(box) && linkShare(box) > 0.5);
  };
  const order = Array.from(body.querySelectorAll('*'));
  for (let i = order.indexOf(el) - 1; i >= 0; i--) if (isTitle(order[i]!)) return order[i]!;
  return null;
}

/**
 * The article's title: government sites put it in `<meta name="ArticleTitle">` (the
 * national site norms ask for it), without the site name `<title>` adds; else `<title>`.
 */
function pageTitle(doc: DomDocument): string | null {
  const meta = Array.from(doc.querySelectorAll('meta[name]')).find((m) =>
    /^articletitle$/i.test(m.getAttribute('name') ?? ''),
  );
  return meta?.getAttribute('content')?.trim() || doc.title.trim() || null;
}

/**
 * The block holding the whole article when the best block is one of several parts of it (an
 * article set out in many small <section>s, as WeChat and some editors save it): its parent
 * when the parent's other children that score add up to half the best one's score or more
 * and the parent is not mostly links.
 */
function wholeArticle(
  top: DomElement,
  body: DomElement,
  stats: Map<DomElement, Stats>,
  scores: Map<DomElement, number>,
): DomElement {
  let block = top;
  for (let parent = block.parentNode; parent && isElement(parent) && block !== body; parent = parent.parentNode) {
    const parts = Array.from(parent.children).filter((c) => c !== block && (scores.get(c) ?? 0) > 0);
    const others = parts.reduce((n, c) => n + scores.get(c)!, 0);
    const st = stats.get(parent);
    const links = st && st.chars > 0 ? st.linkChars / st.chars : 0;
    if (parts.length < 1 || others < (scores.get(block) ?? 0) * 0.5 || links > 0.3) break;
    block = parent;
  }
  return block;
}

/**
 * The table of fields a 政府信息公开 template sets an office's page in (机构名称 | X, 机构职能 |
 * duties, 内设机构 | links, 负责人 | …) when the best block is one of its cells: every row a
 * short label and its value, so the units and leaders in the other cells are the office's too.
 */
function fieldTable(top: DomElement): DomElement | null {
  if (!/^t[dh]$/.test(tagOf(top))) return null;
  let table: DomNode | null = top.parentNode;
  while (table && isElement(table) && tagOf(table) !== 'table') table = table.parentNode;
  if (!table || !isElement(table)) return null;
  const rows = Array.from(table.querySelectorAll('tr'));
  // A row holds one field or two (`机构名称 | X | 负责人 | Y`).
  const fields = rows.filter((row) => {
    const cells = Array.from(row.children);
    const labels = cells.filter((_, i) => i % 2 === 0);
    return (cells.length === 2 || cells.length === 4) && labels.every((c) => visibleLength(c.textContent ?? '') <= 8);
  });
  return rows.length >= 3 && fields.length === rows.length ? table : null;
}

/**
 * Cards (`<div class="leader">` each holding one person's or one unit's lines): when the best
 * block is in one of a run of siblings of the same tag and class, the whole run is the content.
 */
function cardRun(top: DomElement, body: DomElement): DomElement[] | null {
  let el: DomNode | null = top;
  for (let depth = 0; depth < 3 && el && isElement(el) && el !== body; depth++, el = el.parentNode) {
    const cls = el.getAttribute('class');
    const parent = el.parentNode;
    if (!cls || !parent || !isElement(parent)) continue;
    const tag = tagOf(el);
    const siblings = Array.from(parent.children);
    const same = (c: DomElement) => tagOf(c) === tag && c.getAttribute('class') === cls;
    const run = siblings.filter(same);
    if (run.length < 2) continue;
    // Cards that fill their box (`<div class="accordion">`) may have sibling boxes of its kind, one
    // per section (a 直属单位 accordion of one item under its own heading): those boxes are the run.
    const box = run.length === siblings.length ? boxRun(parent) : null;
    return box ?? withHeadingsBetween(siblings, same);
  }
  return null;
}

/** Siblings of the box's tag and class, two or more, with the headings between them; else null. */
function boxRun(box: DomElement): DomElement[] | null {
  const cls = box.getAttribute('class');
  const parent = box.parentNode;
  if (!cls || !parent || !isElement(parent)) return null;
  const same = (c: DomElement) => tagOf(c) === tagOf(box) && c.getAttribute('class') === cls;
  const siblings = Array.from(parent.children);
  return siblings.filter(same).length >= 2 ? withHeadingsBetween(siblings, same) : null;
}

/** The siblings `same` picks, and the headings between them (`<h2>下属单位</h2>` between two accordions heads the later ones). */
function withHeadingsBetween(siblings: DomElement[], same: (c: DomElement) => boolean): DomElement[] {
  const first = siblings.findIndex(same);
  const last = siblings.findLastIndex(same);
  return siblings.filter((c, i) => same(c) || (i > first && i < last && HEADING.test(tagOf(c))));
}

const OFFICE_SECTIONS = new Set(['duties', 'units', 'affiliated', 'leaders']);

/**
 * Whether a block opens with one of the office's sections (`<h3>内设机构</h3>` over a list of
 * links, a tab pane headed by its label): its units may be only links, which score nothing.
 */
function opensSection(el: DomElement): boolean {
  const first = elementLines(el)[0];
  const kind = first !== undefined && first.length <= 20 ? classifyHeading(first)?.kind : undefined;
  return kind !== undefined && OFFICE_SECTIONS.has(kind) && !opensWithLink(el);
}

/** Whether the block's first text is a link's (a menu of sections: 局领导, 内设科室, 下属单位). */
function opensWithLink(el: DomElement): boolean {
  const find = (node: DomNode, inLink: boolean): boolean | null => {
    if (node.nodeType === TEXT_NODE) return (node.textContent ?? '').trim() === '' ? null : inLink;
    if (!isElement(node)) return null;
    for (const child of Array.from(node.childNodes)) {
      const found = find(child, inLink || tagOf(node) === 'a');
      if (found !== null) return found;
    }
    return null;
  };
  return find(el, false) === true;
}

// The fields of an office's fact box (机构名称, 负责人, 办公地址, 办公电话, 办公时间), which
// 政府信息公开 pages set in a small table beside the article.
const FACT_LABEL = /机构名称|单位名称|负责人|办公地址|通讯地址|联系地址|办公电话|联系电话|办公时间|邮政编码|传真/g;

/** A box of three fact fields or more with little text besides (not a wrapper holding the article). */
function isFactBox(el: DomElement): boolean {
  const text = el.textContent ?? '';
  const labels = text.match(FACT_LABEL)?.length ?? 0;
  return labels >= 3 && visibleLength(text) <= labels * 40;
}

/** The outermost fact boxes outside the content, to add to it. */
function factBoxes(body: DomElement, blocks: readonly DomElement[]): DomElement[] {
  const inside = (el: DomElement, other: DomElement) => other === el || other.contains(el) || el.contains(other);
  const boxes: DomElement[] = [];
  for (const el of Array.from(body.querySelectorAll('table, dl, ul, div'))) {
    if (!isFactBox(el) || blocks.some((b) => inside(el, b)) || boxes.some((b) => b.contains(el))) continue;
    boxes.push(el);
  }
  return boxes;
}

// Class or id words of a site footer.
const FOOTER_NAME = /(?:^|[-_\s])(?:foot|footer|ft|bottom|copyright|bq|banquan)(?:[-_\s]|\d|$)/i;

/** The site footer's elements (before furniture goes): who runs the site, and often its address. */
function footerElements(body: DomElement): DomElement[] {
  return Array.from(body.querySelectorAll('*')).filter(
    (el) =>
      tagOf(el) === 'footer' || FOOTER_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`),
  );
}

// Class or id words of a site's masthead, where a body's own site names it under its logo.
// Not a bare `head`: content boxes are classed `con-head`, `news-head`, `panel-head` too.
const MASTHEAD_NAME = /(?:^|[-_\s])(?:header|banner|logo|masthead)(?:[-_\s]|\d|$)/i;

/** The site masthead's elements (before furniture goes): the body whose site it is, often named only there. */
function mastheadElements(body: DomElement): DomElement[] {
  return Array.from(body.querySelectorAll('*')).filter(
    (el) =>
      tagOf(el) === 'header' || MASTHEAD_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`),
  );
}

/**
 * A site menu's entries for the office's units (`<li><a>内设机构</a><ul><li><a>办公室</a>…`): a
 * bureau's site often lists its units only there, beside a body holding its duties.
 */
function menuUnitEntries(body: DomElement): DomElement[] {
  return Array.from(body.querySelectorAll('li')).filter((li) => {
    const kind = classifyHeading(ownText(li))?.kind;
    const list = Array.from(li.children).find((c) => /^(?:ul|ol)$/.test(tagOf(c)));
    return (kind === 'units' || kind === 'affiliated') && list && list.querySelectorAll('li').length >= 2;
  });
}

/** Whether the blocks hold a units or affiliated section's heading of their own. */
function hasUnitsSection(blocks: readonly DomElement[]): boolean {
  return blocks.some((b) =>
    elementLines(b).some((line) => {
      const kind = line.length <= 30 ? classifyHeading(line)?.kind : undefined;
      return kind === 'units' || kind === 'affiliated';
    }),
  );
}

// Class or id words of a breadcrumb (dqwz = 当前位置, mbx = 面包屑).
const CRUMB_NAME = /(?:^|[-_\s])(?:breadcrumbs?|crumbs?|position|location|curpos|dqwz|weizhi|mbx|path)(?:[-_\s]|\d|$)/i;

/**
 * The columns the site files the page under, outermost first: the breadcrumb's entries
 * (`首页 > 机构设置 > 直属单位 > X`), then the CMS's `<meta name="ColumnName">`. Read before
 * furniture goes.
 */
function pageColumn(doc: DomDocument, body: DomElement): string[] {
  const crumb = Array.from(body.querySelectorAll('*')).find((el) => {
    const text = (el.textContent ?? '').trim();
    const named = CRUMB_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
    return text.length <= 120 && (named || BREADCRUMB.test(text) || TRAIL.test(text));
  });
  const parts = (crumb?.textContent ?? '')
    .trim()
    .replace(BREADCRUMB, '')
    .split(/\s*(?:>|＞|»|›|→|\/)\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const meta = Array.from(doc.querySelectorAll('meta[name]')).find((m) =>
    /^columnname$/i.test(m.getAttribute('name') ?? ''),
  );
  const column = meta?.getAttribute('content')?.trim();
  return column ? [...parts, column] : parts;
}

export interface MainContent {
  /** The blocks that make up the content, in page order. */
  blocks: DomElement[];
  /** The site footer's elements, taken out of the page (they are not content). */
  footer: DomElement[];
  /** The site masthead's elements, taken out of the page. */
  masthead: DomElement[];
  /** The page heading above the content, when the content has none of its own. */
  heading: string | null;
  /** The page's title (`<meta name="ArticleTitle">` or `<title>`). */
  title: string | null;
  /** The columns the site files the page under, outermost first (breadcrumb, column meta). */
  column: string[];
}

/** The page's main content; the body when nothing scores (a page of bare text). */
export function findMainContent(doc: DomDocument): MainContent | null {
  const body = doc.body;
  if (!body) return null;
  const footer = footerElements(body);
  const masthead = mastheadElements(body);
  const menuUnits = menuUnitEntries(body);
  const column = pageColumn(doc, body);
  unfoldWidgets(doc, body);
  removeFurniture(doc, body);
  const stats = measure(body);
  const scores = scoreBlocks(body, stats);
  let top: DomElement | null = null;
  for (const [el, score] of scores) if (!top || score > scores.get(top)!) top = el;
  if (!top) return { blocks: [body], footer, masthead, heading: null, title: pageTitle(doc), column };
  top = fieldTable(top) ?? wholeArticle(top, body, stats, scores);

  // Siblings that score nearly as well, or that are real paragraphs, belong to the content too,
  // and so does a list of links under a units or contacts heading of its own (`<div>内设机构</div>`).
  const threshold = Math.max(10, scores.get(top)! * 0.2);
  const parent = top.parentNode;
  const siblings = parent && isElement(parent) ? Array.from(parent.children) : [top];
  const chosen =
    cardRun(top, body) ??
    siblings.filter((s) => {
      if (s === top) return true;
      const st = stats.get(s);
      const density = st && st.chars > 0 ? st.linkChars / st.chars : 1;
      return (
        (scores.get(s) ?? 0) >= threshold ||
        (HEADING.test(tagOf(s)) && density < 0.5) ||
        opensSection(s) ||
        underUnitsHeading(s) ||
        headingKindBefore(s) === 'contacts' ||
        (tagOf(s) === 'p' && (st?.chars ?? 0) > 80 && density < 0.25)
      );
    });
  // A fact box beside the article (机构名称, 负责人, 办公地址) is the office's too; page order is kept.
  const order = Array.from(body.querySelectorAll('*'));
  const blocks = [...chosen, ...factBoxes(body, chosen)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  // Units only in the site menu come after the content (whose title and duties lead the page).
  if (!hasUnitsSection(blocks)) blocks.push(...menuUnits.filter((li) => !blocks.some((b) => b.contains(li))));
  // The content has a title of its own when it starts with a heading (h2 section headings further down are no title).
  const first = blocks[0]!;
  const opening = first.querySelectorAll('h1, h2, h3')[0];
  const startsWithHeading =
    opening !== undefined && (first.textContent ?? '').trim().startsWith((opening.textContent ?? '').trim());
  const hasHeading =
    HEADING.test(tagOf(first)) || startsWithHeading || blocks.some((b) => b.querySelectorAll('h1').length > 0);
  const before = hasHeading ? null : headingBefore(blocks[0]!, body);
  const title = pageTitle(doc);
  const heading = before?.textContent?.trim() || (hasHeading ? null : title);
  return { blocks, footer, masthead, heading, title, column };
}

/** Whether a line is a breadcrumb, a link to the previous or next article, an attachment link, the article's facts (发布时间, 来源, 浏览次数), a phone prompt or a row of page buttons. */
export function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  // Button bars are short; the length bound also keeps the pattern's backtracking small.
  return (
    BREADCRUMB.test(text) ||
    TRAIL.test(text) ||
    NEIGHBOUR.test(text) ||
    ATTACHMENT.test(text) ||
    (text.length <= 120 && SITE_FOOTER.test(text)) ||
    (text.length <= 30 && PHONE_PROMPT.test(text)) ||
    isArticleFacts(text) ||
    (text.length <= 60 && BUTTONS.test(text))
  );
}
