// Document-level checks that become diagnostics: declared unit counts that differ from the
// units found, and paragraphs cut off mid-sentence.
import type { Diagnostic, ParsedUnit } from '../types.ts';
import { endsComplete, numberValue } from './text.ts';
import { diagnostic } from './diagnostics.ts';
import { looksLikeOrgName, splitNameList } from './names.ts';

export interface CountDeclaration {
  count: number;
  line: number;
  /** Whether the count is of directly affiliated units (直属单位) rather than internal ones. */
  affiliated: boolean;
  text: string;
  /** Units set up besides the counted ones (`另设A、B`): added to the other counts, not checked. */
  besides?: boolean;
}

// `内设22个处室：…。另设机关党委、离退休干部处。`: units outside the count.
const BESIDES = /^另设([^，,。；;：:]+)[。；;]?$/;

const NUMERAL = '(\\d{1,3}|[一二三四五六七八九十两]{1,3})';
const COUNTS = [
  new RegExp(
    `(?:设|有|共|等|计|下设|内设)[^，,。；;]{0,10}?${NUMERAL}个([^，,。；;、]{0,8}?)(?:处室|处（室）|处\\(室\\)|科室|股室|内设机构|机构|部门|单位|处|科|股|室)`,
    'g',
  ),
  new RegExp(`(内设机构|直属单位|事业单位|下属单位)${NUMERAL}个`, 'g'),
];

/** Unit counts a line declares (设9个职能处(室), 内设机构8个, 直属单位3个). */
export function findCountDeclarations(text: string, line: number): CountDeclaration[] {
  const out: CountDeclaration[] = [];
  const besides = BESIDES.exec(text.trim());
  const extra = besides ? splitNameList(besides[1]!) : [];
  if (extra.length > 0 && extra.every((n) => looksLikeOrgName(n)))
    out.push({ count: extra.length, line, affiliated: false, text: besides![0], besides: true });
  for (const pattern of COUNTS) {
    for (const m of text.matchAll(pattern)) {
      const numeral = pattern === COUNTS[0] ? m[1] : m[2];
      const count = numberValue(numeral);
      if (Number.isNaN(count) || count === 0) continue;
      out.push({ count, line, affiliated: /直属|事业|下属|所属|派出|派驻/.test(m[0]), text: m[0] });
    }
  }
  return out;
}

export function checkCounts(
  declarations: readonly CountDeclaration[],
  found: { internal: number; affiliated: number },
  diagnostics: Diagnostic[],
): void {
  const besides = (affiliated: boolean) =>
    declarations.filter((d) => d.besides && d.affiliated === affiliated).reduce((n, d) => n + d.count, 0);
  for (const d of declarations) {
    if (d.besides) continue;
    const n = (d.affiliated ? found.affiliated : found.internal) - besides(d.affiliated);
    if (n !== d.count) {
      diagnostics.push(
        diagnostic('count-mismatch', d.line, {
          context: d.affiliated ? 'affiliated' : 'internal',
          declared: d.count,
          found: n,
          text: d.text,
        }),
      );
    }
  }
}

export interface Paragraph {
  text: string;
  line: number;
}

function truncated(p: Paragraph): Diagnostic {
  const tail = p.text.length > 12 ? `…${p.text.slice(-12)}` : p.text;
  return diagnostic('truncated', p.line, { context: 'sentence', tail });
}

/**
 * A paragraph is reported as cut off when it lacks the closing punctuation its siblings
 * have (most of them end with 。), or when it is the document's last paragraph and the
 * document otherwise punctuates its paragraphs. Unpunctuated styles (lists of short
 * phrases) are left alone.
 */
export function checkTruncation(
  groups: readonly (readonly Paragraph[])[],
  diagnostics: Diagnostic[],
  /** Each group's kind (intro, duties, units' duties): the last paragraph is judged among its kind. */
  families: readonly number[] = groups.map(() => 0),
): void {
  const flagged = new Set<Paragraph>();
  for (const group of groups) {
    if (group.length < 3) continue;
    const complete = group.filter((p) => endsComplete(p.text)).length;
    if (complete < (group.length - 1) * (2 / 3)) continue;
    for (const p of group) if (!endsComplete(p.text)) flagged.add(p);
  }
  const all = groups.flat();
  const last = all.reduce<Paragraph | null>((a, p) => (a === null || p.line >= a.line ? p : a), null);
  // Units' duties copied from a table are often unpunctuated cells: a style, not a cut.
  const family = families[groups.findIndex((g) => last !== null && g.includes(last))];
  const kin = groups.filter((_, i) => families[i] === family).flat();
  const completeShare = kin.filter((p) => endsComplete(p.text)).length / Math.max(1, kin.length);
  if (last && !endsComplete(last.text) && last.text.length >= 6 && completeShare >= 0.5) flagged.add(last);
  for (const p of [...flagged].sort((a, b) => a.line - b.line)) diagnostics.push(truncated(p));
}

/**
 * A document that ends on a unit heading with nothing under it, where the other units have
 * duties, was cut off after the heading.
 */
export function checkDanglingUnit(
  units: readonly ParsedUnit[],
  lastContentLine: number,
  diagnostics: Diagnostic[],
): void {
  const last = units.at(-1);
  // Only the last unit's own list counts: affiliated units are often listed as bare names.
  const siblings = units.filter((u) => u.kind === last?.kind);
  if (!last || last.line < lastContentLine || siblings.length < 3) return;
  if (last.duties.length > 0 || last.people.length > 0 || last.units.length > 0) return;
  const withDuties = siblings.filter((u) => u.duties.length > 0).length;
  if (withDuties < (siblings.length - 1) * (2 / 3)) return;
  diagnostics.push(diagnostic('truncated', last.line, { context: 'unit', unit: last.name }));
}
