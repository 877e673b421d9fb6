// Flows measured blocks (a unit's duty sheet: heading, duties, sub-units) onto pages of a
// fixed height, the way a booklet is set: a block starts a new page only when it does not
// fit in the rest of the current one; a block longer than a page breaks between its pieces.

/** One block: the heights of its pieces, which are never split (a heading, one duty). */
export interface FlowBlock {
  pieces: number[];
}

/** The pieces [from, to) of block `block` set on one page. */
export interface PagePart {
  block: number;
  from: number;
  to: number;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Pages of block parts, in order; every piece of every block on exactly one page. */
export function flowPages(blocks: FlowBlock[], pageHeight: number): PagePart[][] {
  const pages: PagePart[][] = [[]];
  let room = pageHeight;
  const newPage = () => {
    if (pages.at(-1)!.length) pages.push([]);
    room = pageHeight;
  };
  const place = (block: number, from: number, to: number, height: number) => {
    pages.at(-1)!.push({ block, from, to });
    room -= height;
  };
  blocks.forEach((b, i) => {
    const total = sum(b.pieces);
    if (total <= room) return place(i, 0, b.pieces.length, total);
    if (total <= pageHeight) {
      newPage();
      return place(i, 0, b.pieces.length, total);
    }
    // Longer than a page: its heading goes with at least the first piece after it.
    if (sum(b.pieces.slice(0, 2)) > room) newPage();
    let from = 0;
    let height = 0;
    b.pieces.forEach((h, p) => {
      // A piece taller than a whole page gets a page of its own (and overflows it).
      if (height + h > room && p > from) {
        place(i, from, p, height);
        newPage();
        from = p;
        height = 0;
      }
      height += h;
    });
    place(i, from, b.pieces.length, height);
  });
  return pages;
}
