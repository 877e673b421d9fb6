// The booklet's flow and page numbers over random offices: the office's sheet and one per
// unit (in the order the booklet sets them), each a heading, its duties (or a line saying
// there are none) and a line naming its sub-units, with heights as sheets measure them, set
// on a body about as tall as the A4 sheet's (DutySheets.tsx, some 910 px) after the cover,
// the contents and the chart.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookletPages } from '../../../shared/chart/booklet.ts';
import { CONTENTS_LINES_PER_PAGE, contentsPages } from '../../../shared/chart/contents.ts';
import { flowPages, type FlowBlock, type PagePart } from '../../../shared/chart/flow.ts';
import { drawnArb, type Drawn } from './print-cases.ts';

const flat = (units: Drawn[]): Drawn[] => units.flatMap((x) => [x, ...flat(x.units)]);

/** Heights in px: a heading of one to three lines, duties of one line to a long clause list. */
const sheetArb = (subUnits: boolean): fc.Arbitrary<FlowBlock> =>
  fc
    .tuple(fc.integer({ min: 30, max: 90 }), fc.array(fc.integer({ min: 20, max: 420 }), { maxLength: 45 }))
    .map(([head, duties]) => ({ pieces: [head, ...(duties.length ? duties : [22]), ...(subUnits ? [44] : [])] }));

const bookletArb = drawnArb.chain((units) =>
  fc.record({
    blocks: fc.tuple(sheetArb(false), ...flat(units).map((x) => sheetArb(x.units.length > 0))),
    chartPages: fc.integer({ min: 1, max: 12 }),
    body: fc.integer({ min: 700, max: 1000 }),
    // The lines each contents row wraps to (the chart's row, then one per block).
    tocLines: fc.array(fc.integer({ min: 1, max: 3 }), {
      minLength: flat(units).length + 2,
      maxLength: flat(units).length + 2,
    }),
  }),
);

const height = (blocks: FlowBlock[], part: PagePart) =>
  blocks[part.block]!.pieces.slice(part.from, part.to).reduce((a, b) => a + b, 0);

describe('the booklet of a random office', () => {
  it('flows its sheets and numbers its pages as the contents say (property)', () => {
    fc.assert(
      fc.property(bookletArb, ({ blocks, chartPages, body, tocLines }) => {
        const pages = flowPages(blocks, body);
        const toc = contentsPages(tocLines);
        const n = bookletPages(toc.length, pages, chartPages);
        // Cover, contents (one row for the chart and one per sheet, each row whole on one
        // page, a page's rows within its lines, a row moved on only when it did not fit),
        // chart, sheets: N pages, numbered 1..N in that order.
        expect(toc.flat()).toEqual(tocLines.map((_, i) => i));
        const used = toc.map((rows) => rows.reduce((sum, r) => sum + tocLines[r]!, 0));
        for (const lines of used) expect(lines).toBeLessThanOrEqual(CONTENTS_LINES_PER_PAGE);
        for (let p = 1; p < toc.length; p++)
          expect(used[p - 1]! + tocLines[toc[p]![0]!]!).toBeGreaterThan(CONTENTS_LINES_PER_PAGE);
        expect(n.chartFirst).toBe(2 + n.tocPages);
        expect(n.sheetsFirst).toBe(n.chartFirst + chartPages);
        expect(n.total).toBe(1 + n.tocPages + chartPages + pages.length);
        // Every piece once, in order (so no page printed twice); each contents row gives
        // the page its sheet's heading is on; a sheet that fits a page is never split.
        const parts = pages.flatMap((page, at) => page.map((p) => ({ ...p, at })));
        let next = { block: 0, from: 0 };
        for (const p of parts) {
          if (next.from === blocks[next.block]!.pieces.length) next = { block: next.block + 1, from: 0 };
          expect([p.block, p.from]).toEqual([next.block, next.from]);
          expect(p.to).toBeGreaterThan(p.from);
          next.from = p.to;
          if (p.from === 0) expect(n.starts[p.block], `sheet ${p.block}'s page`).toBe(n.sheetsFirst + p.at);
          const whole = blocks[p.block]!.pieces.reduce((x, y) => x + y, 0);
          if (whole <= body) expect([p.from, p.to]).toEqual([0, blocks[p.block]!.pieces.length]);
        }
        expect(next).toEqual({ block: blocks.length - 1, from: blocks.at(-1)!.pieces.length });
        expect(n.starts).toHaveLength(blocks.length);
        // No page empty, none over its body (but one holding a single piece taller than a page).
        for (const page of pages) {
          expect(page.length).toBeGreaterThan(0);
          const single = page.length === 1 && page[0]!.to - page[0]!.from === 1;
          if (!single) expect(page.reduce((s, p) => s + height(blocks, p), 0)).toBeLessThanOrEqual(body);
        }
        // A sheet starts a new page only when it does not fit in the rest of the page before
        // (a sheet longer than a page: when its heading and first duty do not).
        for (let p = 1; p < pages.length; p++) {
          const first = pages[p]![0]!;
          if (first.from !== 0) continue;
          const left = body - pages[p - 1]!.reduce((s, part) => s + height(blocks, part), 0);
          const pieces = blocks[first.block]!.pieces;
          const whole = pieces.reduce((a, b) => a + b, 0);
          const opening = pieces.slice(0, 2).reduce((a, b) => a + b, 0);
          expect(whole > left && (whole <= body || opening > left), `sheet ${first.block} on page ${p}`).toBe(true);
        }
      }),
      { seed: 20261202, numRuns: 100 },
    );
  });
});
