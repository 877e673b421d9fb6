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
  return parts.filter((p) => p !== '');
}

function opensParagraph(before: string): boolean {
  return classifyHeading(before) !== null || looksLikeOrgName((parseLabel(before)?.rest ?? before).trim());
}
