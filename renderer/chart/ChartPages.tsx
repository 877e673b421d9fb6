// The chart as printed pages: one page, or tiles with overlap labelled 续页 n/N; the legend
// above the footer when the chart has dashed boxes.
import type { ChartLayout, PrintPlan } from '../../shared/chart/types.ts';
import { hasLegend, LEGEND_MM, PAGE_MARGIN_MM, tileLabel } from '../../shared/chart/page.ts';
import { ChartLegend } from './ChartLegend.tsx';
import { ChartSvg } from './ChartSvg.tsx';
import { PrintFooter, PrintHeader } from './furniture.tsx';
import { PRINTED_LEGEND } from './strings.ts';

export interface ChartPagesProps {
  layout: ChartLayout;
  plan: PrintPlan;
  office: string;
  asOf: string;
  internal: boolean;
}

export function ChartPages({ layout, plan, office, asOf, internal }: ChartPagesProps) {
  // Half a millimetre short of the page area, so rounding never spills onto a blank page.
  const width = `${plan.pageWidthMm - 2 * PAGE_MARGIN_MM}mm`;
  const height = `${plan.pageHeightMm - 2 * PAGE_MARGIN_MM - 0.5}mm`;
  // planPrint took the legend's strip off the chart area, so it never covers the chart.
  const legend = hasLegend(layout) && <ChartLegend labels={PRINTED_LEGEND} style={{ height: `${LEGEND_MM}mm` }} />;
  return (
    <>
      {plan.tiles.map((tile) => (
        <section key={tile.index} className="oa-print-page oa-chart-page" style={{ width, height }} data-testid="print-page">
          <PrintHeader office={office} title="机构设置图" internal={internal} />
          <div className="oa-print-body">
            <ChartSvg
              layout={layout}
              view={tile}
              size={{ width: tile.width * plan.scale, height: tile.height * plan.scale }}
              title={`${office}机构设置图`}
            />
          </div>
          {legend}
          <PrintFooter asOf={asOf} label={tileLabel(plan, tile)} />
        </section>
      ))}
    </>
  );
}
