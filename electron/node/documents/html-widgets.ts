// Tabs, accordions and image maps, laid flat before the content is found. A tab set keeps its
// labels in one strip (内设机构 | 派出机构 | 事业单位) and its panes after it, so read in page order every
// label comes before every pane and each pane loses its heading; an accordion names its item
// in a <button>, which is page furniture everywhere else. Each label becomes its pane's heading.
import { classifyHeading } from '../../../shared/parser/headings.ts';
import { isElement, tagOf, type DomDocument, type DomElement } from './html-dom.ts';

const visible = (el: DomElement) => (el.textContent ?? '').replace(/\s+/g, '');
// The first class word names the kind; the open pane carries a second one (`tab-pane on`).
const kindOf = (el: DomElement) => `${tagOf(el)}.${(el.getAttribute('class') ?? '').trim().split(/\s+/)[0]}`;

/** A strip of tab labels: two or more short items, most of them section headings (机构职能, 领导信息). */
function isTabStrip(el: DomElement): boolean {
  const items = Array.from(el.children);
  if (items.length < 2 || items.some((item) => visible(item).length === 0 || visible(item).length > 12)) return false;
  const headings = items.filter((item) => {
    const kind = classifyHeading(visible(item))?.kind;
    return kind !== undefined && kind !== 'furniture';
  });
  return headings.length * 2 >= items.length + 1;
}

/** Elements of one kind (tag and first class word), as many as the strip has labels, or null. */
function panesOf(candidates: DomElement[], count: number): DomElement[] | null {
  const first = candidates[0];
  const panes = first ? candidates.filter((c) => kindOf(c) === kindOf(first)) : [];
  return panes.length === count ? panes : null;
}

/** The panes after a strip: its next siblings, or the children of the box right after it (`<div class="tab-con">`); null after a row of its grid. */
function panesAfter(strip: DomElement, count: number): DomElement[] | null {
  const parent = strip.parentNode;
  if (!parent || !isElement(parent)) return null;
  const siblings = Array.from(parent.children);
  const after = siblings.slice(siblings.indexOf(strip) + 1);
  // A box of the strip's own kind after it (`div.row` under `div.row thead`) is the next row of
  // one grid: the strip was the grid's column headings, not tabs.
  if (after[0] && kindOf(after[0]) === kindOf(strip)) return null;
  return panesOf(after, count) ?? (after[0] ? panesOf(Array.from(after[0].children), count) : null);
}

function heading(doc: DomDocument, text: string): DomElement {
  const h = doc.createElement('h4');
  h.append(text);
  return h;
}

// Bootstrap's tab links: `<a data-toggle="tab" href="#pane">` (`data-bs-toggle`, `pill` alike).
const TOGGLE_TAB = '[data-toggle="tab"], [data-toggle="pill"], [data-bs-toggle="tab"], [data-bs-toggle="pill"]';

/** The id a Bootstrap tab link opens (`href="#p1"` or `data-target="#p1"`), or null. */
function toggledId(tab: DomElement): string | null {
  const target = tab.getAttribute('data-bs-target') ?? tab.getAttribute('data-target') ?? tab.getAttribute('href');
  return target && /^#./.test(target) ? target.slice(1) : null;
}

/**
 * Tabs that name their pairs outright: a `role="tab"` label's `aria-controls`, a
 * `role="tabpanel"` pane's `aria-labelledby`, or a Bootstrap tab link's target is the other's id.
 * Labels may be any words (unit names, not only section headings), so the pairing is read, not
 * guessed from the strip.
 */
function unfoldPairedTabs(doc: DomDocument, body: DomElement): void {
  const byId = new Map<string, DomElement>();
  for (const el of Array.from(body.querySelectorAll('[id]'))) byId.set(el.getAttribute('id')!, el);
  const pairs = new Map<DomElement, DomElement>();
  for (const tab of Array.from(body.querySelectorAll('[role="tab"][aria-controls]'))) {
    const pane = byId.get(tab.getAttribute('aria-controls')!);
    if (pane) pairs.set(tab, pane);
  }
  for (const tab of Array.from(body.querySelectorAll(TOGGLE_TAB))) {
    const pane = byId.get(toggledId(tab) ?? '');
    if (pane && !pairs.has(tab)) pairs.set(tab, pane);
  }
  for (const pane of Array.from(body.querySelectorAll('[role="tabpanel"][aria-labelledby]'))) {
    const tab = byId.get(pane.getAttribute('aria-labelledby')!);
    if (tab && !pairs.has(tab)) pairs.set(tab, pane);
  }
  for (const [tab, pane] of pairs) {
    if (pane.contains(tab) || tab.contains(pane) || visible(tab).length === 0) continue;
    // A pane that opens with its label's words has its heading already.
    if (!visible(pane).startsWith(visible(tab))) pane.prepend(heading(doc, visible(tab)));
    tab.remove();
  }
}

/**
 * An organisation chart drawn as an image names its boxes only in the image map over it
 * (`<area title="办公室" alt="办公室">`): the map becomes a list of those names, in map order.
 * A box that is a section's name (`局领导`, linking to the leaders page) names no unit.
 */
function unfoldImageMaps(doc: DomDocument, body: DomElement): void {
  for (const map of Array.from(body.querySelectorAll('map'))) {
    const names = Array.from(map.querySelectorAll('area'))
      .map((area) => (area.getAttribute('title') || area.getAttribute('alt') || '').replace(/\s+/g, ''))
      .filter((name) => name.length >= 2 && !classifyHeading(name));
    if (names.length < 2) continue;
    const list = doc.createElement('ul');
    for (const name of names) {
      const item = doc.createElement('li');
      item.append(name);
      list.append(item);
    }
    map.replaceWith(list);
  }
}

/** Puts each tab label at the top of its pane (dropping the strip) and turns accordion buttons into headings. */
export function unfoldWidgets(doc: DomDocument, body: DomElement): void {
  unfoldImageMaps(doc, body);
  unfoldPairedTabs(doc, body);
  for (const strip of Array.from(body.querySelectorAll('ul, ol, div, nav'))) {
    if (!isTabStrip(strip)) continue;
    const labels = Array.from(strip.children).map(visible);
    const panes = panesAfter(strip, labels.length);
    if (!panes) continue;
    panes.forEach((pane, i) => pane.prepend(heading(doc, labels[i]!)));
    strip.remove();
  }
  // An accordion's head: a button followed by the panel it opens (a search or print button has none).
  for (const button of Array.from(body.querySelectorAll('button'))) {
    const panel = button.nextElementSibling;
    if (panel && visible(panel).length >= 10 && visible(button).length >= 2)
      button.replaceWith(heading(doc, visible(button)));
  }
}
