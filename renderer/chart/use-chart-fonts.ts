// The web font's glyphs for what the chart and the sheets print, and the measurer that uses
// them. The chart is drawn at once with whatever font is there and measured again once the
// glyphs are in: CJK text is one em wide in any CJK font, so the chart barely moves. Glyphs
// loaded already (the chart opened again) are measured right the first time.
import { useEffect, useMemo, useState } from 'react';
import type { ChartNode, MeasureText } from '../../shared/chart/types.ts';
import type { OfficeDetail } from '../../shared/types.ts';
import { unitsInOrder } from './DutySheets.tsx';
import { PRINTED_LABELS } from './furniture.tsx';
import { canvasMeasurer, chartFontLoaded, loadChartFont } from './measure.ts';
import type { Sheet } from './params.ts';

export function chartTexts(node: ChartNode): string[] {
  return [node.name, ...node.aliases, ...node.people, ...node.children.flatMap(chartTexts)];
}

/** Texts printed only on the duty sheets and in the booklet. */
export function sheetTexts(office: OfficeDetail): string[] {
  const units = unitsInOrder(office.units);
  const duties = [...office.duties, ...units.flatMap((u) => u.duties)];
  const people = [...office.people, ...units.flatMap((u) => u.people)];
  return [
    ...office.aliases,
    ...duties.map((d) => `${d.label ?? ''}${d.text}`),
    ...people.map((p) => p.title + p.name),
    office.source.importedAt,
  ];
}

export function useChartFonts(tree: ChartNode, office: OfficeDetail, sheet: Sheet) {
  const fontTexts = useMemo(() => [...chartTexts(tree), PRINTED_LABELS], [tree]);
  const [measure, setMeasure] = useState<MeasureText>(canvasMeasurer);
  const [fontReady, setFontReady] = useState(() => chartFontLoaded(fontTexts));
  const [sheetFontReady, setSheetFontReady] = useState(false);

  useEffect(() => {
    if (fontReady) return;
    let live = true;
    void loadChartFont(fontTexts).then(() => {
      if (!live) return;
      setMeasure(() => canvasMeasurer());
      setFontReady(true);
    });
    return () => {
      live = false;
    };
  }, [fontTexts, fontReady]);

  useEffect(() => {
    let live = true;
    if (sheet !== 'chart') void loadChartFont(sheetTexts(office)).then(() => live && setSheetFontReady(true));
    return () => {
      live = false;
    };
  }, [office, sheet]);

  return { measure, fontReady, sheetFontReady };
}
