// A numbered list run into one line: `1.负责…；2.协助…；3.承担…。` (a unit's duties after
// `主要职责：` on a copied page). Each clause is one item, found only when every clause after a
// `；` opens with the next number of the same style, so a `；` inside an item splits nothing.
import { parseLabel, type Label } from './numbering.ts';

/** The items of a line numbered inline, labels kept (two or more), or null for any other line. */
export function inlineNumberedItems(text: string): Label[] | null {
  const clauses = text.match(/[^；;]+(?:[；;]|$)/g) ?? [];
  if (clauses.length < 2) return null;
  const labels = clauses.map((c) => parseLabel(c.trim()));
  const first = labels[0];
  if (!first || first.start !== 1) return null;
  const ordered = labels.every((l, k) => l !== null && l.style === first.style && l.start === k + 1);
  return ordered ? (labels as Label[]) : null;
}
