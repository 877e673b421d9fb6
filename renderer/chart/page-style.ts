// Page size for printing: named @page rules built from the print setup, installed as a
// constructed stylesheet (the strict CSP allows no inline <style>), and a body class that
// hides everything but the print pages while a chart view is open. Page numbers are set on
// the pages themselves (the booklet's contents need them before printing).
import { useEffect } from 'react';
import { PAGE_MARGIN_MM } from '../../shared/chart/page.ts';

/** A4 portrait sheets (duty sheets, the booklet): margins, and the page box inside them, a
 *  little short so rounding never spills onto a blank page. */
export const SHEET_MARGIN_MM = { top: 16, side: 18, bottom: 18 };
export const SHEET_PAGE_MM: [number, number] = [
  210 - 2 * SHEET_MARGIN_MM.side,
  297 - SHEET_MARGIN_MM.top - SHEET_MARGIN_MM.bottom - 0.5,
];
export const SHEET_HEADER_MM = 10;
export const SHEET_FOOTER_MM = 8;
export const SHEET_BODY_MM = SHEET_PAGE_MM[1] - SHEET_HEADER_MM - SHEET_FOOTER_MM;

export function pageCss(chartPageMm: [number, number]): string {
  const [w, h] = chartPageMm;
  const m = SHEET_MARGIN_MM;
  return [
    `@page { size: ${w}mm ${h}mm; margin: ${PAGE_MARGIN_MM}mm; }`,
    `@page oa-chart { size: ${w}mm ${h}mm; margin: ${PAGE_MARGIN_MM}mm; }`,
    `@page oa-sheet { size: 210mm 297mm; margin: ${m.top}mm ${m.side}mm ${m.bottom}mm; }`,
  ].join('\n');
}

/** Installs the page rules and the printing body class; returns the undo. */
export function installPrintStyle(css: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  document.body.classList.add('oa-printing');
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    document.body.classList.remove('oa-printing');
  };
}

/** While the chart view is open: its page rules, and a document title naming the sheet
 *  (Chromium's Save as PDF names the file after it). */
export function usePrintPage([widthMm, heightMm]: [number, number], title: string): void {
  useEffect(() => installPrintStyle(pageCss([widthMm, heightMm])), [widthMm, heightMm]);
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}
