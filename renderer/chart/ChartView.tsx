// The chart view (#/chart, 机构设置图): the office's structure as a tree with zoom, pan, fit,
// expand/collapse, search and click-to-open; the print setup; the printed pages (chart, unit
// duty sheet, booklet) kept in a print layer of the same page, shown as a preview before
// printing. The route's query string (params.ts) holds the office, the sheet and the print
// setup; each concern is a hook of its own (use-*.ts) and the toolbar a component.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { spokenLines } from '../../shared/chart/box.ts';
import { officeToChartTree, type GroupLabels } from '../../shared/chart/model.ts';
import { hasLegend, pageSizeMm } from '../../shared/chart/page.ts';
import type { ChartBox } from '../../shared/chart/types.ts';
import type { OfficeDetail, OfficeSummary } from '../../shared/types.ts';
import { api } from '../api.ts';
import { Status } from '../components/Status.tsx';
import { replaceRoute } from '../router.ts';
import { useApi } from '../use-api.ts';
import { useViewHeading } from '../view-focus.ts';
import { ChartLegend } from './ChartLegend.tsx';
import { ChartSvg, type BoxHandlers } from './ChartSvg.tsx';
import { ChartToolbar, DutySheetLink, type ToolbarActions } from './ChartToolbar.tsx';
import { findUnit, officeBlock, unitBlock, unitBlocks, useSheetFlow, type SheetBlock } from './DutySheets.tsx';
import { usePrintPage } from './page-style.ts';
import { printSheet, saveSheetPdf } from './print-actions.ts';
import { chartHref, type ChartParams, type Sheet } from './params.ts';
import { PrintLayer, printedPageCount, type PrintedSheet } from './PrintLayer.tsx';
import { SetupPanel } from './SetupPanel.tsx';
import { printed as printedText } from '../i18n.ts';
import { useChartExport, type ExportOutcome } from './use-chart-export.ts';
import { useChartFonts } from './use-chart-fonts.ts';
import { useChartLayout, usePrintPlan } from './use-chart-layout.ts';
import { useChartSearch } from './use-chart-search.ts';
import { useChartSetup } from './use-chart-setup.ts';
import { useChartView } from './use-chart-view.ts';
import { useCollapse } from './use-collapse.ts';
import { useRovingFocus } from './use-roving-focus.ts';
import { useStageHeight } from './use-stage-height.ts';
import './chart.css';

/** What a sheet is called in print, in its document title and in a saved PDF's name. */

/** The blocks a sheet prints: the unit's, or (booklet) the office's duties and every unit's. */
function sheetBlocks(office: OfficeDetail, sheet: Sheet, unitId: number | null): SheetBlock[] {
  if (sheet === 'booklet') return [officeBlock(office), ...unitBlocks(office.units)];
  if (sheet !== 'unit' || unitId === null) return [];
  const unit = findUnit(office, unitId);
  return unit ? [unitBlock(unit, 0)] : [];
}

/**
 * Resolves which office the route shows: `office=`, else the unit's office, else the first
 * of the app's office list (loaded once by App; `ready` once it is in).
 */
function useOffice(params: ChartParams, offices: OfficeSummary[], ready: boolean) {
  const unit = useApi(
    () => (params.unit && !params.office ? api.getUnit({ unitId: params.unit }) : Promise.resolve(null)),
    [params.unit, params.office],
  );
  const officeId =
    params.office ?? (unit.status === 'ready' && unit.value ? unit.value.office.id : null) ?? offices[0]?.id ?? null;
  const waiting = !ready || unit.status === 'loading';
  const detail = useApi(() => (officeId ? api.getOffice({ officeId }) : Promise.resolve(null)), [officeId]);
  const failed = [unit, detail].find((s) => s.status === 'error');
  return { failed, empty: !waiting && officeId === null, detail: detail.status === 'ready' ? detail.value : null };
}

export function ChartView({
  params,
  offices,
  ready,
}: {
  params: ChartParams;
  offices: OfficeSummary[];
  ready: boolean;
}) {
  const { t } = useTranslation('translation', { keyPrefix: 'chart' });
  const { failed, empty, detail } = useOffice(params, offices, ready);
  if (failed) return <Status state={failed} />;
  if (empty) return <p className="oa-chart-status">{t('noOffice')}</p>;
  if (!detail) return <p className="oa-chart-status">{t('loading')}</p>;
  // A new office or sheet starts afresh (view, listeners on the drawn chart).
  return <OfficeChart key={`${detail.id}|${params.sheet}|${params.unit}`} office={detail} params={params} />;
}

function OfficeChart({ office, params }: { office: OfficeDetail; params: ChartParams }) {
  const { t } = useTranslation('translation', { keyPrefix: 'chart' });
  const { t: tv } = useTranslation();
  const groupLabels = tv('printed.groups', { returnObjects: true }) as GroupLabels;
  const tree = useMemo(() => officeToChartTree(office, groupLabels), [office, groupLabels]);
  const { measure, fontReady, sheetFontReady } = useChartFonts(tree, office, params.sheet);
  const [setup, setSetup] = useChartSetup(params, office.id);
  const [query, setQuery] = useState('');
  const search = useChartSearch(office.id, tree, query);
  const collapse = useCollapse(tree, search.matches);
  const layout = useChartLayout(tree, measure, setup, collapse.collapsed);
  const plan = usePrintPlan(layout, setup);
  const svgRef = useRef<SVGSVGElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const [previewing, setPreviewing] = useState(params.sheet !== 'chart');
  const preview = params.sheet !== 'chart' || previewing;
  // Sized before the view fits the chart into it.
  useStageHeight(stageRef, !preview);
  const focusMatch = search.current >= 0 ? { key: search.matches[search.current]!, query: query.trim() } : null;
  const view = useChartView(svgRef, layout, fontReady, !preview, focusMatch);
  const roving = useRovingFocus(layout, svgRef, (box) => view.reveal(box, false));
  const blocks = useMemo(() => sheetBlocks(office, params.sheet, params.unit), [office, params.sheet, params.unit]);
  const flow = useSheetFlow(blocks, sheetFontReady);
  const [notice, setNotice] = useState('');
  const heading = useViewHeading(`${office.id}|${params.sheet}|${params.unit}`);

  const unitName = params.sheet === 'unit' && params.unit !== null ? findUnit(office, params.unit)?.name : undefined;
  const paperName = `${setup.paper}${printedText(`orientation.${setup.orientation}`)}`;
  const docTitle = [office.name, unitName, printedText(`title.${params.sheet}`), paperName].filter(Boolean).join('-');
  const paperMm = pageSizeMm(setup);
  usePrintPage(paperMm, docTitle);

  const exported = (outcome: ExportOutcome) => {
    if (outcome === 'cancelled') setNotice(tv('chartView.exportCancelled'));
    else if (outcome !== 'done') setNotice(tv('chartView.exportFailed', { message: outcome.failed }));
  };
  const exporter = useChartExport(svgRef, layout, `${office.name}-${printedText('title.chart')}`, exported);

  const toggle = (box: ChartBox) => {
    view.holdInPlace(box);
    collapse.toggle(box.key);
  };
  const handlers: BoxHandlers = {
    open: (box) => {
      if (box.unitId !== null) window.location.hash = `#/unit/${box.unitId}`;
    },
    toggle,
    label: (box) => {
      const { name: whole, rest } = spokenLines(box);
      const name = [whole, ...rest].join(' ');
      if (box.unitId === null) return name;
      return t(box.affiliated ? 'openAffiliatedUnit' : 'openUnit', { name });
    },
    toggleLabel: (box) => t(box.collapsed ? 'expand' : 'collapse', { name: spokenLines(box).name }),
    ...roving,
  };

  const actions: ToolbarActions = {
    zoomIn: () => view.zoomAt(1.25),
    zoomOut: () => view.zoomAt(0.8),
    fit: view.fitAll,
    expandAll: () => {
      view.refitNext();
      collapse.expandAll();
    },
    collapseAll: () => {
      view.refitNext();
      collapse.collapseAll();
    },
    preview: setPreviewing,
    print: () => void printSheet(setup),
    savePdf: () => void saveSheetPdf(setup, docTitle, t, setNotice),
    exportSvg: () => void exporter.exportSvg(),
    exportPng: () => {
      setNotice('');
      void exporter.exportPng(setup.dpi);
    },
    cancelExport: exporter.cancel,
  };

  const printed: PrintedSheet = {
    sheet: params.sheet,
    office,
    unitId: params.unit,
    layout,
    plan,
    internal: setup.internal,
    blocks,
    pages: flow.pages,
  };
  const sheetReady = params.sheet === 'chart' || (sheetFontReady && flow.pages !== null);
  const printReady = fontReady && sheetReady;
  const pageCount = printedPageCount(printed);
  const summary =
    params.sheet === 'unit'
      ? t('sheetPages', { count: pageCount })
      : t(params.sheet === 'booklet' ? 'bookletPages' : 'pages', { count: pageCount, pt: plan.minFontPt.toFixed(1) });

  return (
    <div className={`oa-chart-view${preview ? ' oa-chart-preview' : ''}`}>
      <h1 className="oa-chart-heading" ref={heading} tabIndex={-1}>
        <span lang="zh-CN">{office.name}</span>
        <span className="oa-print-title">{tv(`chartView.heading.${params.sheet}`, { unit: unitName ?? '' })}</span>
      </h1>
      <ChartToolbar
        officeId={office.id}
        officeName={office.name}
        sheet={params.sheet}
        previewing={previewing}
        query={query}
        onQuery={setQuery}
        search={search}
        exporting={exporter.progress}
        notice={notice}
        actions={actions}
      />
      {params.ignored.length > 0 && (
        <p className="oa-chart-ignored" role="status" data-testid="ignored-params">
          {t('ignoredParams', { params: params.ignored.join(', ') })}
        </p>
      )}
      <div className="oa-chart-subbar">
        <SetupPanel setup={setup} onChange={setSetup} summary={summary} sheet={params.sheet} />
        {!preview && <DutySheetLink officeId={office.id} search={search} />}
      </div>
      {!preview && hasLegend(layout) && (
        <ChartLegend
          labels={{
            internal: t('legendInternal'),
            dispatched: t('legendDispatched'),
            affiliated: t('legendAffiliated'),
            coordination: t('legendCoordination'),
            party: t('legendParty'),
            stationed: t('legendStationed'),
            nameplate: t('legendNameplate'),
            temporary: t('legendTemporary'),
          }}
          layout={layout}
          title={t('legend')}
        />
      )}
      {flow.measurer}
      {preview && sheetReady && (
        <p className="oa-print-summary" data-testid="preview-summary" aria-live="polite">
          {summary}
        </p>
      )}
      {!sheetReady && params.sheet !== 'chart' && (
        // Laying out a long booklet takes a moment: say so, and let it be called off (nothing
        // has been printed; Cancel goes back to the chart).
        <p className="oa-chart-task" role="status" data-testid="sheet-progress">
          {tv(`chartView.preparing.${params.sheet}`)}
          <progress aria-label={tv('chartView.progress')} />
          <button
            type="button"
            onClick={() => replaceRoute(chartHref({ office: office.id }))}
            data-testid="sheet-cancel"
          >
            {tv('chartView.cancel')}
          </button>
        </p>
      )}
      {!preview && !layout.boxes.some((b) => b.unitId !== null) && (
        <p className="oa-chart-status" data-testid="no-units">
          {t('noUnits')}
        </p>
      )}
      {!preview && (
        <div className="oa-chart-stage" data-testid="chart-stage" ref={stageRef}>
          <ChartSvg
            layout={layout}
            svgRef={svgRef}
            svgProps={view.pointer}
            testId="org-chart"
            ready={fontReady}
            title={t('chartLabel', { office: office.name })}
            transform={`translate(${view.view.x} ${view.view.y}) scale(${view.view.k})`}
            highlight={search.onPath}
            current={focusMatch?.key}
            handlers={handlers}
          />
        </div>
      )}
      <PrintLayer printed={printed} preview={preview} ready={printReady} chartPaperMm={paperMm} />
    </div>
  );
}
