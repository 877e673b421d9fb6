// The booklet (机构设置与职责手册), A4 portrait throughout: cover, table of contents with page
// numbers, the chart, the office's duties, then every unit's duty sheet flowing on.
import type { ReactNode } from 'react';
import type { PagePart } from '../../shared/chart/flow.ts';
import type { OfficeDetail } from '../../shared/types.ts';
import { printed } from '../i18n.ts';
import { blockStarts, FlowedPages, SheetPage, type SheetBlock, type SheetFrame } from './DutySheets.tsx';
import { dataDate, InternalMark, today } from './furniture.tsx';

/** Table-of-contents rows per page: fixed-height rows (page-style.ts), so the count of
 *  contents pages is known before anything is measured. */
export const TOC_ROWS_PER_PAGE = 30;

export function tocPageCount(blocks: SheetBlock[]): number {
  // One row for the chart, one per block.
  return Math.ceil((blocks.length + 1) / TOC_ROWS_PER_PAGE);
}

interface TocRow {
  key: string;
  text: string;
  depth: number;
  page: number;
}

function Contents({ rows, frame, first }: { rows: TocRow[]; frame: SheetFrame; first: number }) {
  const chunks: TocRow[][] = [];
  for (let i = 0; i < rows.length; i += TOC_ROWS_PER_PAGE) chunks.push(rows.slice(i, i + TOC_ROWS_PER_PAGE));
  return (
    <>
      {chunks.map((chunk, i) => (
        <SheetPage key={i} frame={frame} n={first + i} testId="booklet-contents">
          <h2 className="oa-toc-title">{printed(i === 0 ? 'contents' : 'contentsContinued')}</h2>
          <ol className="oa-toc">
            {chunk.map((r) => (
              <li key={r.key} style={{ paddingLeft: `${r.depth * 1.5}em` }}>
                <span className="oa-toc-text">{r.text}</span>
                <span className="oa-toc-leader" aria-hidden="true" />
                <span className="oa-toc-page">{r.page}</span>
              </li>
            ))}
          </ol>
        </SheetPage>
      ))}
    </>
  );
}

export interface BookletProps {
  office: OfficeDetail;
  internal: boolean;
  blocks: SheetBlock[];
  pages: PagePart[][];
  chartPageCount: number;
  /** The chart pages, given the number of their first page and the booklet's page count. */
  chart: (first: number, total: number) => ReactNode;
}

export function bookletPageCount(blocks: SheetBlock[], pages: PagePart[][], chartPageCount: number): number {
  return 1 + tocPageCount(blocks) + chartPageCount + pages.length;
}

export function Booklet({ office, internal, blocks, pages, chartPageCount, chart }: BookletProps) {
  const tocPages = tocPageCount(blocks);
  const chartFirst = 2 + tocPages;
  const sheetsFirst = chartFirst + chartPageCount;
  const total = bookletPageCount(blocks, pages, chartPageCount);
  const frame: SheetFrame = { office, internal, total };
  const starts = blockStarts(pages, sheetsFirst);
  const rows: TocRow[] = [
    { key: 'chart', text: printed('title.chart'), depth: 0, page: chartFirst },
    ...blocks.map((b, i) => ({
      key: b.key,
      text: b.key === 'office' ? printed('officeDuties') : b.name,
      depth: b.key === 'office' ? 0 : b.depth,
      page: starts.get(i)!,
    })),
  ];
  return (
    <>
      <SheetPage frame={frame} n={1} testId="booklet-cover" header={false}>
        <div className="oa-cover">
          {internal && <InternalMark />}
          <h1>{office.name}</h1>
          {office.aliases.length > 0 && <p>（{office.aliases.join('、')}）</p>}
          <p className="oa-cover-title">{printed('title.booklet')}</p>
          <p>{dataDate(office)}</p>
          <p>{printed('printedOn', { date: today() })}</p>
        </div>
      </SheetPage>
      <Contents rows={rows} frame={frame} first={2} />
      {chart(chartFirst, total)}
      <FlowedPages blocks={blocks} pages={pages} frame={frame} first={sheetsFirst} />
    </>
  );
}
