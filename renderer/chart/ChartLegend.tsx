// The key to the chart's two kinds of box: a solid frame for the office's own divisions
// (内设机构), a dashed one for affiliated units (直属单位). Shown on screen and on every
// printed chart page, only when the chart draws dashed boxes.
import type { CSSProperties } from 'react';

export interface LegendLabels {
  internal: string;
  affiliated: string;
}

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

export function ChartLegend({ labels, title, style }: { labels: LegendLabels; title?: string; style?: CSSProperties }) {
  return (
    <ul className="oa-chart-legend" aria-label={title} style={style}>
      <li>
        <Swatch dashed={false} />
        {labels.internal}
      </li>
      <li>
        <Swatch dashed />
        {labels.affiliated}
      </li>
    </ul>
  );
}
