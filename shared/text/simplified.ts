// The one traditional → simplified table, shared by the parser (which reads 內設機構 as
// 内设机构) and search (whose index and queries fold through it). One UTF-16 unit maps to
// one, so folded text keeps every position of the text as written.
//
// Built with opencc-js from its Traditional, Taiwan and Hong Kong tables, character by
// character, with two rules:
// - a simplified form outside the Basic Multilingual Plane (two units) is not used;
// - the Traditional table comes first; the Taiwan and Hong Kong tables only add variants
//   (衞 → 卫, 敍 → 叙), never for a character that is itself the Traditional table's
//   simplified form of another (么 of 麼, 著): that is standard text, and 么 → 幺 would
//   turn every 什么 into 什幺.
import * as OpenCC from 'opencc-js/t2cn';
import { hanCharacters } from './han.ts';

export type T2sTable = Map<number, number>;

let table: T2sTable | null = null;

/** Traditional (and Taiwan/Hong Kong variant) code → simplified code; built on first use (about 0.1 s). */
export function t2sTable(): T2sTable {
  if (table) return table;
  const chars = hanCharacters();
  // One call per converter over all characters, one per line (a line break ends any phrase,
  // so each converts alone): five times faster than a call per character, the same table.
  const converted = (['t', 'tw', 'hk'] as const).map((from) => {
    const convert = OpenCC.Converter({ from, to: 'cn' });
    const lines = convert(chars.join('\n')).split('\n');
    // Should a conversion ever change the line count, the lines would not align: go one by one.
    return lines.length === chars.length ? lines : chars.map((ch) => convert(ch));
  });
  const oneUnit = (ch: string, s: string | undefined) => s !== undefined && s.length === 1 && s !== ch;
  const standard = new Set(chars.flatMap((ch, i) => (oneUnit(ch, converted[0]![i]) ? [converted[0]![i]!] : [])));
  const built: T2sTable = new Map();
  chars.forEach((ch, i) => {
    const [t, ...variants] = converted.map((lines) => lines[i]);
    const s = oneUnit(ch, t) ? t : standard.has(ch) ? undefined : variants.find((v) => oneUnit(ch, v));
    if (s) built.set(ch.charCodeAt(0), s.charCodeAt(0));
  });
  // OpenCC chains a few (薴 → 苧 → 苎): follow each to its end, so one pass is final.
  for (const [from, to] of built) {
    let end = to;
    for (let hops = 0; built.has(end) && hops < 4; hops++) end = built.get(end)!;
    built.set(from, end);
  }
  table = built;
  return built;
}

/** Takes a table another thread built (the same for every process: an index builder's worker need not build it again). */
export function adoptT2sTable(built: T2sTable): void {
  table ??= built;
}

/** The text with each traditional character replaced by its simplified form; same length. */
export function toSimplified(text: string): string {
  const t2s = t2sTable();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += String.fromCharCode(t2s.get(code) ?? code);
  }
  return out;
}
