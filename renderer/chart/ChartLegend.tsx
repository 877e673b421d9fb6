// The key to the chart's two kinds of box: a solid frame for the office's own divisions
// (内设机构), a dashed one for affiliated units (直属单位). Shown on screen and on every
// printed chart page, only when the chart draws dashed boxes.
import type { CSSProperties } from 'react';
import type { ChartGroup } from '../../shared/chart/groups.ts';
import type { ChartLayout } from '../../shared/chart/types.ts';

export type LegendLabels = Record<ChartGroup, string>;

/** A box frame as the chart draws it (ChartSvg: stroke, and the dash of affiliated units). */
function Swatch({ dashed }: { dashed: boolean }) {
  return (
    <svg className="oa-legend-swatch" width="22" height="12" viewBox="0 0 22 12" aria-hidden="true">
      <rect
        x="1"
        y="1"
        width="20"
        height="10"
        rx="2"
        fill="#fff"
        stroke="#1a1a1a"
        strokeWidth="1.1"
        strokeDasharray={dashed ? '4 3' : undefined}
      />
    </svg>
  );
}

/** `layout` says which kinds the chart draws: an office of only 直属单位 gets no key to
 *  内设机构 boxes it does not have. */
export function ChartLegend({
  labels,
  layout,
  title,
  style,
}: {
  labels: LegendLabels;
  layout: Pick<ChartLayout, 'boxes'>;
  title?: string;
  style?: CSSProperties;
}) {
  const internal = layout.boxes.some((b) => b.unitId !== null && !b.affiliated);
  // Without group bars the dashed boxes are of one group: an office of only 派出机构 keys
  // them as such, not as 直属单位.
  const outside = new Set(layout.boxes.filter((b) => b.affiliated).map((b) => b.outside ?? 'affiliated'));
  const dashed = outside.size === 1 ? [...outside][0]! : 'affiliated';
  return (
    <ul className="oa-chart-legend" aria-label={title} style={style}>
      {internal && (
        <li>
          <Swatch dashed={false} />
          {labels.internal}
        </li>
      )}
      <li>
        <Swatch dashed />
        {labels[dashed]}
      </li>
    </ul>
  );
}
