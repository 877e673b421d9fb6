// The booklet's page numbers (cover, contents, the chart, then the duty sheets as flow.ts
// set them), counted in one place, so the contents' page numbers, 第 n 页 / 共 N 页 and the
// preview's page count agree.
import type { PagePart } from './flow.ts';

export interface BookletPages {
  /** Contents pages, from page 2 (contents.ts sets them): one row for the chart, one per
   *  block. */
  tocPages: number;
  chartFirst: number;
  sheetsFirst: number;
  total: number;
  /** The page each block's sheet starts on, by block index. */
  starts: number[];
}

export function bookletPages(tocPages: number, pages: PagePart[][], chartPageCount: number): BookletPages {
  const chartFirst = 2 + tocPages;
  const sheetsFirst = chartFirst + chartPageCount;
  const starts: number[] = [];
  pages.forEach((parts, i) => parts.forEach((p) => p.from === 0 && (starts[p.block] = sheetsFirst + i)));
  return { tocPages, chartFirst, sheetsFirst, total: sheetsFirst - 1 + pages.length, starts };
}
