// The print setup as the chart view uses it: read from the route (so a printed page can be
// linked to and reproduced) and written back to it, replacing the history entry rather than
// adding one per change. Only the export resolution is the view's own. Duty sheets and the
// booklet are A4 portrait whatever the route says.
import { useState } from 'react';
import { replaceRoute } from '../router.ts';
import { setupHref, type ChartParams } from './params.ts';
import type { Setup } from './SetupPanel.tsx';

export function useChartSetup(params: ChartParams, officeId: number): [Setup, (next: Setup) => void] {
  const [dpi, setDpi] = useState(300);
  const chartSheet = params.sheet === 'chart';
  const setup: Setup = {
    paper: chartSheet ? params.paper : 'A4',
    orientation: chartSheet ? params.orientation : 'portrait',
    fitToPage: params.fitToPage,
    minFontPt: params.minFontPt,
    textMode: params.textMode,
    perRow: params.perRow,
    showPeople: params.showPeople,
    internal: params.internal,
    dpi,
  };
  const change = (next: Setup) => {
    setDpi(next.dpi);
    replaceRoute(
      setupHref({
        ...params,
        office: officeId,
        // A sheet's forced A4 portrait is not the chart's own choice: keep that in the route.
        paper: chartSheet ? next.paper : params.paper,
        orientation: chartSheet ? next.orientation : params.orientation,
        fitToPage: next.fitToPage,
        minFontPt: next.minFontPt,
        textMode: next.textMode,
        perRow: next.perRow,
        showPeople: next.showPeople,
        internal: next.internal,
      }),
    );
  };
  return [setup, change];
}
