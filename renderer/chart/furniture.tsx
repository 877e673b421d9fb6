// Printed page furniture: the header with the office name and the sheet's title, the
// footer with the data's date, the print date and the page number, the optional 内部资料
// mark, and the assembly guide of a tiled chart.
import type { OfficeDetail } from '../../shared/types.ts';
import type { PrintPlan } from '../../shared/chart/types.ts';
import { FOOTER_MM, HEADER_MM, PAGE_MARGIN_MM } from '../../shared/chart/page.ts';
import { printed } from '../i18n.ts';
import { zh } from '../locales/zh.ts';

/** The data's date as printed: the source's own as-of date, or, for a source that gives none,
 *  that it gives none and when it was imported (never today's date passed off as the data's). */
export function dataDate(office: Pick<OfficeDetail, 'asOf' | 'source'>): string {
  if (office.asOf) return printed('asOf', { date: office.asOf });
  const imported = office.source.importedAt.slice(0, 10);
  return imported ? printed('undatedImported', { date: imported }) : printed('undated');
}

export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function pageNumber(n: number, total: number): string {
  return printed('pageNumber', { n, total });
}

const strings = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : strings(v)));

/** Every fixed text the printed pages use, so its glyphs are loaded before printing: the
 *  locale's printed strings without their placeholders, the separators the pages join names
 *  with, and what fills the placeholders (digits and dates). */
export const PRINTED_LABELS =
  strings(zh.printed)
    .map((s) => s.replace(/\{\{\w+\}\}/g, ''))
    .join('') + '、　0123456789-/.';

export function InternalMark() {
  return <span className="oa-internal">{printed('internal')}</span>;
}

/** Which sheet goes where: one cell per tile, rows as the chart's rows, each numbered with
 *  its page. Drawn only when small enough to read; otherwise the footers' row and column
 *  say it. */
/** The title's type size (page-style: .oa-print-header h1), and the smallest it shrinks to
 *  so that a long office name still fits on one header line. */
const TITLE_PT = 15;
const TITLE_MIN_PT = 9;
export const INTERNAL_MARK_MM = 24;

/** Header width the title takes at `pt`: one em per character, plus the gap before the title. */
const titleWidthMm = (text: string, pt: number) => (text.length * pt * 25.4) / 72 + 8;

/** Width of `text` in ems: one a character, 0.6 for a half-width one (digits of a date),
 *  which errs wide for the chart font. */
export const emsOf = (text: string) => [...text].reduce((n, ch) => n + (/^[ -~]$/.test(ch) ? 0.6 : 1), 0);

/** The largest size from `minPt` up to `maxPt` at which `text` fits `widthMm`. */
export function fittingPt(text: string, widthMm: number, maxPt: number, minPt: number): number {
  const fits = (widthMm * 72) / 25.4 / Math.max(1, emsOf(text));
  return Math.max(minPt, Math.min(maxPt, Math.floor(fits * 10) / 10));
}

/** The largest title size up to 15 pt at which the title fits the header's width. */
const titlePt = (text: string, widthMm: number) => fittingPt(text, widthMm - 8, TITLE_PT, TITLE_MIN_PT);

function AssemblyGuide({ plan, first, widthMm }: { plan: PrintPlan; first: number; widthMm: number }) {
  const CELL_H = 3.8;
  const rows = plan.rows;
  // Cells narrow with more columns to fit beside the title (the label takes 14 mm), never
  // below what two digits at 8.8 pt need.
  const cellW = Math.min(7, (widthMm - 14) / plan.cols);
  if (rows > 3 || cellW < 5)
    return <span className="oa-assembly">{printed('assemblyInFooter', { count: plan.tiles.length })}</span>;
  return (
    <span className="oa-assembly" data-testid="assembly-guide">
      <span>{printed('assembly')}</span>
      <svg
        width={`${plan.cols * cellW}mm`}
        height={`${rows * CELL_H}mm`}
        viewBox={`0 0 ${plan.cols * cellW} ${rows * CELL_H}`}
        aria-label={printed('assembly')}
      >
        {plan.tiles.map((t) => (
          <g key={t.index} transform={`translate(${t.col * cellW} ${t.row * CELL_H})`}>
            <rect
              x={0.15}
              y={0.15}
              width={cellW - 0.3}
              height={CELL_H - 0.3}
              fill={t.index === 1 ? '#e5e7eb' : '#fff'}
              stroke="#000"
              strokeWidth={0.2}
            />
            <text x={cellW / 2} y={CELL_H / 2} fontSize={3.1} textAnchor="middle" dominantBaseline="central">
              {first + t.index - 1}
            </text>
          </g>
        ))}
      </svg>
    </span>
  );
}

export function PrintHeader({
  office,
  title,
  internal,
  pageWidthMm,
  guide,
}: {
  office: string;
  title: string;
  internal: boolean;
  pageWidthMm: number;
  guide?: { plan: PrintPlan; first: number };
}) {
  const widthMm = pageWidthMm - 2 * PAGE_MARGIN_MM - (internal ? INTERNAL_MARK_MM : 0);
  const pt = titlePt(office + title, widthMm);
  const free = guide ? widthMm - titleWidthMm(office + title, pt) : 0;
  return (
    <header className="oa-print-header" style={{ height: `${HEADER_MM}mm` }}>
      <h1 style={pt < TITLE_PT ? { fontSize: `${pt}pt` } : undefined}>
        {office}
        <span className="oa-print-title">{title}</span>
      </h1>
      {guide && <AssemblyGuide plan={guide.plan} first={guide.first} widthMm={free} />}
      {internal && <InternalMark />}
    </header>
  );
}

export function PrintFooter({ date, labels }: { date: string; labels: string[] }) {
  return (
    <footer className="oa-print-footer" style={{ height: `${FOOTER_MM}mm` }}>
      <span>
        {date}　{printed('printedOn', { date: today() })}
      </span>
      {labels.length > 0 && <span className="oa-tile-label">{labels.join('　')}</span>}
    </footer>
  );
}
