// Pages whose line breaks were lost keep each paragraph's indentation (two full-width spaces)
// in the middle of one long line. Such a line is read as the paragraphs it contains, all
// with that line's number.
import { classifyHeading } from './headings.ts';
import { looksLikeOrgName } from './names.ts';
import { parseLabel } from './numbering.ts';

const INDENT = /[\u3000]{2,}/g;

/** The paragraphs of one cleaned line: itself, unless it holds indented paragraphs. */
export function splitParagraphs(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const m of text.matchAll(INDENT)) {
    const at = m.index ?? 0;
    // Split only after a finished sentence, a heading or a unit name, never inside
    // `局长　　张三`. Headings and names are short, which keeps this linear.
    const sentenceEnd = /[。；;！!？?]/.test(text[at - 1] ?? '');
    if (sentenceEnd || (at - start <= 60 && opensParagraph(text.slice(start, at)))) {
      parts.push(text.slice(start, at));
      start = at + m[0].length;
    }
  }
  parts.push(text.slice(start));
  return parts.filter((p) => p !== '').flatMap((p) => numberedNames(p) ?? [p]);
}

// `（一）办公室。（二）政策法规处。…`: a list of numbered unit names run into one paragraph.
const INLINE_LABEL = /[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]/g;

/**
 * A paragraph listing three or more numbered names (after a lead-in such as `X内设22个处室：`)
 * as the lead-in, one line per name, and what follows the last name's full stop (`另设A、B。`);
 * null when any item is more than a name (numbered duties stay one paragraph each).
 */
function numberedNames(text: string): string[] | null {
  const labels = [...text.matchAll(INLINE_LABEL)];
  if (labels.length < 3) return null;
  const parts = [text.slice(0, labels[0]!.index)];
  let rest = '';
  for (let k = 0; k < labels.length; k++) {
    let item = text.slice(labels[k]!.index, labels[k + 1]?.index ?? text.length);
    if (k === labels.length - 1) {
      const stop = item.search(/[。；;]/);
      if (stop >= 0) [item, rest] = [item.slice(0, stop + 1), item.slice(stop + 1)];
    }
    const name = item
      .slice(labels[k]![0].length)
      .trim()
      .replace(/[。；;，,、]$/, '');
    if (name.length > 20 || !looksLikeOrgName(name)) return null;
    parts.push(item);
  }
  // `离退休干部处。直属机关党委。` after the numbered ones: more names, one a sentence.
  const more = rest.split(/(?<=。)/).map((p) => p.trim());
  const names = more.every((p) => p === '' || looksLikeOrgName(p.replace(/。$/, '')));
  return [...parts, ...(names ? more : [rest])].map((p) => p.trim()).filter((p) => p !== '');
}

function opensParagraph(before: string): boolean {
  return classifyHeading(before) !== null || looksLikeOrgName((parseLabel(before)?.rest ?? before).trim());
}
