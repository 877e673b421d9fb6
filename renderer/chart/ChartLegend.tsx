// The key to the chart's two kinds of box: a solid frame for the office's own divisions
// (内设机构), a dashed one for affiliated units (直属单位), or for every body outside the
// divisions when the chart groups them (派出机构, 议事协调机构 too). Shown on screen and on
// every printed chart page, only when the chart draws dashed boxes.
import type { CSSProperties } from 'react';
import type { ChartLayout } from '../../shared/chart/types.ts';

export interface LegendLabels {
  internal: string;
  affiliated: string;
  outside: string;
}

/** Group bars of bodies outside the divisions that are not 直属单位 (shared/chart/groups.ts). */
const OTHER_OUTSIDE = new Set(['group-dispatched', 'group-coordination']);

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
  const mixed = layout.boxes.some((b) => OTHER_OUTSIDE.has(b.key));
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
        {mixed ? labels.outside : labels.affiliated}
      </li>
    </ul>
  );
}
