// The chart as printed pages: one page, or tiles cut between boxes, each line that runs on to
// another sheet marked 接第 N 页 where it leaves the tile, the assembly guide on the first
// sheet; the legend above the footer when the chart has dashed boxes and no group bars.
import type { ChartLayout, PrintPlan, TileLink } from '../../shared/chart/types.ts';
import { placeLinkMarks, type PlacedMark } from '../../shared/chart/link-marks.ts';
import { clipBars, hasLegend, LEGEND_MM, PAGE_MARGIN_MM } from '../../shared/chart/page.ts';
import { ChartLegend } from './ChartLegend.tsx';
import { ChartSvg } from './ChartSvg.tsx';
import { pageNumber, PrintFooter, PrintHeader } from './furniture.tsx';
import { printed } from '../i18n.ts';

export interface ChartPagesProps {
  layout: ChartLayout;
  plan: PrintPlan;
  office: string;
  date: string;
  internal: boolean;
  /** The printed number of the first chart page, and the document's page count (null: the
   *  chart alone, numbered only when tiled). */
  first?: number;
  total?: number | null;
}

/** 接第 N 页 beside the line it labels (placed by shared/chart/link-marks.ts), on a white
 *  ground over the line (a rect: a stroked halo would put the text into the PDF twice). */
function LinkMark({ mark, fontPx, page }: { mark: PlacedMark; fontPx: number; page: number }) {
  const { ground } = mark;
  return (
    <g className="oa-link-mark">
      <rect x={ground.x} y={ground.y} width={ground.width} height={ground.height} fill="#fff" />
      <text x={mark.textX} y={mark.baseline} fontSize={fontPx} fontWeight={700}>
        {printed('continued', { page })}
      </text>
    </g>
  );
}

export function ChartPages({ layout, plan, office, date, internal, first = 1, total = null }: ChartPagesProps) {
  // Half a millimetre short of the page area, so rounding never spills onto a blank page.
  const width = `${plan.pageWidthMm - 2 * PAGE_MARGIN_MM}mm`;
  const height = `${plan.pageHeightMm - 2 * PAGE_MARGIN_MM - 0.5}mm`;
  // planPrint took the legend's strip off the chart area, so it never covers the chart.
  const legend = hasLegend(layout) && (
    <ChartLegend
      labels={printed('legend', { returnObjects: true })}
      layout={layout}
      style={{ height: `${LEGEND_MM}mm` }}
    />
  );
  const tiled = plan.tiles.length > 1;
  // An office without units prints its own box, modest, and says why nothing hangs below it.
  const noUnits = !layout.boxes.some((b) => b.unitId !== null);
  const pageOf = (link: TileLink) => first + link.to - 1;
  const count = total ?? (tiled ? plan.tiles.length : null);
  return (
    <>
      {plan.tiles.map((tile) => {
        const labels = [
          tiled ? printed('tile', { row: tile.row + 1, col: tile.col + 1 }) : null,
          count === null ? null : pageNumber(first + tile.index - 1, count),
        ].filter((l): l is string => l !== null);
        return (
          <section
            key={tile.index}
            className="oa-print-page oa-chart-page"
            style={{ width, height }}
            data-testid="print-page"
          >
            <PrintHeader
              office={office}
              title={printed('title.chart')}
              internal={internal}
              pageWidthMm={plan.pageWidthMm}
              guide={tiled && tile.index === 1 ? { plan, first } : undefined}
            />
            <div className={`oa-print-body${noUnits ? ' oa-print-body-note' : ''}`}>
              <ChartSvg
                layout={tiled ? clipBars(layout, tile) : layout}
                view={tile}
                size={{ width: tile.width * plan.scale, height: tile.height * plan.scale }}
                title={printed('chartOf', { office })}
              >
                {placeLinkMarks(tile, layout, layout.minFontPx, pageOf).map((mark, i) => (
                  <LinkMark key={i} mark={mark} fontPx={layout.minFontPx} page={pageOf(mark.link)} />
                ))}
              </ChartSvg>
              {noUnits && <p className="oa-print-note">{printed('noUnits')}</p>}
            </div>
            {legend}
            <PrintFooter date={date} labels={labels} />
          </section>
        );
      })}
    </>
  );
}
