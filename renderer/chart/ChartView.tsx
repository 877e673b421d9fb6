// The org chart view (#/chart). PLACEHOLDER until the chart work lands.
export function ChartView() {
  return <svg data-testid="org-chart" role="img" aria-label="org chart" />;
}
