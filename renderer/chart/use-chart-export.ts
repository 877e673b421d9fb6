// SVG and PNG export of the drawn chart. A PNG at 300 dpi takes seconds, so it runs as a
// task with progress and Cancel: cancelling stops it between steps and drops whatever was
// under way, and no file is downloaded unless the export finished.
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { ChartLayout } from '../../shared/chart/types.ts';
import { chartSvgDocument, download, exportSize, svgToPng } from './export.ts';

export interface ExportProgress {
  dpi: number;
  done: number;
  steps: number;
}

export type ExportOutcome = 'done' | 'cancelled' | { failed: string };

export function useChartExport(
  svgRef: RefObject<SVGSVGElement | null>,
  layout: ChartLayout,
  fileStem: string,
  onOutcome: (outcome: ExportOutcome) => void,
) {
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const running = useRef<AbortController | null>(null);
  // Leaving the chart cancels an export under way.
  useEffect(() => () => running.current?.abort(), []);

  const exportSvg = async () => {
    if (!svgRef.current) return;
    const text = await chartSvgDocument(svgRef.current, layout, true);
    download(new Blob([text], { type: 'image/svg+xml' }), `${fileStem}.svg`);
  };

  const exportPng = async (dpi: number) => {
    if (!svgRef.current || running.current) return;
    const controller = new AbortController();
    running.current = controller;
    setProgress({ dpi, done: 0, steps: 1 });
    try {
      const { width, height } = exportSize(layout);
      const svg = await chartSvgDocument(svgRef.current, layout, false);
      const png = await svgToPng(svg, width, height, dpi, controller.signal, (done, steps) =>
        setProgress({ dpi, done, steps }),
      );
      controller.signal.throwIfAborted();
      download(png, `${fileStem}-${dpi}dpi.png`);
      onOutcome('done');
    } catch (err) {
      if (controller.signal.aborted) onOutcome('cancelled');
      else onOutcome({ failed: err instanceof Error ? err.message : String(err) });
    } finally {
      running.current = null;
      setProgress(null);
    }
  };

  const cancel = () => running.current?.abort();

  return { exportSvg, exportPng, progress, cancel };
}
