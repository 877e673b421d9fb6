// Embeds the slices of the web font that an exported SVG needs, so the SVG file and the PNG
// drawn from it use the same Noto Sans SC as the screen and the PDF on any machine (an SVG
// shown as an image may not load fonts from outside itself).

const FAMILY = 'Noto Sans SC';

/** Whether a CSS unicode-range (`U+4e00-4e5f,U+30??`) covers any of `codes`. */
export function rangeCovers(range: string, codes: ReadonlySet<number>): boolean {
  return range.split(',').some((part) => {
    const m = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/i.exec(part.trim());
    if (!m) return false;
    const lo = parseInt(m[1]!.replace(/\?/g, '0'), 16);
    const hi = m[2] ? parseInt(m[2], 16) : parseInt(m[1]!.replace(/\?/g, 'f'), 16);
    for (const c of codes) if (c >= lo && c <= hi) return true;
    return false;
  });
}

async function dataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/woff2;base64,${btoa(binary)}`;
}

/** @font-face rules with inlined woff2 data for the characters of `text`; empty when the
 *  font files cannot be read (then the SVG falls back to the fonts of the machine). */
export async function embeddedFontCss(text: string): Promise<string> {
  const codes = new Set([...text].map((ch) => ch.codePointAt(0)!));
  const wanted: { url: string; weight: string; range: string }[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      if (rule.style.getPropertyValue('font-family').replace(/["']/g, '').trim() !== FAMILY) continue;
      const range = rule.style.getPropertyValue('unicode-range');
      if (range && !rangeCovers(range, codes)) continue;
      const src = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(rule.style.getPropertyValue('src'));
      if (!src) continue;
      wanted.push({
        url: new URL(src[1]!, sheet.href ?? document.baseURI).href,
        weight: rule.style.getPropertyValue('font-weight'),
        range,
      });
    }
  }
  try {
    const faces = await Promise.all(
      wanted.map(
        async (w) =>
          `@font-face{font-family:'${FAMILY}';font-weight:${w.weight};src:url(${await dataUrl(w.url)}) format('woff2');${w.range ? `unicode-range:${w.range};` : ''}}`,
      ),
    );
    return faces.join('\n');
  } catch {
    return '';
  }
}
