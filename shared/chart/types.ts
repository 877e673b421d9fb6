// Types of the pure chart layout. All lengths are CSS px (96 per inch) unless a name says
// otherwise; the renderer draws them 1:1 in SVG user units.
import type { OutsideGroup } from './groups.ts';

/** Measures one run of text. `vertical` asks for a 竖排 column (vertical.ts): width is the
 *  column's thickness, height its length. Injected so shared/ stays DOM-free. */
export type MeasureText = (text: string, fontPx: number, vertical: boolean) => { width: number; height: number };

/** One box of the chart before layout: the office at the root, units below in source order. */
export interface ChartNode {
  /** Stable key: `office` for the root, `u<unitId>` for units. */
  key: string;
  unitId: number | null;
  name: string;
  aliases: string[];
  /** Optional leader lines, e.g. `专职副书记：顾健红`. */
  people: string[];
  /** An affiliated unit (直属单位), drawn apart from the office's own divisions; absent for
   *  the office and its internal units. */
  affiliated?: boolean;
  /** Which body outside the divisions a unit is (groups.ts), for the legend's label; absent
   *  for the office's own divisions. */
  outside?: OutsideGroup;
  /** A group label (内设机构, 直属单位) drawn as a bar over its units; not a unit itself. */
  group?: boolean;
  children: ChartNode[];
}

export type LineKind = 'name' | 'alias' | 'person';

/** One text run placed inside a box; (x, y) is relative to the box's top-left corner and
 *  is the run's centre (horizontal runs: text-anchor middle, dominant-baseline central;
 *  vertical runs: one character per em cell downwards, see vertical.ts). */
export interface PlacedText {
  text: string;
  kind: LineKind;
  fontPx: number;
  bold: boolean;
  vertical: boolean;
  x: number;
  y: number;
}

export interface ChartBox {
  key: string;
  unitId: number | null;
  depth: number;
  /** Top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
  vertical: boolean;
  texts: PlacedText[];
  /** Number of direct children in the data (shown or not). */
  childCount: number;
  /** True when the node has children that are hidden because the user collapsed it. */
  collapsed: boolean;
  /** An affiliated unit's box (drawn with a dashed frame). */
  affiliated: boolean;
  /** As its node's `outside`. */
  outside?: OutsideGroup;
  /** A group bar (内设机构, 直属单位) spanning its units. */
  group: boolean;
  /** A widened group bar's own width (its label's), which any piece of it a page shows keeps. */
  labelWidth?: number;
}

/** An orthogonal polyline from the parent's bottom centre to the child's top centre. */
export interface ChartEdge {
  from: string;
  to: string;
  points: [number, number][];
}

export type TextMode = 'horizontal' | 'vertical';

export interface LayoutOptions {
  /** Text direction of unit boxes; the office box is always horizontal. */
  textMode: TextMode;
  /** A group of leaf siblings longer than this wraps into rows around a central trunk;
   *  2 gives two columns flanking the trunk. `Infinity` keeps every group on one row. */
  maxPerRow: number;
  /** Base type size of unit names; aliases and leaders are smaller, the office larger. */
  fontPx: number;
  showPeople: boolean;
  /** Keys of nodes whose children are hidden. */
  collapsed: ReadonlySet<string>;
  /** Widens the gaps between sibling boxes (x) and between levels (y), 1 when absent: a
   *  chart of a few units is spread over its page rather than printed at poster size. */
  spread?: { x: number; y: number };
  /** Sets each level's names on at most two lines of half its longest name (never under
   *  SHORT_MEASURE ems, box.ts), so one long name does not widen every box of its level:
   *  a candidate of the chooser (auto.ts), kept when it prints larger. */
  twoLines?: boolean;
}

export interface ChartLayout {
  boxes: ChartBox[];
  edges: ChartEdge[];
  width: number;
  height: number;
  /** The smallest type size used, which printing keeps at or above 8 pt. */
  minFontPx: number;
  options: LayoutOptions;
}

export type PaperSize = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

export interface PrintSetup {
  paper: PaperSize;
  orientation: Orientation;
  /** Shrink to one page when the smallest text stays at or above minFontPt; else tile. */
  fitToPage: boolean;
  minFontPt: number;
}

/** Where a line leaves a tile for another tile (`to`, a tile index), in chart coordinates:
 *  printed there as 接第 N 页. */
export interface TileLink {
  x: number;
  y: number;
  side: 'left' | 'right' | 'top' | 'bottom';
  to: number;
}

/** The part of the chart shown on one printed page, in chart coordinates. Tiles of one row
 *  share their top and height; columns are counted within the row. */
export interface PrintTile {
  /** 1-based, in reading order. */
  index: number;
  row: number;
  col: number;
  x: number;
  y: number;
  width: number;
  height: number;
  links: TileLink[];
}

export interface PrintPlan {
  pageWidthMm: number;
  pageHeightMm: number;
  /** Chart px → printed CSS px. */
  scale: number;
  /** The smallest printed type size in points. */
  minFontPt: number;
  /** Printable chart area of one page in CSS px (inside margins, header and footer). */
  areaWidthPx: number;
  areaHeightPx: number;
  rows: number;
  cols: number;
  tiles: PrintTile[];
}
