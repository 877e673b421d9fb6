// The printed pages of the sheet the route selects (the chart, a unit's duty sheet, or the
// booklet), in a print layer at the end of <body>: shown as the preview on screen and the
// only thing printed. `data-ready` marks it ready to print.
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ChartLayout, PrintPlan } from '../../shared/chart/types.ts';
import type { OfficeDetail } from '../../shared/types.ts';
import { bookletPages } from '../../shared/chart/booklet.ts';
import { Booklet, bookletContents } from './Booklet.tsx';
import { ChartPages } from './ChartPages.tsx';
import type { PagePart } from '../../shared/chart/flow.ts';
import { FlowedPages, type SheetBlock } from './DutySheets.tsx';
import { dataDate } from './furniture.tsx';
import type { Sheet } from './params.ts';

export interface PrintedSheet {
  sheet: Sheet;
  office: OfficeDetail;
  unitId: number | null;
  layout: ChartLayout;
  plan: PrintPlan;
  internal: boolean;
  blocks: SheetBlock[];
  /** The sheets' pages as flowed, null until measured. */
  pages: PagePart[][] | null;
}

/** How many pages the sheet prints (the chart's tiles until the sheets are flowed). */
export function printedPageCount({ sheet, plan, blocks, pages }: PrintedSheet): number {
  if (sheet === 'chart' || !pages) return plan.tiles.length;
  return sheet === 'unit'
    ? pages.length
    : bookletPages(bookletContents(blocks).pages.length, pages, plan.tiles.length).total;
}

function Printed(p: PrintedSheet) {
  const { t } = useTranslation('translation', { keyPrefix: 'chart' });
  const { sheet, office, layout, plan, internal, blocks, pages } = p;
  const date = dataDate(office);
  if (sheet === 'chart')
    return <ChartPages layout={layout} plan={plan} office={office.name} date={date} internal={internal} />;
  if (sheet === 'unit' && blocks.length === 0)
    return <p role="alert">{t('noUnit', { office: office.name, unit: p.unitId })}</p>;
  if (!pages) return null;
  if (sheet === 'unit')
    return <FlowedPages blocks={blocks} pages={pages} frame={{ office, internal, total: pages.length }} first={1} />;
  return (
    <Booklet
      office={office}
      internal={internal}
      blocks={blocks}
      pages={pages}
      chartPageCount={plan.tiles.length}
      chart={(first, total) => (
        <ChartPages
          layout={layout}
          plan={plan}
          office={office.name}
          date={date}
          internal={internal}
          first={first}
          total={total}
        />
      )}
    />
  );
}

const PX_PER_MM = 96 / 25.4;
/** Room kept around a previewed page on screen. */
const PREVIEW_GAP_PX = 32;

/** On screen a previewed page is shown whole: scaled down (never up) to the window's height
 *  and width. Printing ignores the scale (it is applied in screen media only). */
function usePreviewScale(root: RefObject<HTMLDivElement | null>, chartPaperMm: [number, number], on: boolean) {
  const [chartW, chartH] = chartPaperMm;
  useLayoutEffect(() => {
    const el = root.current;
    if (!el || !on) return;
    const scale = ([w, h]: [number, number]) =>
      String(
        Math.min(
          1,
          (window.innerHeight - PREVIEW_GAP_PX) / (h * PX_PER_MM),
          (el.clientWidth - PREVIEW_GAP_PX) / (w * PX_PER_MM),
        ),
      );
    const apply = () => {
      el.style.setProperty('--oa-chart-page-scale', scale([chartW, chartH]));
      el.style.setProperty('--oa-sheet-page-scale', scale([210, 297]));
    };
    apply();
    window.addEventListener('resize', apply);
    return () => window.removeEventListener('resize', apply);
  }, [root, chartW, chartH, on]);
}

export function PrintLayer({
  printed,
  preview,
  ready,
  chartPaperMm,
}: {
  printed: PrintedSheet;
  preview: boolean;
  ready: boolean;
  /** The chart pages' paper (the sheets are A4 portrait). */
  chartPaperMm: [number, number];
}) {
  const root = useRef<HTMLDivElement>(null);
  usePreviewScale(root, chartPaperMm, preview);
  return createPortal(
    <div
      ref={root}
      className={`oa-print-root${preview ? ' oa-print-preview' : ''}`}
      data-testid="print-root"
      data-ready={ready ? 'true' : undefined}
    >
      <Printed {...printed} />
    </div>,
    document.body,
  );
}
