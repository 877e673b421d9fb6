// Web page -> lines, with linkedom: a small, maintained DOM for Node that parses real-world
// (unclosed, malformed) HTML and answers querySelectorAll, which is all the content finder
// needs; it has none of jsdom's weight (no layout, no scripts, nothing fetched).
import { UnreadableDocument, type Extracted } from './extracted.ts';
import { decodeHtml } from './html-charset.ts';
import { findMainContent, isFurnitureLine } from './html-content.ts';
import { linkedom, type DomDocument } from './html-dom.ts';
import { elementLines } from './html-lines.ts';
import { countHan } from '../../../shared/text/han.ts';

/** Less Chinese text than this in the content and the page has nothing to read. */
const MIN_HAN = 20;

/** The page's DOM; a fragment (markup saved without <html> and <body>) gets them around it. */
export function parseHtmlDocument(html: string): DomDocument {
  const page = /<(?:html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return linkedom().parseHTML(page).document as unknown as DomDocument;
}

/** The page's main content as lines (no furniture); the page heading first when the content has none. */
export function htmlContentLines(html: string): string[] {
  const content = findMainContent(parseHtmlDocument(html));
  if (!content) return [];
  const lines = content.blocks.flatMap((block) => elementLines(block)).filter((line) => !isFurnitureLine(line));
  if (content.heading && !lines.slice(0, 3).some((line) => line.includes(content.heading!)))
    lines.unshift(content.heading);
  return lines;
}

/** `encoding` forces the page's encoding; `charset` is one declared outside it (see decodeHtml). */
export function readHtml(bytes: Uint8Array, encoding?: string, charset?: string): Extracted {
  const decoded = decodeHtml(bytes, encoding, charset);
  if (!decoded.ok) throw new UnreadableDocument(decoded.message);
  const lines = htmlContentLines(decoded.text);
  const han = countHan(lines.join(''));
  if (han < MIN_HAN)
    throw new UnreadableDocument('is a web page with no office content in it (only navigation, links or scripts)');
  return {
    format: 'html',
    lines,
    encoding: `html:${decoded.encoding}`,
    ...(decoded.note ? { note: decoded.note } : {}),
  };
}
