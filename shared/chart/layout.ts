// Tree layout of the chart: d3-hierarchy's tidy tree (Reingold–Tilford) with per-node
// separations from measured box widths, levels aligned by depth as on printed org charts,
// and long groups of leaf siblings wrapped into rows around a central trunk.
import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';
import { boxRuns, sizeBox, twoLineMeasure, type SizedBox } from './box.ts';
import { rowCounts } from './rows.ts';
import type { ChartBox, ChartEdge, ChartLayout, ChartNode, LayoutOptions, MeasureText } from './types.ts';

/** Gaps relative to the base type size. */
const SIBLING_GAP = 0.8;
const COUSIN_GAP = 1.6;
const LEVEL_GAP = 2.4;
const TRUNK_LANE = 1.6;

/** The vertical gap between levels of boxes, in px. */
export function levelGapPx(options: Pick<LayoutOptions, 'fontPx' | 'spread'>): number {
  return options.fontPx * LEVEL_GAP * (options.spread?.y ?? 1);
}

interface Cell {
  node: ChartNode;
  sized: SizedBox;
  /** A group bar with everything under it, laid out on its own and set as one cell (its
   *  `sized` the subtree's extent). */
  sub?: ChartLayout;
  collapsed: boolean;
  /** Offsets from the block's anchor (the trunk) and its top. */
  dx: number;
  dy: number;
  row: number;
}

/** One item of the d3 tree: a single box, or a block of wrapped leaf siblings. */
interface Item {
  box: Cell | null;
  cells: Cell[];
  rowTops: readonly number[];
  /** Extents left and right of the anchor x that d3 positions. */
  left: number;
  right: number;
  height: number;
  children: Item[];
  /** The single box once placed, for the edges to its children. */
  drawn: ChartBox | null;
}

function visibleChildren(node: ChartNode, options: LayoutOptions): ChartNode[] {
  return options.collapsed.has(node.key) ? [] : node.children;
}

/** Box sizes of every visible node. Boxes of one level share one size (the largest), as on
 *  a printed 机构设置图; the office and the group bars keep their own. With `twoLines` a
 *  level's names wrap at half its longest, so that one does not set the level's width. */
function sizeBoxes(root: ChartNode, options: LayoutOptions, measure: MeasureText): Map<ChartNode, SizedBox> {
  const sizes = new Map<ChartNode, SizedBox>();
  const levels: ChartNode[][] = [];
  const others: ChartNode[] = [];
  const walk = (node: ChartNode, depth: number) => {
    if (depth > 0 && !node.group) (levels[depth] ??= []).push(node);
    else others.push(node);
    for (const kid of visibleChildren(node, options)) walk(kid, depth + 1);
  };
  walk(root, 0);
  const vertical = options.textMode === 'vertical';
  const size = (node: ChartNode, unit: boolean, nameMeasure?: number) =>
    sizes.set(
      node,
      sizeBox(
        boxRuns(node, options.fontPx, node === root, options.showPeople, unit && vertical, measure, nameMeasure),
        options.fontPx,
        unit && vertical,
        measure,
      ),
    );
  for (const node of others) size(node, false);
  for (const level of levels) {
    if (!level) continue;
    const nameMeasure = options.twoLines
      ? twoLineMeasure(longestName(level, options, measure), options.fontPx)
      : undefined;
    for (const node of level) size(node, true, nameMeasure);
    let width = 0;
    let height = 0;
    for (const node of level) {
      width = Math.max(width, sizes.get(node)!.width);
      height = Math.max(height, sizes.get(node)!.height);
    }
    for (const node of level) sizes.set(node, resized(sizes.get(node)!, width, height));
  }
  return sizes;
}

/** The length of the longest name of a level set on one line (or 竖排 column). */
function longestName(level: ChartNode[], options: LayoutOptions, measure: MeasureText): number {
  let longest = 0;
  for (const node of level) {
    const { width, height } = measure(node.name, options.fontPx, options.textMode === 'vertical');
    longest = Math.max(longest, options.textMode === 'vertical' ? height : width);
  }
  return longest;
}

/** The box grown to the given size, its (centred) text runs moved along. */
function resized(box: SizedBox, width: number, height: number): SizedBox {
  if (box.width === width && box.height === height) return box;
  const dx = (width - box.width) / 2;
  const dy = (height - box.height) / 2;
  return { width, height, texts: box.texts.map((t) => ({ ...t, x: t.x + dx, y: t.y + dy })) };
}

function makeCell(node: ChartNode, sizes: Map<ChartNode, SizedBox>, options: LayoutOptions): Cell {
  return {
    node,
    sized: sizes.get(node)!,
    collapsed: node.children.length > 0 && options.collapsed.has(node.key),
    dx: 0,
    dy: 0,
    row: 0,
  };
}

/** Wraps siblings into rows (rowCounts): a row the trunk passes through is split around
 *  the trunk lane so the trunk never crosses a box (an odd one with its extra box on the
 *  left); a last row of an odd number under even rows is centred on the trunk's end, and
 *  under rows balanced to odd numbers keeps to their columns, as a grid. Returns the block
 *  with cells placed. */
function makeBlock(cells: Cell[], options: LayoutOptions): Item {
  const gap = options.fontPx * SIBLING_GAP * (options.spread?.x ?? 1);
  const lane = options.fontPx * TRUNK_LANE;
  const rowGap = levelGapPx(options);
  const rows: Cell[][] = [];
  let start = 0;
  for (const count of rowCounts(cells.length, options.maxPerRow)) rows.push(cells.slice(start, (start += count)));
  const symmetric = rows.slice(0, -1).every((row) => row.length % 2 === 0);
  const centredRow = (r: number) =>
    r === rows.length - 1 && rows[r]!.length % 2 === 1 && options.maxPerRow >= 2 && symmetric;
  // Split rows share columns, counted outwards from the lane on either side, so their boxes
  // line up; each column as wide as its widest cell.
  const sideWidths = { left: [] as number[], right: [] as number[] };
  const sideOf = (row: Cell[], i: number) => {
    const nLeft = Math.ceil(row.length / 2);
    return i < nLeft ? { side: 'left' as const, col: nLeft - 1 - i } : { side: 'right' as const, col: i - nLeft };
  };
  rows.forEach((row, r) => {
    if (centredRow(r)) return;
    row.forEach((cell, i) => {
      const { side, col } = sideOf(row, i);
      sideWidths[side][col] = Math.max(sideWidths[side][col] ?? 0, cell.sized.width);
    });
  });
  const sideCentres = { left: [] as number[], right: [] as number[] };
  for (const side of ['left', 'right'] as const) {
    let x = lane / 2;
    for (const w of sideWidths[side]) {
      sideCentres[side].push(side === 'left' ? -(x + w / 2) : x + w / 2);
      x += w + gap;
    }
  }
  let left = 0;
  let right = 0;
  let y = 0;
  const rowTops: number[] = [];
  rows.forEach((row, r) => {
    rowTops.push(y);
    const centres = centredRow(r)
      ? centredOnTrunk(row, gap)
      : row.map((_, i) => {
          const { side, col } = sideOf(row, i);
          return sideCentres[side][col]!;
        });
    let height = 0;
    row.forEach((cell, i) => {
      cell.dx = centres[i]! - cell.sized.width / 2;
      cell.dy = y;
      cell.row = r;
      left = Math.max(left, -cell.dx);
      right = Math.max(right, cell.dx + cell.sized.width);
      height = Math.max(height, cell.sized.height);
    });
    y += height + (r < rows.length - 1 ? rowGap : 0);
  });
  return { box: null, cells, rowTops, left, right, height: y, children: [], drawn: null };
}

/** Centres of a row with its middle cell on the trunk and the others spaced out from it. */
function centredOnTrunk(row: Cell[], gap: number): number[] {
  const mid = (row.length - 1) / 2;
  const centres = new Array<number>(row.length);
  centres[mid] = 0;
  for (let i = mid + 1, x = row[mid]!.sized.width / 2 + gap; i < row.length; x += row[i]!.sized.width + gap, i++)
    centres[i] = x + row[i]!.sized.width / 2;
  for (let i = mid - 1, x = row[mid]!.sized.width / 2 + gap; i >= 0; x += row[i]!.sized.width + gap, i--)
    centres[i] = -(x + row[i]!.sized.width / 2);
  return centres;
}

function buildItem(node: ChartNode, sizes: Map<ChartNode, SizedBox>, options: LayoutOptions): Item {
  const cell = makeCell(node, sizes, options);
  const kids = visibleChildren(node, options);
  const allLeaves = kids.every((k) => visibleChildren(k, options).length === 0);
  let children: Item[];
  if (kids.length > options.maxPerRow && allLeaves) {
    const cells = kids.map((k) => makeCell(k, sizes, options));
    children = [makeBlock(cells, options)];
  } else if (kids.length > options.maxPerRow && kids.every((k) => k.group)) {
    // More groups (内设机构, 直属单位, …) than a row holds: each group with its units is set as
    // one cell, in rows around the trunk, as leaf siblings are.
    children = [
      makeBlock(
        kids.map((k) => subtreeCell(k, sizes, options)),
        options,
      ),
    ];
  } else {
    children = kids.map((k) => buildItem(k, sizes, options));
  }
  const half = cell.sized.width / 2;
  return {
    box: cell,
    cells: [cell],
    rowTops: SINGLE_ROW,
    left: half,
    right: half,
    height: cell.sized.height,
    children,
    drawn: null,
  };
}

function subtreeCell(node: ChartNode, sizes: Map<ChartNode, SizedBox>, options: LayoutOptions): Cell {
  const sub = layoutItem(buildItem(node, sizes, options), options);
  return { ...makeCell(node, sizes, options), sized: { width: sub.width, height: sub.height, texts: [] }, sub };
}

/** Row tops of a single box, shared by every such item (never written to). */
const SINGLE_ROW: readonly number[] = [0];

function toBox(cell: Cell, depth: number, x: number, y: number): ChartBox {
  return {
    key: cell.node.key,
    unitId: cell.node.unitId,
    depth,
    x,
    y,
    width: cell.sized.width,
    height: cell.sized.height,
    vertical: cell.sized.texts[0]!.vertical,
    texts: cell.sized.texts,
    childCount: cell.node.children.length,
    collapsed: cell.collapsed,
    affiliated: cell.node.affiliated === true,
    ...(cell.node.outside ? { outside: cell.node.outside } : {}),
    group: cell.node.group === true,
  };
}

/** A group bar spans its units, from the first one's left edge to the last one's right.
 *  Returns each widened bar's item with how far the bar now reaches either side of the
 *  anchor d3 placed it at. */
function widenGroupBars(links: Link[], items: Map<ChartBox, Item>): { item: Item; left: number; right: number }[] {
  const span = new Map<ChartBox, [number, number]>();
  for (const { parent, child } of links) {
    if (!parent.group) continue;
    const [lo, hi] = span.get(parent) ?? [Infinity, -Infinity];
    span.set(parent, [Math.min(lo, child.x), Math.max(hi, child.x + child.width)]);
  }
  const widened: { item: Item; left: number; right: number }[] = [];
  for (const [bar, [lo, hi]] of span) {
    if (hi - lo <= bar.width) continue;
    const anchor = bar.x + bar.width / 2;
    widened.push({ item: items.get(bar)!, left: anchor - lo, right: hi - anchor });
    const dx = (hi - lo - bar.width) / 2;
    bar.texts = bar.texts.map((t) => ({ ...t, x: t.x + dx }));
    bar.labelWidth = bar.width;
    bar.x = lo;
    bar.width = hi - lo;
  }
  return widened;
}

/** The top box, alone on its level, centred over the whole row below it (d3 centres it
 *  between its first and last child's centres, off the middle when those are of unequal
 *  width, as a wide 内设机构 bar beside a narrow 派出机构 one), as long as it stays over its
 *  bus line and inside the chart. */
function centreOverRow(top: ChartBox, links: Link[], width: number): void {
  const kids = links.filter((l) => l.parent === top).map((l) => l.child);
  const centre = (Math.min(...kids.map((k) => k.x)) + Math.max(...kids.map((k) => k.x + k.width))) / 2;
  const bus = kids.map((k) => k.x + k.width / 2);
  const x = Math.min(Math.max(centre, Math.min(...bus)), Math.max(...bus)) - top.width / 2;
  if (x >= 0 && x + top.width <= width) top.x = x;
}

interface Link {
  parent: ChartBox;
  child: ChartBox;
  busY: number;
}

function elbow(px: number, py: number, busY: number, cx: number, cy: number): [number, number][] {
  if (px === cx)
    return [
      [px, py],
      [cx, cy],
    ];
  return [
    [px, py],
    [px, busY],
    [cx, busY],
    [cx, cy],
  ];
}

export function layoutChart(root: ChartNode, measure: MeasureText, options: LayoutOptions): ChartLayout {
  return layoutItem(buildItem(root, sizeBoxes(root, options, measure), options), options);
}

function layoutItem(rootItem: Item, options: LayoutOptions): ChartLayout {
  const first = place(rootItem, options);
  // A group bar widens to span its units after d3 placed it by its own width, so it could
  // reach over a neighbouring bar: placed again with the bars' widened extents, d3 keeps
  // them apart (what lies under a bar does not depend on the bar's width, so the spans hold).
  let grown = false;
  for (const { item, left, right } of first.widened) {
    grown ||= left > item.left || right > item.right;
    item.left = Math.max(item.left, left);
    item.right = Math.max(item.right, right);
  }
  return grown ? place(rootItem, options).layout : first.layout;
}

/** Where a block of rows (its boxes, and edges, from index `first` on) was placed. */
interface PlacedBlock {
  depth: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  boxes: [number, number];
  subEdges: [number, number];
}

/** The height a level needs for an item: a block of rows whose lower rows may hang into the
 *  levels below (unless `rigid`) needs only its first row's. */
function levelNeed(item: Item, levelGap: number, rigid: boolean): number {
  return rigid || item.box || item.rowTops.length < 2 ? item.height : item.rowTops[1]! - levelGap;
}

/** The blocks whose lower rows run into a box or a line of another branch: a box's or a
 *  segment's extent against the block's, widened by `margin`. */
function blocksHit(
  blocks: PlacedBlock[],
  boxes: ChartBox[],
  edges: ChartEdge[],
  linkCount: number,
  margin: { x: number; y: number },
): boolean {
  const depthOf = new Map(boxes.map((b) => [b.key, b.depth]));
  const meets = (k: PlacedBlock, x0: number, y0: number, x1: number, y1: number) =>
    x0 < k.x1 + margin.x && x1 > k.x0 - margin.x && y0 < k.y1 + margin.y && y1 > k.y0;
  return blocks.some((k) => {
    const own = (i: number, [a, b]: [number, number]) => i >= a && i < b;
    const boxHit = boxes.some(
      (b, i) => b.depth > k.depth && !own(i, k.boxes) && meets(k, b.x, b.y, b.x + b.width, b.y + b.height),
    );
    if (boxHit) return true;
    return edges.some((e, i) => {
      if ((depthOf.get(e.to) ?? 0) <= k.depth) return false;
      if (i >= linkCount && own(i - linkCount, k.subEdges)) return false;
      return e.points.some((p, j) => {
        const q = e.points[j + 1];
        return (
          q !== undefined &&
          meets(k, Math.min(p[0], q[0]), Math.min(p[1], q[1]), Math.max(p[0], q[0]), Math.max(p[1], q[1]))
        );
      });
    });
  });
}

function place(
  rootItem: Item,
  options: LayoutOptions,
  rigid = false,
): { layout: ChartLayout; widened: { item: Item; left: number; right: number }[] } {
  const sibling = options.fontPx * SIBLING_GAP * (options.spread?.x ?? 1);
  const cousin = options.fontPx * COUSIN_GAP * (options.spread?.x ?? 1);
  const levelGap = levelGapPx(options);
  const laidOut = tree<Item>()
    .nodeSize([1, 1])
    .separation((a, b) => a.data.right + b.data.left + (a.parent === b.parent ? sibling : cousin))(
    hierarchy(rootItem, (item) => item.children),
  );

  // Level order (as d3's descendants() gives it) with an index queue: d3's own iterator is a
  // generator, slow on thousands of nodes. Parents come before their children.
  const nodes: HierarchyPointNode<Item>[] = [laidOut];
  for (let i = 0; i < nodes.length; i++) {
    const kids = nodes[i]!.children;
    if (kids) for (const kid of kids) nodes.push(kid);
  }
  const levelHeight: number[] = [];
  let minX = Infinity;
  for (const n of nodes) {
    levelHeight[n.depth] = Math.max(levelHeight[n.depth] ?? 0, levelNeed(n.data, levelGap, rigid));
    minX = Math.min(minX, n.x - n.data.left);
  }
  const levelTop: number[] = [0];
  for (let d = 1; d < levelHeight.length; d++) levelTop[d] = levelTop[d - 1]! + levelHeight[d - 1]! + levelGap;

  // One pass places each item's boxes and the edges from its parent's box, drawn just before.
  const boxes: ChartBox[] = [];
  const links: Link[] = [];
  const items = new Map<ChartBox, Item>();
  const subEdges: ChartEdge[] = [];
  let width = -Infinity;
  let height = -Infinity;
  let minFontPx = Infinity;
  const blocks: PlacedBlock[] = [];
  for (const n of nodes) {
    const anchor = n.x - minX;
    const top = levelTop[n.depth]!;
    const parent = n.parent ? n.parent.data.drawn! : null;
    if (!rigid && !n.data.box && n.data.rowTops.length > 1)
      blocks.push({
        depth: n.depth,
        x0: anchor - n.data.left,
        x1: anchor + n.data.right,
        y0: top,
        y1: top + n.data.height,
        boxes: [
          boxes.length,
          boxes.length + n.data.cells.reduce((sum, c) => sum + (c.sub ? c.sub.boxes.length : 1), 0),
        ],
        subEdges: [
          subEdges.length,
          subEdges.length + n.data.cells.reduce((sum, c) => sum + (c.sub?.edges.length ?? 0), 0),
        ],
      });
    for (const cell of n.data.cells) {
      if (cell.sub) {
        const [dx, dy] = [anchor + cell.dx, top + cell.dy];
        const moved = cell.sub.boxes.map((b) => ({ ...b, x: b.x + dx, y: b.y + dy, depth: b.depth + n.depth }));
        boxes.push(...moved);
        for (const e of cell.sub.edges)
          subEdges.push({ ...e, points: e.points.map(([x, y]) => [x + dx, y + dy] as [number, number]) });
        width = Math.max(width, dx + cell.sub.width);
        height = Math.max(height, dy + cell.sub.height);
        minFontPx = Math.min(minFontPx, cell.sub.minFontPx);
        if (parent) links.push({ parent, child: moved[0]!, busY: top + n.data.rowTops[cell.row]! - levelGap / 2 });
        continue;
      }
      const box = n.data.box
        ? toBox(cell, n.depth, anchor - cell.sized.width / 2, top)
        : toBox(cell, n.depth, anchor + cell.dx, top + cell.dy);
      boxes.push(box);
      width = Math.max(width, box.x + box.width);
      height = Math.max(height, box.y + box.height);
      for (const t of box.texts) minFontPx = Math.min(minFontPx, t.fontPx);
      if (parent) links.push({ parent, child: box, busY: top + n.data.rowTops[cell.row]! - levelGap / 2 });
    }
    if (n.data.box) {
      n.data.drawn = boxes[boxes.length - 1]!;
      items.set(n.data.drawn, n.data);
    }
  }
  // Edges once every box has its final size: group bars widen after placing.
  const widened = widenGroupBars(links, items);
  // Not over a block of rows: its trunk runs down a lane between boxes.
  if ((laidOut.children?.length ?? 0) > 1) centreOverRow(boxes[0]!, links, width);
  const edges: ChartEdge[] = links.map(({ parent, child, busY }) => ({
    from: parent.key,
    to: child.key,
    points: elbow(parent.x + parent.width / 2, parent.y + parent.height, busY, child.x + child.width / 2, child.y),
  }));
  const linkCount = edges.length;
  edges.push(...subEdges);
  // Lower rows of a block that reach a box or line of another branch wait for the block, as
  // every level does when it is set rigidly.
  if (blocks.length && blocksHit(blocks, boxes, edges, linkCount, { x: sibling, y: levelGap / 2 }))
    return place(rootItem, options, true);
  return { layout: { boxes, edges, width, height, minFontPx, options }, widened };
}
