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

// `…工作：一是开展…；二是承担…；三是…。`: duties counted in words inside a paragraph. A marker
// opens the paragraph or follows a stop, so `统一是` or `唯一是` inside a clause is none.
const ORDINAL = /(?<=^|[：:；;，,。])[\s\u3000]*([一二三四五六七八九十]{1,2})是(?=\p{Script=Han})/gu;
const ORDER = '一二三四五六七八九十';

/**
 * The items of a paragraph that counts them `一是…二是…` (two or more, in order from 一, the
 * markers left off), and the lead-in before the first (`主要工作：`, '' when none); null for
 * any other paragraph.
 */
export function ordinalItems(text: string): { lead: string; items: string[] } | null {
  const marks = [...text.matchAll(ORDINAL)];
  if (marks.length < 2 || !marks.every((m, k) => m[1] === ORDER[k])) return null;
  const items = marks.map((m, k) => text.slice(m.index + m[0].length, marks[k + 1]?.index ?? text.length).trim());
  return { lead: text.slice(0, marks[0]!.index).trim(), items };
}
