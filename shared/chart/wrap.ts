// Breaks a long official name into balanced lines (or 竖排 columns) at the places a typesetter
// would: after a complete body (…委员会 / 办公室, …领导小组 / 办公室), else between words
// (ICU's dictionary segmenter), between two Chinese characters only when nothing better
// fits, and never inside a Latin word or a number (12345热线, IT运维) or next to a bracket
// or mark that belongs to its neighbour.

/** Words that end an organisational body: a break right after one reads naturally. Matched
 *  only at a word boundary, so 处 ends 协调处 but not 处理. */
const BODY_END =
  /(?:委员会|管委会|办公室|领导小组|工作组|小组|指挥部|联络处|中心|总队|支队|大队|中队|党组|政府|局|厅|委|办|处|院|部|会|所|站|队|室|科|司|署|社|馆|庭|校|团|组)$/;
/** Place names before the body they head (江西省 / 赣江新区): a fair place to break. */
const PLACE_END = /(?:省|市|县|区|州|盟|旗|镇|乡|街道|新区)$/;
/** Words the segmenter splits but a line must not (委员/会, 办公/室). */
const WHOLE_WORDS = [
  '委员会',
  '管委会',
  '办公室',
  '领导小组',
  '工作组',
  '指挥部',
  '人民政府',
  '开发区',
  '高新区',
  '新区',
];
/** Characters a line must not start with (closing marks) or end with (opening ones). */
const NO_LINE_START = new Set([...'）)】〕》」』、，。；：！？·…—']);
const NO_LINE_END = new Set([...'（(【〔《「『']);
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;

/** Cost of a break of each kind (in the units of bestBreaks' cost). */
const PENALTY = { body: 0, place: 1.5, word: 4, char: 10 } as const;
/** Each line beyond the fewest that fit costs this much: a box grows a line taller. */
const EXTRA_LINE = 4;
/** A line running past the measure costs this much per em over, so it is a last resort. */
const OVERFLOW = 20;

type BreakKind = keyof typeof PENALTY;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Word boundaries of `chars` (indices where a word starts), the whole words kept whole. */
function wordStarts(text: string, chars: string[]): Set<number> {
  const starts = new Set<number>();
  // The segmenter counts UTF-16 units; the chart counts characters.
  const unitToChar = new Map<number, number>();
  let unit = 0;
  chars.forEach((ch, i) => {
    unitToChar.set(unit, i);
    unit += ch.length;
  });
  for (const s of segmenter.segment(text)) starts.add(unitToChar.get(s.index)!);
  for (const word of WHOLE_WORDS)
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const from = unitToChar.get(at)!;
      for (let i = from + 1; i < from + [...word].length; i++) starts.delete(i);
    }
  return starts;
}

/** The kind of break allowed before character `i`, or null where none is. */
function breakKinds(text: string): (BreakKind | null)[] {
  const chars = [...text];
  const words = wordStarts(text, chars);
  return chars.map((ch, i) => {
    if (i === 0) return null;
    const prev = chars[i - 1]!;
    if (NO_LINE_START.has(ch) || NO_LINE_END.has(prev)) return null;
    if (LATIN_OR_DIGIT.test(prev) && LATIN_OR_DIGIT.test(ch)) return null;
    if (/\s/.test(ch) || /\s/.test(prev)) return 'word';
    if (!words.has(i)) return 'char';
    const head = chars.slice(0, i).join('');
    if (BODY_END.test(head)) return 'body';
    if (PLACE_END.test(head)) return 'place';
    return 'word';
  });
}

/**
 * The lines of `text` for a measure of `maxWidth`: the text itself when it fits, else the
 * fewest lines that fit (one more when that avoids a poor break, fewer when a word is wider
 * than the measure anyway), balanced, each break
 * chosen by its kind. `width` measures a run at the type size it will be set in; `em` is
 * that size. Leading and trailing spaces of a line are dropped.
 */
export function wrapText(text: string, maxWidth: number, em: number, width: (s: string) => number): string[] {
  if (width(text) <= maxWidth) return [text];
  const chars = [...text];
  const kinds = breakKinds(text);
  const cuts = kinds.flatMap((k, i) => (k ? [i] : []));
  if (!cuts.length) return [text];
  const line = (a: number, b: number) => chars.slice(a, b).join('').trim();
  const lineCost = (a: number, b: number) => {
    const w = width(line(a, b));
    return { w, over: Math.max(0, w - maxWidth) };
  };
  const points = [0, ...cuts, chars.length];
  const most = points.length - 1;
  const fewest = Math.ceil(width(text) / maxWidth);
  let chosen: { cost: number; breaks: number[] } | null = null;
  // Fewer lines than fit overflow, but so may more when a word is wider than the measure.
  for (let lines = 2; lines <= Math.min(fewest + 1, most); lines++) {
    const found = bestBreaks(points, lines, lineCost, (i) => PENALTY[kinds[i]!], em, width(text) / lines);
    if (!found) continue;
    const cost = found.cost + Math.max(0, lines - fewest) * EXTRA_LINE;
    if (!chosen || cost < chosen.cost) chosen = { cost, breaks: found.breaks };
  }
  if (!chosen) return [text];
  const bounds = [0, ...chosen.breaks, chars.length];
  return bounds.slice(1).map((b, i) => line(bounds[i]!, b));
}

/** Dynamic programme over break points: `lines` lines, minimising (in ems) the squared
 *  difference of each line from an even share, the breaks' penalties and any overflow past
 *  the measure. The cost adds up line by line, so the programme finds the true optimum. */
function bestBreaks(
  points: number[],
  lines: number,
  lineCost: (a: number, b: number) => { w: number; over: number },
  penalty: (at: number) => number,
  em: number,
  share: number,
): { cost: number; breaks: number[] } | null {
  // row[j]: the cheapest setting of the text up to points[j] in the lines so far.
  let row: ({ cost: number; breaks: number[] } | null)[] = points.map((_, j) =>
    j === 0 ? { cost: 0, breaks: [] } : null,
  );
  const last = points.length - 1;
  for (let k = 1; k <= lines; k++) {
    const next: typeof row = points.map(() => null);
    // The last line ends at the text's end; inner lines end at a break point.
    for (let j = k === lines ? last : 1; j <= (k === lines ? last : last - 1); j++) {
      for (let i = 0; i < j; i++) {
        const prev = row[i];
        if (!prev) continue;
        const { w, over } = lineCost(points[i]!, points[j]!);
        const cost =
          prev.cost + ((w - share) / em) ** 2 + (over / em) * OVERFLOW + (k < lines ? penalty(points[j]!) : 0);
        if (!next[j] || cost < next[j]!.cost)
          next[j] = { cost, breaks: k < lines ? [...prev.breaks, points[j]!] : prev.breaks };
      }
    }
    row = next;
  }
  return row[last] ?? null;
}
