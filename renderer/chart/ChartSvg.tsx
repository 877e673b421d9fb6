// Draws a chart layout as SVG: lines stay lines and text stays text, so printing and PDF
// export are vector with the embedded web font. Used on screen (with handlers) and in print.
import type { KeyboardEvent, MouseEvent, ReactNode, Ref, SVGProps } from 'react';
import type { ChartBox, ChartLayout, PlacedText } from '../../shared/chart/types.ts';
import { MAX_CELL_EMS, verticalCentres, verticalCells } from '../../shared/chart/vertical.ts';
import { CHART_FONT_FAMILY, cellWidth } from './measure.ts';

export interface BoxHandlers {
  open(box: ChartBox): void;
  toggle(box: ChartBox): void;
  label(box: ChartBox): string;
  toggleLabel(box: ChartBox): string;
  /** Arrow keys, Home and End: moves focus to another box; true when the key was used. */
  move(box: ChartBox, key: string): boolean;
  /** The box focus is on (or was last on): the chart's one tab stop (roving tabindex). */
  activeKey: string | null;
  focused(box: ChartBox): void;
}

function Text({ t }: { t: PlacedText }) {
  const common = {
    fontSize: t.fontPx,
    fontWeight: t.bold ? 700 : 400,
    textAnchor: 'middle',
    dominantBaseline: 'central',
  } as const;
  if (!t.vertical)
    return (
      <text x={t.x} y={t.y} {...common}>
        {t.text}
      </text>
    );
  // 竖排: each cell centred on its own em (see shared/chart/vertical.ts); a cell of several
  // Latin letters or digits is set across, squeezed when wider than the cell allows.
  const cells = verticalCells(t.text);
  const centres = verticalCentres(t.text, t.fontPx, t.y);
  return (
    <text className="oa-text-vertical" {...common}>
      {cells.map((cell, i) => (
        <tspan key={i} x={t.x} y={centres[i]} {...squeeze(cell, t.fontPx)}>
          {cell}
        </tspan>
      ))}
    </text>
  );
}

/** Caps a multi-character cell at MAX_CELL_EMS; canvas measuring (measure.ts) caps it alike. */
function squeeze(cell: string, fontPx: number): SVGProps<SVGTSpanElement> {
  const cap = MAX_CELL_EMS * fontPx;
  if ([...cell].length < 2 || cellWidth(cell, fontPx) <= cap) return {};
  return { textLength: cap, lengthAdjust: 'spacingAndGlyphs' };
}

const TOGGLE_R = 7;

function Box({
  box,
  highlighted,
  current,
  handlers,
}: {
  box: ChartBox;
  highlighted: boolean;
  current: boolean;
  handlers?: BoxHandlers;
}) {
  const isOffice = box.unitId === null && !box.group;
  const className = `oa-box${isOffice ? ' oa-box-office' : ''}${box.group ? ' oa-box-group' : ''}${box.affiliated ? ' oa-box-affiliated' : ''}${highlighted ? ' oa-box-hit' : ''}${current ? ' oa-box-current' : ''}`;
  const content = (
    <>
      <rect
        width={box.width}
        height={box.height}
        rx={isOffice ? 3 : 2}
        className="oa-box-frame"
        fill={isOffice ? '#f2f5f9' : box.group ? '#e3e7ed' : '#ffffff'}
        stroke="#1a1a1a"
        strokeWidth={isOffice ? 1.6 : 1.1}
        strokeDasharray={box.affiliated ? '4 3' : undefined}
      />
      {box.texts.map((t, i) => (
        <Text key={i} t={t} />
      ))}
    </>
  );
  if (!handlers) {
    return (
      <g transform={`translate(${box.x} ${box.y})`} className={className}>
        {content}
      </g>
    );
  }
  const openable = box.unitId !== null;
  const branch = box.childCount > 0;
  const tabIndex = box.key === handlers.activeKey ? 0 : -1;
  const onKey = (e: KeyboardEvent) => {
    if (handlers.move(box, e.key)) e.preventDefault();
    else if (e.key === 'Enter' && openable) handlers.open(box);
    else if ((e.key === ' ' || e.key === '+' || e.key === '-' || e.key === 'Enter') && branch) {
      e.preventDefault();
      handlers.toggle(box);
    }
  };
  const onToggleKey = (e: KeyboardEvent) => {
    if (handlers.move(box, e.key)) e.preventDefault();
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      handlers.toggle(box);
    }
  };
  const onToggle = (e: MouseEvent) => {
    e.stopPropagation();
    handlers.toggle(box);
  };
  return (
    <g transform={`translate(${box.x} ${box.y})`} className={className}>
      <g
        role={openable ? 'link' : 'group'}
        tabIndex={tabIndex}
        aria-label={handlers.label(box)}
        data-unit-id={box.unitId ?? undefined}
        data-key={box.key}
        data-testid="chart-box"
        onClick={openable ? () => handlers.open(box) : undefined}
        onKeyDown={onKey}
        onFocus={() => handlers.focused(box)}
        className={openable ? 'oa-box-link' : 'oa-box-node'}
      >
        {content}
      </g>
      {branch && (
        <g
          className="oa-toggle"
          role="button"
          tabIndex={tabIndex}
          aria-label={handlers.toggleLabel(box)}
          aria-expanded={!box.collapsed}
          data-toggle-key={box.key}
          transform={`translate(${box.width / 2} ${box.height})`}
          onClick={onToggle}
          onKeyDown={onToggleKey}
          onFocus={() => handlers.focused(box)}
        >
          <circle r={TOGGLE_R} />
          <path d={box.collapsed ? 'M-4 0H4M0 -4V4' : 'M-4 0H4'} />
        </g>
      )}
    </g>
  );
}

export interface ChartSvgProps {
  layout: ChartLayout;
  /** The part of the chart shown, in chart coordinates; none when `transform` pans and zooms. */
  view?: { x: number; y: number; width: number; height: number };
  /** Rendered size in CSS px; defaults to 100 % of the container. */
  size?: { width: number; height: number };
  highlight?: ReadonlySet<string>;
  /** The search match in focus, marked apart from the other lit boxes. */
  current?: string;
  handlers?: BoxHandlers;
  /** Wraps the drawing, e.g. in a pan/zoom group. */
  transform?: string;
  title?: string;
  testId?: string;
  ready?: boolean;
  svgRef?: Ref<SVGSVGElement>;
  /** Extra attributes and listeners for the root element (pan and zoom). */
  svgProps?: SVGProps<SVGSVGElement>;
  /** Drawn over the chart, in chart coordinates (the printed 接第 N 页 marks). */
  children?: ReactNode;
}

export function ChartSvg({
  layout,
  view,
  size,
  highlight,
  current,
  handlers,
  transform,
  title,
  testId,
  ready,
  svgRef,
  svgProps,
  children,
}: ChartSvgProps) {
  const lit = highlight ?? new Set<string>();
  return (
    <svg
      {...svgProps}
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      className="oa-chart-svg"
      data-testid={testId}
      data-ready={ready ? 'true' : undefined}
      role="group"
      aria-label={title}
      viewBox={view && `${view.x} ${view.y} ${view.width} ${view.height}`}
      width={size?.width ?? '100%'}
      height={size?.height ?? '100%'}
      fontFamily={CHART_FONT_FAMILY}
      fill="#000000"
    >
      {/* The chart is a Chinese document in either UI language. */}
      <g transform={transform} lang="zh-CN">
        <g className="oa-edges" fill="none" stroke="#1a1a1a" strokeWidth={1.1}>
          {layout.edges.map((e) => (
            <path
              key={e.to}
              className={lit.has(e.from) && lit.has(e.to) ? 'oa-edge oa-edge-hit' : 'oa-edge'}
              d={'M' + e.points.map(([x, y]) => `${x} ${y}`).join('L')}
            />
          ))}
        </g>
        {layout.boxes.map((b) => (
          <Box key={b.key} box={b} highlighted={lit.has(b.key)} current={b.key === current} handlers={handlers} />
        ))}
        {children}
      </g>
    </svg>
  );
}
