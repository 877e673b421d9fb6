// The booklet (机构设置与职责手册), A4 portrait throughout: cover, table of contents with page
// numbers, the chart, the office's duties, then every unit's duty sheet flowing on.
import type { ReactNode } from 'react';
import { bookletPages } from '../../shared/chart/booklet.ts';
import { contentsLines, contentsPages, type ContentsMeasure } from '../../shared/chart/contents.ts';
import type { PagePart } from '../../shared/chart/flow.ts';
import type { OfficeDetail } from '../../shared/types.ts';
import { printed } from '../i18n.ts';
import { FlowedPages, SheetPage, type SheetBlock, type SheetFrame } from './DutySheets.tsx';
import { dataDate, InternalMark, today } from './furniture.tsx';
import { cellWidth } from './measure.ts';
import { SHEET_PAGE_MM } from './page-style.ts';

/** The contents' type (chart.css: the sheets' 11 pt) and indent per level, and the room kept
 *  for the leader and a page number of up to four digits. Measured bold (cellWidth), which
 *  errs on the wide side for the regular contents text. */
const TOC_EM_PX = (11 * 96) / 72;
const TOC_INDENT_EMS = 1.5;
const TOC_NUMBER_EMS = 4.5;

interface TocRow {
  key: string;
  lines: string[];
  depth: number;
  page: number;
}

/** The contents' rows (the chart, then each block) wrapped, and the rows on each page. */
export function bookletContents(blocks: SheetBlock[]): { rows: Omit<TocRow, 'page'>[]; pages: number[][] } {
  const entries = [
    { key: 'chart', text: printed('title.chart'), depth: 0 },
    ...blocks.map((b) => ({
      key: b.key,
      text: b.key === 'office' ? printed('officeDuties') : b.name,
      depth: b.key === 'office' ? 0 : b.depth,
    })),
  ];
  const measure: ContentsMeasure = {
    lineWidth: (SHEET_PAGE_MM[0] * 96) / 25.4,
    emPx: TOC_EM_PX,
    indentEms: TOC_INDENT_EMS,
    numberEms: TOC_NUMBER_EMS,
    width: (text) => cellWidth(text, TOC_EM_PX),
  };
  const lines = contentsLines(entries, measure);
  const rows = entries.map((e, i) => ({ key: e.key, depth: e.depth, lines: lines[i]! }));
  return { rows, pages: contentsPages(lines.map((l) => l.length)) };
}

function Contents({
  rows,
  pages,
  frame,
  first,
}: {
  rows: TocRow[];
  pages: number[][];
  frame: SheetFrame;
  first: number;
}) {
  return (
    <>
      {pages.map((onPage, i) => (
        <SheetPage key={i} frame={frame} n={first + i} testId="booklet-contents">
          <h2 className="oa-toc-title">{printed(i === 0 ? 'contents' : 'contentsContinued')}</h2>
          <ol className="oa-toc">
            {onPage.map((at) => {
              const r = rows[at]!;
              return (
                <li key={r.key} style={{ paddingLeft: `${r.depth * TOC_INDENT_EMS}em` }}>
                  {r.lines.slice(0, -1).map((line, j) => (
                    <span key={j} className="oa-toc-line">
                      <span className="oa-toc-text">{line}</span>
                    </span>
                  ))}
                  <span className="oa-toc-line">
                    <span className="oa-toc-text">{r.lines.at(-1)}</span>
                    <span className="oa-toc-leader" aria-hidden="true" />
                    <span className="oa-toc-page">{r.page}</span>
                  </span>
                </li>
              );
            })}
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
  const contents = bookletContents(blocks);
  const { chartFirst, sheetsFirst, total, starts } = bookletPages(contents.pages.length, pages, chartPageCount);
  const frame: SheetFrame = { office, internal, total };
  const rows: TocRow[] = contents.rows.map((r, i) => ({ ...r, page: i === 0 ? chartFirst : starts[i - 1]! }));
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
      <Contents rows={rows} pages={contents.pages} frame={frame} first={2} />
      {chart(chartFirst, total)}
      <FlowedPages blocks={blocks} pages={pages} frame={frame} first={sheetsFirst} />
    </>
  );
}
