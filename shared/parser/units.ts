// Units listed on one line: `内设机构：办公室、政策法规处、人事处。`
import { looksLikeOrgName } from './names.ts';

/** `办公室、政策法规处、人事处。` (after an optional `内设机构：`): the names, or null. */
export function inlineUnitList(text: string): string[] | null {
  const colon = /[:：]/.exec(text);
  const list = (colon ? text.slice(colon.index + 1) : text).replace(/[。；;]$/, '');
  const items = splitTopLevel(list).map((s) => s.trim());
  // `设有办公室、…、人事处等5个处室`: the lead word before the first name, the count after the last.
  items[0] = items[0].replace(/^(?:设有|下设|包括|分别是|分别为|即)/, '');
  items[items.length - 1] = items[items.length - 1].replace(/等(?:[\d一二三四五六七八九十两]+个\S*)?$/, '');
  if (items.length < 2 || !items.every((s) => looksLikeOrgName(s))) return null;
  return items;
}

/** Splits at 、，, outside parentheses. */
function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
    else if (depth === 0 && (ch === '、' || ch === '，' || ch === ',')) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}
