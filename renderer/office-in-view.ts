// Which office the top bar's links (机构概览, 机构设置图) lead to: the one in view — an
// office page, a unit's office, the chart's office — else the last one viewed, else the first.
import { useEffect, useState } from 'react';
import type { OfficeSummary } from '../shared/types.ts';
import { api } from './api.ts';
import type { Route } from './routes.ts';
import { useApi } from './use-api.ts';

export function useOfficeInView(route: Route, offices: OfficeSummary[]): number | null {
  const [last, setLast] = useState<number | null>(null);
  const chart = route.name === 'chart' ? route.chart : null;
  const unitId = route.name === 'unit' ? route.id : chart && !chart.office ? chart.unit : null;
  const unit = useApi(() => (unitId ? api.getUnit({ unitId }) : Promise.resolve(null)), [unitId]);
  const unitOffice = unit.status === 'ready' && unit.value ? unit.value.office.id : null;
  const shown = route.name === 'office' ? route.id : unitId ? unitOffice : (chart?.office ?? null);
  // A mistyped or deleted id in the address is not an office to go back to.
  const current = offices.some((o) => o.id === shown) ? shown : null;
  useEffect(() => {
    if (current !== null) setLast(current);
  }, [current]);
  return current ?? last ?? offices[0]?.id ?? null;
}
