// The unit duty sheet (职责清单) and the booklet's duty pages: blocks (one per unit, one for
// the office's own duties) cut into pieces that are never split (the heading, one duty, the
// sub-units line), measured once in a hidden copy at print width, then flowed onto A4
// portrait pages (shared/chart/flow.ts) with a running header and 第 n 页 / 共 N 页.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { clauseLines } from '../../shared/chart/clause-lines.ts';
import { printedDutyLabel } from '../../shared/chart/duty-label.ts';
import { flowPages, type PagePart } from '../../shared/chart/flow.ts';
import { PX_PER_MM } from '../../shared/chart/page.ts';
import { fullWidthPunctuation as zh } from '../../shared/text/punctuation.ts';
import type { DutyView, OfficeDetail, PersonView, UnitNode } from '../../shared/types.ts';
import { printed } from '../i18n.ts';
import { dataDate, emsOf, fittingPt, InternalMark, INTERNAL_MARK_MM, pageNumber, today } from './furniture.tsx';
import { SHEET_BODY_MM, SHEET_FOOTER_MM, SHEET_HEADER_MM, SHEET_PAGE_MM } from './page-style.ts';

export function unitsInOrder(units: UnitNode[]): UnitNode[] {
  return [...units].sort((a, b) => a.order - b.order).flatMap((u) => [u, ...unitsInOrder(u.units)]);
}

/** One unit's (or the office's) sheet before it is cut into pages. */
export interface SheetBlock {
  key: string;
  name: string;
  /** 职责清单 for a unit, 主要职责 for the office. */
  title: string;
  /** Nesting level in the office (0 = the office itself or a top-level unit). */
  depth: number;
  aliases: string[];
  people: PersonView[];
  duties: DutyView[];
  subUnits: string[];
}

export function unitBlock(unit: UnitNode, depth: number): SheetBlock {
  return {
    key: `u${unit.id}`,
    name: zh(unit.name),
    title: printed('title.unit'),
    depth,
    aliases: unit.aliases.map(zh),
    people: unit.people,
    duties: unit.duties,
    subUnits: [...unit.units].sort((a, b) => a.order - b.order).map((u) => zh(u.name)),
  };
}

export function unitBlocks(units: UnitNode[], depth = 0): SheetBlock[] {
  return [...units]
    .sort((a, b) => a.order - b.order)
    .flatMap((u) => [unitBlock(u, depth), ...unitBlocks(u.units, depth + 1)]);
}

export function officeBlock(office: OfficeDetail): SheetBlock {
  return {
    key: 'office',
    name: zh(office.name),
    title: printed('officeDuties'),
    depth: 0,
    aliases: [],
    people: office.people,
    duties: office.duties,
    subUnits: [],
  };
}

export function findUnit(office: OfficeDetail, unitId: number): UnitNode | undefined {
  return unitsInOrder(office.units).find((u) => u.id === unitId);
}

/** One duty: its own label (or its position), then its text; a duty of several clauses
 *  sets each clause (with the mark that ends it) on a line of its own under the first, all
 *  beside the one number, so it reads as one item (no bullet: "1. •" read as an item holding
 *  a list). */
function Duty({ duty, index }: { duty: DutyView; index: number }) {
  const clauses = duty.clauses.length > 1 ? clauseLines(duty.text, duty.clauses, zh(duty.text)) : [zh(duty.text)];
  return (
    <div className="oa-piece oa-duty">
      <span className="oa-duty-label">{printedDutyLabel(duty.label, index + 1)}</span>
      <div className="oa-duty-text">
        {clauses.map((c, i) => (
          <p key={i}>{c}</p>
        ))}
      </div>
    </div>
  );
}

/** The block's pieces, each a top-level element, in order. */
function pieces(block: SheetBlock): ReactNode[] {
  const out: ReactNode[] = [
    <div className="oa-piece oa-sheet-head" key="head">
      <h2 className="oa-sheet-title">
        {block.name}
        <span className="oa-print-title">{block.title}</span>
      </h2>
      {block.aliases.length > 0 && <p className="oa-sheet-aliases">（{block.aliases.join('、')}）</p>}
      {block.people.length > 0 && (
        <p className="oa-sheet-people">{block.people.map((p) => `${p.title}：${p.name}`).join('　')}</p>
      )}
    </div>,
  ];
  if (block.duties.length) block.duties.forEach((d, i) => out.push(<Duty key={d.id} duty={d} index={i} />));
  else
    out.push(
      <p className="oa-piece" key="none">
        {printed('noDuties')}
      </p>,
    );
  if (block.subUnits.length)
    out.push(
      <p className="oa-piece oa-sheet-sub" key="sub">
        {printed('subUnits', { names: block.subUnits.join('、') })}
      </p>,
    );
  return out;
}

/** Measures the blocks' pieces in a hidden copy at print width once `ready` (fonts in) and
 *  flows them onto pages; `pages` is null until then. */
export function useSheetFlow(
  blocks: SheetBlock[],
  ready: boolean,
): { measurer: ReactNode; pages: PagePart[][] | null } {
  const ref = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<PagePart[][] | null>(null);
  useLayoutEffect(() => {
    if (!ready || !ref.current) return;
    const heights = [...ref.current.children].map((b) => [...b.children].map((p) => p.getBoundingClientRect().height));
    // A little short of the page body, so rounding in print never pushes a piece over.
    setPages(
      flowPages(
        heights.map((pieces) => ({ pieces })),
        SHEET_BODY_MM * PX_PER_MM * 0.985,
      ),
    );
  }, [blocks, ready]);
  const measurer = (
    <div className="oa-sheet-measure" ref={ref} aria-hidden="true">
      {blocks.map((b) => (
        <div key={b.key}>{pieces(b)}</div>
      ))}
    </div>
  );
  return { measurer, pages };
}

export interface SheetFrame {
  office: OfficeDetail;
  internal: boolean;
  total: number;
}

/** The running header's type size (chart.css .oa-sheet-header), and the least a long office
 *  name shrinks to on a line of its own. */
const HEADER_PT = 9.5;
const HEADER_MIN_PT = 8;
const HEADER_GAP_EMS = 2;

const headerDates = (frame: SheetFrame) => `${dataDate(frame.office)}　${printed('printedOn', { date: today() })}`;
const headerMm = (ems: number, pt: number) => (ems * pt * 25.4) / 72;

/** Whether the office name and the dates take a line each: a long name (30 characters and
 *  more) and the dates do not fit one line of the page at the header's size. */
function stacked(frame: SheetFrame): boolean {
  const ems = emsOf(frame.office.name) + HEADER_GAP_EMS + emsOf(headerDates(frame));
  return headerMm(ems, HEADER_PT) + (frame.internal ? INTERNAL_MARK_MM : 0) > SHEET_PAGE_MM[0];
}

/** The running header: the office name whole (on a line of its own when long, shrinking to
 *  fit it, down to 8 pt), the data's date and the print date. */
function RunningHeader({ frame }: { frame: SheetFrame }) {
  const name = frame.office.name;
  const pt = stacked(frame) ? fittingPt(name, SHEET_PAGE_MM[0], HEADER_PT, HEADER_MIN_PT) : HEADER_PT;
  // Longer than a line even at the least size (60 characters and more): it wraps.
  const whole = headerMm(emsOf(name), pt) <= SHEET_PAGE_MM[0];
  return (
    <>
      <span className="oa-sheet-office" style={{ fontSize: `${pt}pt`, whiteSpace: whole ? 'nowrap' : 'normal' }}>
        {name}
      </span>
      <span className="oa-sheet-meta">
        {headerDates(frame)}
        {frame.internal && <InternalMark />}
      </span>
    </>
  );
}

/** One A4 portrait page: running header (not on a cover), body, page number. */
export function SheetPage({
  frame,
  n,
  children,
  testId,
  header = true,
}: {
  frame: SheetFrame;
  n: number;
  children: ReactNode;
  testId?: string;
  header?: boolean;
}) {
  return (
    <section
      className="oa-sheet-page"
      data-testid={testId ?? 'sheet-page'}
      style={{ width: `${SHEET_PAGE_MM[0]}mm`, height: `${SHEET_PAGE_MM[1]}mm` }}
    >
      <header
        className={`oa-sheet-header${header ? (stacked(frame) ? ' oa-sheet-header-stacked' : '') : ' oa-sheet-header-bare'}`}
        style={{ height: `${SHEET_HEADER_MM}mm` }}
      >
        {header && <RunningHeader frame={frame} />}
      </header>
      <div className="oa-sheet-body">{children}</div>
      <footer className="oa-sheet-footer" style={{ height: `${SHEET_FOOTER_MM}mm` }}>
        {pageNumber(n, frame.total)}
      </footer>
    </section>
  );
}

/** The flowed pages, numbered from `first`. */
export function FlowedPages({
  blocks,
  pages,
  frame,
  first,
}: {
  blocks: SheetBlock[];
  pages: PagePart[][];
  frame: SheetFrame;
  first: number;
}) {
  return (
    <>
      {pages.map((parts, i) => (
        <SheetPage key={i} frame={frame} n={first + i} testId="duty-sheet">
          {parts.map((part) => (
            <div key={`${part.block}-${part.from}`} className="oa-sheet-block">
              {pieces(blocks[part.block]!).slice(part.from, part.to)}
            </div>
          ))}
        </SheetPage>
      ))}
    </>
  );
}
