// Word's automatic numbering written into the text. A numbered paragraph in a .docx holds
// only its text; Word draws `一、` or `（二）` from the list definition (numbering.xml) and
// a counter. Readers of the raw text (mammoth included) lose those labels, and with them
// the document's structure, so they are computed here, as Word counts them, and put at the
// start of each paragraph; the paragraph's list reference is then cleared.
import { wordLabel, wordNumberStyle, type NumberStyle } from '../../../shared/documents/list-labels.ts';
import { linkedom } from './html-dom.ts';

interface XmlElement {
  readonly tagName: string;
  readonly children: ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
  insertBefore(node: XmlElement, ref: XmlElement | null): void;
  appendChild(node: XmlElement): void;
  setAttribute(name: string, value: string): void;
  readonly firstChild: XmlElement | null;
  textContent: string | null;
}
interface XmlDocument extends XmlElement {
  createElement(name: string): XmlElement;
  toString(): string;
}

interface Level {
  style: NumberStyle;
  text: string;
  start: number;
  /** `w:isLgl`: every number in this level's text is decimal (`1.1`, not `一.1`). */
  legal: boolean;
}

const parseXml = (xml: string) =>
  new (linkedom().DOMParser)().parseFromString(xml, 'text/xml') as unknown as XmlDocument;
const all = (el: XmlElement, name: string) => Array.from(el.getElementsByTagName(name));
/** The direct child named `name` (getElementsByTagName would also find nested ones). */
const child = (el: XmlElement | null | undefined, name: string) =>
  el ? (Array.from(el.children).find((c) => c.tagName === name) ?? null) : null;
const val = (el: XmlElement | null) => el?.getAttribute('w:val') ?? null;

interface NumberingInstance {
  /** The list definition; lists sharing one count on together, as in Word. */
  abstractId: string;
  levels: Level[];
  /** Levels this instance restarts (`w:startOverride`) at its first paragraph there. */
  restarts: Map<number, number>;
}

function readNumbering(xml: string | null): Map<string, NumberingInstance> {
  const nums = new Map<string, NumberingInstance>();
  if (!xml) return nums;
  const doc = parseXml(xml);
  const abstract = new Map<string, Level[]>();
  for (const a of all(doc, 'w:abstractNum')) {
    const levels: Level[] = [];
    for (const lvl of all(a, 'w:lvl')) {
      const i = Number(lvl.getAttribute('w:ilvl') ?? '0');
      levels[i] = {
        style: wordNumberStyle(val(child(lvl, 'w:numFmt'))),
        text: val(child(lvl, 'w:lvlText')) ?? '',
        start: Number(val(child(lvl, 'w:start')) ?? '1'),
        legal: child(lvl, 'w:isLgl') !== null,
      };
    }
    abstract.set(a.getAttribute('w:abstractNumId') ?? '', levels);
  }
  for (const num of all(doc, 'w:num')) {
    const abstractId = val(child(num, 'w:abstractNumId')) ?? '';
    const levels = abstract.get(abstractId);
    if (!levels) continue;
    const restarts = new Map<number, number>();
    for (const o of all(num, 'w:lvlOverride')) {
      const start = val(child(o, 'w:startOverride'));
      if (start !== null) restarts.set(Number(o.getAttribute('w:ilvl') ?? '0'), Number(start));
    }
    nums.set(num.getAttribute('w:numId') ?? '', { abstractId, levels, restarts });
  }
  return nums;
}

/** Paragraph styles that number their paragraphs (headings linked to a list): styleId -> numId, ilvl. */
function readStyleNumbering(
  xml: string | null,
): Map<string, { numId: string | null; ilvl: number | null; basedOn: string | null }> {
  const styles = new Map<string, { numId: string | null; ilvl: number | null; basedOn: string | null }>();
  if (!xml) return styles;
  for (const style of all(parseXml(xml), 'w:style')) {
    const numPr = child(child(style, 'w:pPr'), 'w:numPr');
    const ilvl = val(child(numPr, 'w:ilvl'));
    styles.set(style.getAttribute('w:styleId') ?? '', {
      numId: val(child(numPr, 'w:numId')),
      ilvl: ilvl === null ? null : Number(ilvl),
      basedOn: val(child(style, 'w:basedOn')),
    });
  }
  return styles;
}

/**
 * document.xml with every numbered paragraph's label written at its start. Counting follows
 * Word: one counter per list definition and level, which every list instance of that
 * definition carries on, unless the instance restarts a level (`w:startOverride`); a level
 * restarts when a higher one advances.
 */
export function writeNumberingLabels(
  documentXml: string,
  numberingXml: string | null,
  stylesXml: string | null,
): string {
  const numbering = readNumbering(numberingXml);
  const styles = readStyleNumbering(stylesXml);
  const doc = parseXml(documentXml);
  const counters = new Map<string, number[]>();
  const restarted = new Set<string>();

  const styleNumbering = (styleId: string | null) => {
    for (let id = styleId, depth = 0; id && depth < 10; id = styles.get(id)?.basedOn ?? null, depth++) {
      const s = styles.get(id);
      if (s?.numId) return { numId: s.numId, ilvl: s.ilvl ?? 0 };
    }
    return null;
  };

  let changed = false;
  for (const p of all(doc, 'w:p')) {
    const pPr = child(p, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const own = val(child(numPr, 'w:numId'));
    const ref =
      own !== null
        ? { numId: own, ilvl: Number(val(child(numPr, 'w:ilvl')) ?? '0') }
        : styleNumbering(val(child(pPr, 'w:pStyle')));
    if (!ref || ref.numId === '0') continue;
    const instance = numbering.get(ref.numId);
    const levels = instance?.levels;
    const level = levels?.[ref.ilvl];
    if (!instance || !levels || !level) continue;

    const count = counters.get(instance.abstractId) ?? [];
    const restart = instance.restarts.get(ref.ilvl);
    const key = `${ref.numId}:${ref.ilvl}`;
    if (restart !== undefined && !restarted.has(key)) {
      count[ref.ilvl] = restart;
      restarted.add(key);
    } else {
      count[ref.ilvl] = count[ref.ilvl] === undefined ? level.start : count[ref.ilvl]! + 1;
    }
    count.length = ref.ilvl + 1;
    counters.set(instance.abstractId, count);
    const current = levels.map((l, i) => count[i] ?? l.start);
    const label =
      level.style === 'bullet' || level.style === 'none'
        ? ''
        : wordLabel(
            level.text,
            current,
            levels.map((l) => (level.legal ? 'decimal' : l.style)),
          );

    // The list reference goes (numId 0 is Word's "not numbered"), so no reader numbers it again.
    const pp = pPr ?? doc.createElement('w:pPr');
    if (!pPr) p.insertBefore(pp, p.firstChild);
    let np = child(pp, 'w:numPr');
    if (!np) {
      np = doc.createElement('w:numPr');
      pp.appendChild(np);
    }
    np.textContent = '';
    for (const [name, value] of [
      ['w:ilvl', '0'],
      ['w:numId', '0'],
    ] as const) {
      const el = doc.createElement(name);
      el.setAttribute('w:val', value);
      np.appendChild(el);
    }
    if (label) {
      const run = doc.createElement('w:r');
      const t = doc.createElement('w:t');
      t.setAttribute('xml:space', 'preserve');
      t.textContent = label;
      run.appendChild(t);
      const afterProps = Array.from(p.children).find((c) => c.tagName !== 'w:pPr') ?? null;
      p.insertBefore(run, afterProps);
    }
    changed = true;
  }
  return changed ? doc.toString() : documentXml;
}
