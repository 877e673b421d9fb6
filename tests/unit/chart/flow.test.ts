import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flowPages, type FlowBlock, type PagePart } from '../../../shared/chart/flow.ts';

const height = (blocks: FlowBlock[], part: PagePart) =>
  blocks[part.block]!.pieces.slice(part.from, part.to).reduce((a, b) => a + b, 0);

describe('flowPages', () => {
  it('sets short blocks one after another and starts a page only for a block that does not fit', () => {
    // A page of 100: 40 + 40 fit, the third 40 does not (20 left), so it opens page 2.
    const blocks = [{ pieces: [10, 30] }, { pieces: [40] }, { pieces: [15, 25] }, { pieces: [50] }];
    expect(flowPages(blocks, 100)).toEqual([
      [
        { block: 0, from: 0, to: 2 },
        { block: 1, from: 0, to: 1 },
      ],
      [
        { block: 2, from: 0, to: 2 },
        { block: 3, from: 0, to: 1 },
      ],
    ]);
  });

  it('breaks a block longer than a page between its pieces, its heading kept with the first piece', () => {
    // 30 used; the long block (10 + 5 × 30 = 160) starts on page 1: heading and one piece fit in 70.
    const blocks = [{ pieces: [30] }, { pieces: [10, 30, 30, 30, 30, 30] }];
    expect(flowPages(blocks, 100)).toEqual([
      [
        { block: 0, from: 0, to: 1 },
        { block: 1, from: 0, to: 3 },
      ],
      [{ block: 1, from: 3, to: 6 }],
    ]);
    // With only 15 left, the heading and its first piece do not fit: a new page, filled to the brim.
    expect(flowPages([{ pieces: [85] }, { pieces: [10, 30, 30, 30, 30, 30] }], 100)[1]![0]).toEqual({
      block: 1,
      from: 0,
      to: 4,
    });
  });

  it('gives a piece taller than a page a page of its own', () => {
    expect(flowPages([{ pieces: [10] }, { pieces: [5, 150, 5] }], 100)).toEqual([
      [{ block: 0, from: 0, to: 1 }],
      [{ block: 1, from: 0, to: 1 }],
      [{ block: 1, from: 1, to: 2 }],
      [{ block: 1, from: 2, to: 3 }],
    ]);
  });

  it('property: every piece once, in order; pages within height; blocks that fit a page never split; no page left empty', () => {
    const blocksArb = fc.array(
      fc.record({ pieces: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 8 }) }),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(blocksArb, fc.integer({ min: 60, max: 300 }), (blocks, pageHeight) => {
        const pages = flowPages(blocks, pageHeight);
        const flat = pages.flat();
        // In order, each piece exactly once.
        let at = { block: 0, piece: 0 };
        for (const part of flat) {
          if (part.from === 0 && part.block === at.block + 1 && at.piece === blocks[at.block]!.pieces.length)
            at = { block: part.block, piece: 0 };
          expect([part.block, part.from]).toEqual([at.block, at.piece]);
          expect(part.to).toBeGreaterThan(part.from);
          at = { block: part.block, piece: part.to };
        }
        expect(at).toEqual({ block: blocks.length - 1, piece: blocks.at(-1)!.pieces.length });
        for (const page of pages) {
          expect(page.length).toBeGreaterThan(0);
          const used = page.reduce((sum, part) => sum + height(blocks, part), 0);
          const onePiece = page.length === 1 && page[0]!.to - page[0]!.from === 1;
          if (!onePiece) expect(used).toBeLessThanOrEqual(pageHeight);
        }
        blocks.forEach((b, i) => {
          const total = b.pieces.reduce((x, y) => x + y, 0);
          if (total <= pageHeight) expect(flat.filter((p) => p.block === i)).toHaveLength(1);
        });
        // A block that opens a page did not fit in what the page before had left.
        for (let p = 1; p < pages.length; p++) {
          const first = pages[p]![0]!;
          if (first.from !== 0) continue;
          const left = pageHeight - pages[p - 1]!.reduce((sum, part) => sum + height(blocks, part), 0);
          expect(
            height(blocks, first) > left || blocks[first.block]!.pieces.slice(0, 2).reduce((x, y) => x + y, 0) > left,
          ).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
