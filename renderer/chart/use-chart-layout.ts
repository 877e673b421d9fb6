// The chart's layout for the current setup and folded branches, and its print plan (pages,
// tiles, type size). Where the setup leaves text direction or units per row to the app, the
// chooser (shared/chart/auto.ts) picks what prints largest.
import { useMemo } from 'react';
import { autoLayout } from '../../shared/chart/auto.ts';
import { planPrint } from '../../shared/chart/page.ts';
import type { ChartLayout, ChartNode, MeasureText } from '../../shared/chart/types.ts';
import type { Setup } from './SetupPanel.tsx';

/** Base type size of unit names on screen and before print scaling. */
export const BASE_FONT_PX = 14;

export function useChartLayout(
  tree: ChartNode,
  measure: MeasureText,
  setup: Setup,
  collapsed: ReadonlySet<string>,
): ChartLayout {
  const { textMode, perRow, showPeople, paper, orientation, minFontPt } = setup;
  return useMemo(() => {
    const base = { fontPx: BASE_FONT_PX, showPeople, collapsed };
    // With both fixed the chooser has one candidate, which it still spreads over the page
    // when a few units would leave it empty.
    const fixed = {
      ...(textMode === 'auto' ? {} : { textMode }),
      ...(perRow === 'auto' ? {} : { maxPerRow: perRow }),
    };
    return autoLayout(tree, measure, base, { paper, orientation, minFontPt }, fixed);
  }, [tree, measure, textMode, perRow, showPeople, paper, orientation, minFontPt, collapsed]);
}

export function usePrintPlan(layout: ChartLayout, setup: Setup) {
  const { paper, orientation, fitToPage, minFontPt } = setup;
  return useMemo(
    () => planPrint(layout, { paper, orientation, fitToPage, minFontPt }),
    [layout, paper, orientation, fitToPage, minFontPt],
  );
}
