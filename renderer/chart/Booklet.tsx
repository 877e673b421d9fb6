// The booklet (机构设置与职责手册), A4 portrait throughout: cover, table of contents with page
// numbers, the chart, the office's duties, then every unit's duty sheet flowing on.
import type { ReactNode } from 'react';
import { bookletPages, TOC_ROWS_PER_PAGE } from '../../shared/chart/booklet.ts';
import type { PagePart } from '../../shared/chart/flow.ts';
import type { OfficeDetail } from '../../shared/types.ts';
import { printed } from '../i18n.ts';
import { FlowedPages, SheetPage, type SheetBlock, type SheetFrame } from './DutySheets.tsx';
import { dataDate, InternalMark, today } from './furniture.tsx';

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

export function Booklet({ office, internal, blocks, pages, chartPageCount, chart }: BookletProps) {
  const { chartFirst, sheetsFirst, total, starts } = bookletPages(blocks.length, pages, chartPageCount);
  const frame: SheetFrame = { office, internal, total };
  const rows: TocRow[] = [
    { key: 'chart', text: printed('title.chart'), depth: 0, page: chartFirst },
    ...blocks.map((b, i) => ({
      key: b.key,
      text: b.key === 'office' ? printed('officeDuties') : b.name,
      depth: b.key === 'office' ? 0 : b.depth,
      page: starts[i]!,
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
