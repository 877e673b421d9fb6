// The body a site's footer says runs it (`主办单位：丹霞市统计局　承办：…`, `主办：X`, `X主办`):
// for a page that names no office, the office is that body. Read from text copies (assemble.ts)
// and from saved pages' footers (electron/node/documents/html.ts) alike.
import { looksLikeOrgName } from './names.ts';

const HOST =
  /(?:主办单位|主办)[:：][\s\u3000]*([^\s\u3000|｜:：]{2,40})|^([^\s\u3000:：|｜]{2,40}?)[\s\u3000]*主办(?![单:：])/;

/** The body a footer line names as the site's host, or null. */
export function siteHostIn(line: string): string | null {
  const m = HOST.exec(line);
  const name = m ? (m[1] ?? m[2]!) : null;
  return name !== null && looksLikeOrgName(name, 40) ? name : null;
}
