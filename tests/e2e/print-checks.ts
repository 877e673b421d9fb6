// The checks every printed chart passes, read back from its PDF (pdf.ts) and, for what the
// PDF's text cannot tell (a box's frame), from the print layer the PDF was printed from:
// - every unit name appears whole, on exactly one page (tiles never overlap);
// - no two pages carry the same set of names;
// - the smallest glyph is at least 8 pt;
// - a one-page chart spans at least half its page's width or height; a tiled one says on
//   every sheet where it goes and where its lines continue;
// - no text overlaps other text, and no text crosses its box's frame.
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { LEGEND_MM } from '../../shared/chart/page.ts';
import { zh } from '../../renderer/locales/zh.ts';
import { embeddedNotoSansSc, hasWhole, typeSize, type Pdf, type PdfPage, type Word } from './pdf.ts';

export const MM = 72 / 25.4;
/** The chart body of a printed chart page: below the 10 mm margin and 14 mm header, above
 *  the 8 mm footer (pdftotext gives pt from the page's top-left). */
const BODY_TOP = 24 * MM;
const BODY_BOTTOM = 18 * MM;

export const PAPER_MM = { A4: [210, 297], A3: [297, 420] } as const;

export function pageMm(paper: keyof typeof PAPER_MM, orientation: 'landscape' | 'portrait'): [number, number] {
  const [short, long] = PAPER_MM[paper];
  return orientation === 'landscape' ? [long, short] : [short, long];
}

/** Names that are part of another printed name are looked for only as present somewhere. */
function standalone(names: string[]): string[] {
  return names.filter((n) => !names.some((m) => m !== n && m.includes(n)));
}

function namesOn(p: PdfPage, names: string[]): string[] {
  return names.filter((n) => hasWhole(p, n));
}

const LEGEND_LABELS = new Set(Object.values(zh.printed.legend));

/** A word of the legend: one of its labels in the strip above the footer (planPrint keeps the
 *  chart out of it). Its type is fixed, so counting it as the chart's would hide how large
 *  the chart prints. */
function inLegend(p: PdfPage, w: Word): boolean {
  return LEGEND_LABELS.has(w.text) && w.yMin > p.height - BODY_BOTTOM - LEGEND_MM * MM - 1;
}

/** The smallest CJK type on the page, and the smallest of the chart's own (its boxes and
 *  marks: not the header, footer or legend). */
export function sizes(p: PdfPage): { min: number; chart: number } {
  let min = Infinity;
  let chart = Infinity;
  for (const w of p.words) {
    const size = typeSize(w);
    if (size === null) continue;
    min = Math.min(min, size);
    if (w.yMin > BODY_TOP && w.yMax < p.height - BODY_BOTTOM && !inLegend(p, w)) chart = Math.min(chart, size);
  }
  return { min, chart };
}

/** pdftotext's box of a word is the font's ascent to descent, about 1.45 em of Noto Sans SC:
 *  taller than the em square the glyphs take, so lines set at 1.35 and 竖排 characters set
 *  one em apart would seem to overlap. The em square, centred in that box, is what is checked. */
const BOX_PER_EM = 1.45;

function emBox(w: Word): Word {
  const em = (w.yMax - w.yMin) / BOX_PER_EM;
  const mid = (w.yMin + w.yMax) / 2;
  return { ...w, yMin: mid - em / 2, yMax: mid + em / 2 };
}

/** Pairs of words on the page whose glyphs overlap by more than a sliver. */
export function overlappingWords(p: PdfPage): [Word, Word][] {
  const out: [Word, Word][] = [];
  const ws = p.words.map(emBox).sort((a, b) => a.xMin - b.xMin);
  for (let i = 0; i < ws.length; i++) {
    const a = ws[i]!;
    for (let j = i + 1; j < ws.length && ws[j]!.xMin < a.xMax; j++) {
      const b = ws[j]!;
      const w = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const h = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      // A tenth of the smaller em either way: more than side bearings brushing.
      const tolerance = 0.1 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
      if (w > tolerance && h > tolerance) out.push([a, b]);
    }
  }
  return out;
}

/** The checks every printed chart passes; returns the chart's smallest type size. A chart
 *  printed at actual size (fit=0) need not fill its one page. */
export function checkChart(
  pdf: Pdf,
  units: string[],
  mm: [number, number],
  { fills = true, frames = 0 }: { fills?: boolean; frames?: number } = {},
): number {
  const pages = pdf.pages;
  expect(pages.length).toBeGreaterThan(0);
  for (const p of pages) {
    // Chromium rounds the page box to whole device pixels.
    expect(Math.abs(p.width - mm[0] * MM)).toBeLessThan(1.5);
    expect(Math.abs(p.height - mm[1] * MM)).toBeLessThan(1.5);
  }
  for (const name of units) {
    expect(
      pages.some((p) => hasWhole(p, name)),
      `${name} whole on some page of ${pdf.file}`,
    ).toBe(true);
  }
  // Tiles never overlap, so a name is on exactly one page.
  for (const name of standalone(units)) {
    expect(pages.filter((p) => hasWhole(p, name)).length, `${name} on one page of ${pdf.file}`).toBe(1);
  }
  const sets = pages.map((p) => namesOn(p, units).sort().join('|'));
  if (units.length) sets.forEach((s, i) => expect(s, `page ${i + 1} of ${pdf.file} shows a unit`).not.toBe(''));
  expect(new Set(sets).size, `no two pages of ${pdf.file} alike`).toBe(sets.length);
  pages.forEach((p, i) =>
    expect(
      overlappingWords(p).map(([a, b]) => `${a.text} × ${b.text}`),
      `text over text on page ${i + 1} of ${pdf.file}`,
    ).toEqual([]),
  );
  const measured = pages.map(sizes);
  const min = Math.min(...measured.map((m) => m.min));
  expect(min, `smallest glyph of ${pdf.file}`).toBeGreaterThanOrEqual(8 - 0.05);
  if (pages.length === 1 && fills) {
    const body = pages[0]!.words.filter((w) => w.yMin > BODY_TOP && w.yMax < pages[0]!.height - BODY_BOTTOM);
    const spanW = (Math.max(...body.map((w) => w.xMax)) - Math.min(...body.map((w) => w.xMin))) / pages[0]!.width;
    const spanH = (Math.max(...body.map((w) => w.yMax)) - Math.min(...body.map((w) => w.yMin))) / pages[0]!.height;
    // The text is the chart's least extent: boxes of one-character names are wider than their
    // text, so the span of the printed box frames (`frames`, from chartFrameSpan) counts too.
    expect(Math.max(spanW, spanH, frames), `${pdf.file} fills its page`).toBeGreaterThanOrEqual(0.5);
  } else if (pages.length > 1) {
    // Tiled: every sheet says where it goes and which pages its lines run on to; the first
    // carries the assembly guide.
    pages.forEach((p, i) => {
      expect(p.flat).toContain(`第${i + 1}页/共${pages.length}页`);
      expect(p.flat).toMatch(/拼接第\d+行第\d+列/);
      expect(p.flat).toMatch(/接第\d+页/);
    });
    expect(pages[0]!.flat).toContain('拼接示意');
  }
  expect(embeddedNotoSansSc(pdf.fonts).length).toBeGreaterThan(0);
  return Math.min(...measured.map((m) => m.chart));
}

/** Texts of the printed chart boxes that reach past their box's frame, as drawn by the
 *  browser (the PDF's text does not carry the frames). */
export async function textsOutsideBoxes(page: Page): Promise<string[]> {
  // The print layer is laid out as printed only in print media.
  await page.emulateMedia({ media: 'print' });
  // A string: the e2e specs compile without the DOM's types.
  const found = await page.evaluate<string[]>(`(() => {
    const out = [];
    // Half a CSS px for anti-aliasing and the frame's own stroke.
    const e = 0.5;
    for (const box of document.querySelectorAll('.oa-print-root .oa-box')) {
      const f = box.querySelector('rect').getBoundingClientRect();
      for (const text of box.querySelectorAll('text')) {
        const r = text.getBoundingClientRect();
        if (r.left < f.left - e || r.right > f.right + e || r.top < f.top - e || r.bottom > f.bottom + e)
          out.push(text.textContent);
      }
    }
    return out;
  })()`);
  await page.emulateMedia({ media: null });
  return found;
}

/** The share of the paper's width or height (whichever is more) the box frames of the first
 *  printed chart page span, as the browser lays the print layer out (96 CSS px an inch). */
export async function chartFrameSpan(page: Page, mm: [number, number]): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const [w, h] = await page.evaluate<[number, number]>(`(() => {
    const sheet = document.querySelector('.oa-print-root .oa-chart-page');
    const rects = sheet ? [...sheet.querySelectorAll('.oa-box rect')].map((r) => r.getBoundingClientRect()) : [];
    if (!rects.length) return [0, 0];
    return [
      Math.max(...rects.map((r) => r.right)) - Math.min(...rects.map((r) => r.left)),
      Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top)),
    ];
  })()`);
  await page.emulateMedia({ media: null });
  const px = (m: number) => (m / 25.4) * 96;
  return Math.max(w / px(mm[0]), h / px(mm[1]));
}
