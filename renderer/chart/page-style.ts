// Page size and page numbers for printing: named @page rules built from the print setup,
// installed as a constructed stylesheet (the strict CSP allows no inline <style>), and a
// body class that hides everything but the chart's print pages while a chart view is open.
import { PAGE_MARGIN_MM } from '../../shared/chart/page.ts';

export const SHEET_MARGIN_MM = { top: 16, side: 18, bottom: 18 };

const PAGE_NUMBER = `@bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; font-size: 9pt; color: #000; }`;

export function pageCss(chartPageMm: [number, number], numbered: boolean): string {
  const [w, h] = chartPageMm;
  const numbers = numbered ? PAGE_NUMBER : '';
  const m = SHEET_MARGIN_MM;
  return [
    `@page { size: ${w}mm ${h}mm; margin: ${PAGE_MARGIN_MM}mm; }`,
    `@page oa-chart { size: ${w}mm ${h}mm; margin: ${PAGE_MARGIN_MM}mm; ${numbers} }`,
    `@page oa-sheet { size: 210mm 297mm; margin: ${m.top}mm ${m.side}mm ${m.bottom}mm; ${PAGE_NUMBER} }`,
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
