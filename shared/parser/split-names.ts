// A numbered unit item whose name breaks across lines (`（二）住房保障和房地产市` over
// `场监管科。拟订…`), as a narrow reading view or a copied column wraps it: the first line is a
// label and part of a name, no sentence, no heading and no name yet; the next opens with the
// rest of the name up to its stop. The two lines are read as one on the second, the first
// left blank, so every line keeps its number and the joined line runs on into the next.
import { classifyHeading } from './headings.ts';
import { looksLikeOrgName } from './names.ts';
import { parseLabel } from './numbering.ts';

const FRAGMENT = /^\p{Script=Han}{2,20}$/u;
const REST_OF_NAME = /^(\p{Script=Han}{1,12})[。：:\s\u3000]/u;

function joins(first: string, next: string): boolean {
  const label = parseLabel(first);
  const part = label?.rest.trim() ?? '';
  if (!label || !FRAGMENT.test(part) || looksLikeOrgName(part) || classifyHeading(part)) return false;
  // A next line numbered itself is the next item (`（一）综合办事机构` over `1．党政综合办公室`).
  const rest = parseLabel(next) ? null : REST_OF_NAME.exec(next);
  return rest !== null && looksLikeOrgName(part + rest[1]!);
}

/** The cleaned lines with each unit name broken over two lines joined. */
export function joinSplitNames(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    if (!joins(out[i]!, out[i + 1]!)) continue;
    out[i + 1] = out[i]! + out[i + 1]!;
    out[i] = '';
  }
  return out;
}
