// The org chart view (#/chart): the office's structure as a tree with zoom, pan, fit,
// expand/collapse, search-to-highlight and click-to-open; the print setup; the printed
// pages (chart, unit duty sheet, booklet) kept in a print-only layer of the same page.
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { autoLayout } from '../../shared/chart/auto.ts';
import { layoutChart } from '../../shared/chart/layout.ts';
import { officeToChartTree } from '../../shared/chart/model.ts';
import { hasLegend, pageSizeMm, planPrint } from '../../shared/chart/page.ts';
import { ancestorsOf, searchChart } from '../../shared/chart/search.ts';
import type { ChartBox, ChartNode, MeasureText } from '../../shared/chart/types.ts';
import type { OfficeDetail, OfficeSummary } from '../../shared/types.ts';
import { api, desktop } from '../api.ts';
import { Status } from '../components/Status.tsx';
import { useHash } from '../router.ts';
import { useApi } from '../use-api.ts';
import { useViewHeading } from '../view-focus.ts';
import { ChartLegend } from './ChartLegend.tsx';
import { ChartPages } from './ChartPages.tsx';
import { ChartSvg, type BoxHandlers } from './ChartSvg.tsx';
import { Booklet, UnitDutySheet, unitsInOrder } from './DutySheets.tsx';
import { chartSvgDocument, download, exportSize, svgToPng } from './export.ts';
import { asOfDate, PRINTED_LABELS } from './furniture.tsx';
import { canvasMeasurer, chartFontLoaded, loadChartFont } from './measure.ts';
import { usePanZoom } from './pan-zoom.ts';
import { installPrintStyle, pageCss } from './page-style.ts';
import { chartHref, parseChartParams, type ChartParams } from './params.ts';
import { SetupPanel, type Setup } from './SetupPanel.tsx';
import { CHART_NS, registerChartStrings } from './strings.ts';
import './chart.css';

/** Base type size of unit names on screen and before print scaling. */
const BASE_FONT_PX = 14;

function chartTexts(node: ChartNode): string[] {
  return [node.name, ...node.aliases, ...node.people, ...node.children.flatMap(chartTexts)];
}

/** Texts printed only on the duty sheets and in the booklet. */
function sheetTexts(office: OfficeDetail): string[] {
  const duties = [...office.duties, ...unitsInOrder(office.units).flatMap((u) => u.duties)];
  const people = [...office.people, ...unitsInOrder(office.units).flatMap((u) => u.people)];
  return [...office.aliases, ...duties.map((d) => `${d.label ?? ''}${d.text}`), ...people.map((p) => p.title + p.name)];
}

/**
 * Resolves which office the route shows: `office=`, else the unit's office, else the first
 * of the app's office list (loaded once by App; `ready` once it is in).
 */
function useOffice(params: ChartParams, offices: OfficeSummary[], ready: boolean) {
  const unit = useApi(() => (params.unit && !params.office ? api.getUnit({ unitId: params.unit }) : Promise.resolve(null)), [params.unit, params.office]);
  const officeId = params.office ?? (unit.status === 'ready' && unit.value ? unit.value.office.id : null) ?? offices[0]?.id ?? null;
  const waiting = !ready || unit.status === 'loading';
  const detail = useApi(() => (officeId ? api.getOffice({ officeId }) : Promise.resolve(null)), [officeId]);
  const failed = [unit, detail].find((s) => s.status === 'error');
  return { failed, empty: !waiting && officeId === null, detail: detail.status === 'ready' ? detail.value : null };
}

export function ChartView({ offices, ready }: { offices: OfficeSummary[]; ready: boolean }) {
  // Registered on first use: at import time i18next is not initialised yet.
  registerChartStrings();
  const { t } = useTranslation(CHART_NS);
  const params = parseChartParams(useHash());
  const { failed, empty, detail } = useOffice(params, offices, ready);
  if (failed) return <Status state={failed} />;
  if (empty) return <p className="oa-chart-status">{t('noOffice')}</p>;
  if (!detail) return <p className="oa-chart-status">{t('loading')}</p>;
  // A new office or sheet starts afresh (view, listeners on the drawn chart).
  return <OfficeChart key={`${detail.id}|${params.sheet}|${params.unit}`} office={detail} params={params} />;
}

function OfficeChart({ office, params }: { office: OfficeDetail; params: ChartParams }) {
  const { t } = useTranslation(CHART_NS);
  const tree = useMemo(() => officeToChartTree(office), [office]);
  // Draw at once with whatever font is there, measure again once the web font's glyphs
  // are in: CJK text is one em wide in any CJK font, so the chart barely moves. Glyphs
  // loaded already (the chart opened again) are measured right the first time.
  const fontTexts = useMemo(() => [...chartTexts(tree), PRINTED_LABELS], [tree]);
  const [measure, setMeasure] = useState<MeasureText>(canvasMeasurer);
  const [fontReady, setFontReady] = useState(() => chartFontLoaded(fontTexts));
  const [sheetFontReady, setSheetFontReady] = useState(false);
  const [setup, setSetup] = useState<Setup>({
    paper: params.paper,
    orientation: params.orientation,
    fitToPage: params.fitToPage,
    minFontPt: 8,
    textMode: params.textMode,
    perRow: params.perRow,
    showPeople: true,
    internal: params.internal,
    dpi: 300,
  });
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState('');
  const svgRef = useRef<SVGSVGElement>(null);
  const heading = useViewHeading(`${office.id}|${params.sheet}|${params.unit}`);
  const { view, zoomAt, fit, pointer } = usePanZoom(svgRef);

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
    if (params.sheet !== 'chart') void loadChartFont(sheetTexts(office)).then(() => live && setSheetFontReady(true));
    return () => {
      live = false;
    };
  }, [office, params.sheet]);

  const layout = useMemo(() => {
    const base = { fontPx: BASE_FONT_PX, showPeople: setup.showPeople, collapsed };
    const fixed = {
      ...(setup.textMode === 'auto' ? {} : { textMode: setup.textMode }),
      ...(setup.perRow === 'auto' ? {} : { maxPerRow: setup.perRow }),
    };
    if (setup.textMode !== 'auto' && setup.perRow !== 'auto') {
      return layoutChart(tree, measure, { ...base, textMode: setup.textMode, maxPerRow: setup.perRow });
    }
    return autoLayout(tree, measure, base, setup, fixed);
  }, [tree, measure, setup.textMode, setup.perRow, setup.showPeople, setup.paper, setup.orientation, collapsed]);

  const plan = useMemo(() => planPrint(layout, setup), [layout, setup]);
  const search = useMemo(() => searchChart(tree, query), [tree, query]);
  // One matching unit: offer its duty sheet.
  const soleUnit = search.matches.length === 1 && search.unitIds.length === 1 ? search.unitIds[0]! : null;

  // A match inside a collapsed branch opens the branch.
  useEffect(() => {
    const hiding = ancestorsOf(tree, new Set(search.matches));
    if ([...hiding].some((k) => collapsed.has(k))) setCollapsed(new Set([...collapsed].filter((k) => !hiding.has(k))));
  }, [search, tree, collapsed]);

  // Fit the chart to the window when it first appears and when its arrangement changes.
  const fitted = useRef('');
  useEffect(() => {
    const key = `${layout.options.textMode}|${layout.options.maxPerRow}|${layout.options.showPeople}|${fontReady}`;
    if (fitted.current !== key) {
      fitted.current = key;
      fit(layout.width, layout.height);
    }
  }, [layout, fit, fontReady]);

  const pageMm = pageSizeMm(setup);
  useEffect(() => installPrintStyle(pageCss(pageMm, params.sheet === 'booklet')), [pageMm[0], pageMm[1], params.sheet]);

  const handlers: BoxHandlers = {
    open: (box) => {
      if (box.unitId !== null) window.location.hash = `#/unit/${box.unitId}`;
    },
    toggle: (box) => {
      const next = new Set(collapsed);
      if (next.has(box.key)) next.delete(box.key);
      else next.add(box.key);
      setCollapsed(next);
    },
    label: (box) => {
      const name = box.texts.map((x) => x.text).join(' ');
      if (box.unitId === null) return name;
      return t(box.affiliated ? 'openAffiliatedUnit' : 'openUnit', { name });
    },
    toggleLabel: (box: ChartBox) => t(box.collapsed ? 'expand' : 'collapse', { name: box.texts[0]!.text }),
  };

  const collapseAll = () => {
    const keys = new Set<string>();
    const walk = (n: ChartNode) => n.children.forEach((c) => (c.children.length && keys.add(c.key), walk(c)));
    walk(tree);
    setCollapsed(keys);
  };

  const print = async () => {
    // A refused or failed print leaves nothing to report: the system dialog said what it had to.
    if (desktop) await desktop.printPage({ landscape: setup.orientation === 'landscape' }).catch(() => false);
    else window.print();
  };
  const savePdf = async () => {
    if (!desktop) return;
    const what = params.sheet === 'booklet' ? '机构职能手册' : params.sheet === 'unit' ? '职责清单' : '机构设置图';
    const failed = (message?: string) => setNotice(t('pdfFailed', { message: message ? `：${message}` : '' }));
    try {
      const result = await desktop.savePdf({ pageSize: setup.paper, landscape: setup.orientation === 'landscape', defaultName: `${office.name}-${what}.pdf` });
      if (result.saved) setNotice(t('pdfSaved', { path: result.path }));
      else if (result.reason === 'failed') failed(result.message);
    } catch (err) {
      // Refused by the main process (an argument it does not accept): say so, like a failed write.
      failed(err instanceof Error ? err.message : undefined);
    }
  };
  const exportSvg = async () => {
    if (!svgRef.current) return;
    download(new Blob([await chartSvgDocument(svgRef.current, layout, true)], { type: 'image/svg+xml' }), `${office.name}-机构设置图.svg`);
  };
  const exportPng = async () => {
    if (!svgRef.current) return;
    const { width, height } = exportSize(layout);
    download(await svgToPng(await chartSvgDocument(svgRef.current, layout, false), width, height, setup.dpi), `${office.name}-机构设置图-${setup.dpi}dpi.png`);
  };

  const asOf = asOfDate(office);
  const printReady = fontReady && (params.sheet === 'chart' || sheetFontReady);
  const chartPages = (
    <ChartPages layout={layout} plan={plan} office={office.name} asOf={asOf} internal={setup.internal} />
  );
  const printed =
    params.sheet === 'unit' && params.unit ? (
      <UnitDutySheet office={office} unitId={params.unit} internal={setup.internal} />
    ) : params.sheet === 'booklet' ? (
      <Booklet office={office} internal={setup.internal} chart={chartPages} />
    ) : (
      chartPages
    );
  const preview = params.sheet !== 'chart';
  const summary = t('pages', { count: plan.tiles.length, pt: plan.minFontPt.toFixed(1) });

  return (
    <div className={`oa-chart-view${preview ? ' oa-chart-preview' : ''}`}>
      <h1 className="oa-chart-heading" ref={heading} tabIndex={-1}>
        {office.name}
        <span className="oa-print-title">{params.sheet === 'booklet' ? '机构设置与职责手册' : params.sheet === 'unit' ? '职责清单' : '机构设置图'}</span>
      </h1>
      <div className="oa-chart-toolbar" role="toolbar" aria-label={t('chartLabel', { office: office.name })}>
        {preview ? (
          <a href={chartHref({ office: office.id })}>{t('backToChart')}</a>
        ) : (
          <>
            <label className="oa-chart-search">
              <span>{t('search')}</span>
              <input
                type="search"
                value={query}
                placeholder={t('searchPlaceholder')}
                onChange={(e) => setQuery(e.target.value)}
                data-testid="chart-search"
              />
            </label>
            {query.trim() && (
              <span className="oa-chart-count" aria-live="polite">
                {search.matches.length ? t('matches', { count: search.matches.length }) : t('noMatch')}
              </span>
            )}
            {soleUnit !== null && (
              <a href={chartHref({ office: office.id, sheet: 'unit', unit: soleUnit })} data-testid="duty-sheet-link">
                {t('dutySheet')}
              </a>
            )}
            <button type="button" onClick={() => zoomAt(1.25)} aria-label={t('zoomIn')} title={t('zoomIn')}>＋</button>
            <button type="button" onClick={() => zoomAt(0.8)} aria-label={t('zoomOut')} title={t('zoomOut')}>－</button>
            <button type="button" onClick={() => fit(layout.width, layout.height)} data-testid="chart-fit">{t('fit')}</button>
            <button type="button" onClick={() => setCollapsed(new Set())}>{t('expandAll')}</button>
            <button type="button" onClick={collapseAll}>{t('collapseAll')}</button>
          </>
        )}
        <button type="button" onClick={() => void print()} data-testid="chart-print">{t('print')}</button>
        {desktop && <button type="button" onClick={() => void savePdf()}>{t('savePdf')}</button>}
        {!preview && (
          <>
            <button type="button" onClick={() => void exportSvg()} data-testid="export-svg">{t('exportSvg')}</button>
            <button type="button" onClick={() => void exportPng()} data-testid="export-png">{t('exportPng')}</button>
            <a href={chartHref({ office: office.id, sheet: 'booklet' })}>{t('booklet')}</a>
          </>
        )}
        {notice && <span role="status">{notice}</span>}
      </div>
      <SetupPanel setup={setup} onChange={setSetup} summary={summary} />
      {!preview && hasLegend(layout) && (
        <ChartLegend labels={{ internal: t('legendInternal'), affiliated: t('legendAffiliated') }} title={t('legend')} />
      )}
      {!preview && (
        <div className="oa-chart-stage">
          <ChartSvg
            layout={layout}
            svgRef={svgRef}
            svgProps={pointer}
            testId="org-chart"
            ready={fontReady}
            title={t('chartLabel', { office: office.name })}
            transform={`translate(${view.x} ${view.y}) scale(${view.k})`}
            highlight={search.onPath}
            handlers={handlers}
          />
        </div>
      )}
      {createPortal(
        <div className={`oa-print-root${preview ? ' oa-print-preview' : ''}`} data-testid="print-root" data-ready={printReady ? 'true' : undefined}>
          {printed}
        </div>,
        document.body,
      )}
    </div>
  );
}
