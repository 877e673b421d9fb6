// Text similarity for matching units and duties between two versions of an office. Chinese
// names and duties have no word breaks, so both work on characters: names on their character
// multisets (after the generic suffix such as 处/科/室, which every unit shares), duty texts
// on character bigrams.

/** Sørensen–Dice coefficient of two multisets given as token lists: 1 when equal, 0 when disjoint. */
export function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

// The generic tail of a unit name; two units sharing only 处 are not alike.
const GENERIC_SUFFIX =
  /(?:办公室|委员会|服务中心|中心|事务所|研究所|研究院|管理局|支队|大队|处|科|室|股|局|部|所|站|队|院|会|组)$/;

/** A unit name without brackets, spaces and its generic suffix. */
export function nameCore(name: string): string {
  const plain = name.replace(/[\s\u3000（()）【】[\]《》"“”]/g, '');
  const core = plain.replace(GENERIC_SUFFIX, '');
  return core || plain;
}

/** How alike two unit names are, 0..1, on their characters after the generic suffix. */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  return dice([...nameCore(a)], [...nameCore(b)]);
}

function bigrams(text: string): string[] {
  const chars = [...text.replace(/[\s\u3000，。；、：,.;:（）()“”"]/g, '')];
  if (chars.length < 2) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  return grams;
}

/** How alike two texts are, 0..1, on their character bigrams (punctuation and spaces ignored). */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  return dice(bigrams(a), bigrams(b));
}

/** How alike two lists of texts are as a whole (a unit's duties), 0..1; 0 when either is empty. */
export function textsSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  return dice(a.flatMap(bigrams), b.flatMap(bigrams));
}
