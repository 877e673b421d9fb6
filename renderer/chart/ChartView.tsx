// The chart view (#/chart, 机构设置图): the office's structure as a tree with zoom, pan, fit,
// expand/collapse, search-to-highlight and click-to-open; the print setup; the printed
// pages (chart, unit duty sheet, booklet) kept in a print layer of the same page, shown as
// a preview before printing.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
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
import { printed as printedText } from '../i18n.ts';
import { Status } from '../components/Status.tsx';
import { useHash } from '../router.ts';
import { useApi } from '../use-api.ts';
import { useViewHeading } from '../view-focus.ts';
import { ChartLegend } from './ChartLegend.tsx';
import { ChartPages } from './ChartPages.tsx';
import { ChartSvg, type BoxHandlers } from './ChartSvg.tsx';
import { Booklet, bookletPageCount } from './Booklet.tsx';
import {
  findUnit,
  FlowedPages,
  officeBlock,
  unitBlock,
  unitBlocks,
  unitsInOrder,
  useSheetFlow,
  type SheetBlock,
} from './DutySheets.tsx';
import { chartSvgDocument, download, exportSize, svgToPng } from './export.ts';
import { dataDate, PRINTED_LABELS } from './furniture.tsx';
import { canvasMeasurer, chartFontLoaded, loadChartFont } from './measure.ts';
import { usePanZoom } from './pan-zoom.ts';
import { installPrintStyle, pageCss } from './page-style.ts';
import { chartHref, parseChartParams, setupHref, type ChartParams, type Sheet } from './params.ts';
import { SetupPanel, type Setup } from './SetupPanel.tsx';
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
  return [
    ...office.aliases,
    ...duties.map((d) => `${d.label ?? ''}${d.text}`),
    ...people.map((p) => p.title + p.name),
    office.source.importedAt,
  ];
}

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

export function ChartView({ offices, ready }: { offices: OfficeSummary[]; ready: boolean }) {
  const { t } = useTranslation('translation', { keyPrefix: 'chart' });
  const params = parseChartParams(useHash());
  const { failed, empty, detail } = useOffice(params, offices, ready);
  if (failed) return <Status state={failed} />;
  if (empty) return <p className="oa-chart-status">{t('noOffice')}</p>;
  if (!detail) return <p className="oa-chart-status">{t('loading')}</p>;
  // A new office or sheet starts afresh (view, listeners on the drawn chart).
  return <OfficeChart key={`${detail.id}|${params.sheet}|${params.unit}`} office={detail} params={params} />;
}

function OfficeChart({ office, params }: { office: OfficeDetail; params: ChartParams }) {
  const { t } = useTranslation('translation', { keyPrefix: 'chart' });
  const tree = useMemo(() => officeToChartTree(office), [office]);
  // Draw at once with whatever font is there, measure again once the web font's glyphs
  // are in: CJK text is one em wide in any CJK font, so the chart barely moves. Glyphs
  // loaded already (the chart opened again) are measured right the first time.
  const fontTexts = useMemo(() => [...chartTexts(tree), PRINTED_LABELS], [tree]);
  const [measure, setMeasure] = useState<MeasureText>(canvasMeasurer);
  const [fontReady, setFontReady] = useState(() => chartFontLoaded(fontTexts));
  const [sheetFontReady, setSheetFontReady] = useState(false);
  // The query string holds the print setup (the route reproduces the printed page); the
  // rest of it is the view's own. Duty sheets and the booklet are A4 portrait whatever the
  // query string says.
  const chartSheet = params.sheet === 'chart';
  const [local, setLocal] = useState({ minFontPt: 8, showPeople: true, dpi: 300 });
  const setup: Setup = {
    ...local,
    paper: chartSheet ? params.paper : 'A4',
    orientation: chartSheet ? params.orientation : 'portrait',
    fitToPage: params.fitToPage,
    textMode: params.textMode,
    perRow: params.perRow,
    internal: params.internal,
  };
  const setSetup = (next: Setup) => {
    setLocal({ minFontPt: next.minFontPt, showPeople: next.showPeople, dpi: next.dpi });
    const route = setupHref({
      ...params,
      office: office.id,
      paper: next.paper,
      orientation: next.orientation,
      fitToPage: next.fitToPage,
      textMode: next.textMode,
      perRow: next.perRow,
      internal: next.internal,
    });
    if (route !== window.location.hash) window.location.replace(route);
  };
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

  const { paper, orientation, fitToPage, minFontPt, textMode, perRow, showPeople } = setup;
  const layout = useMemo(() => {
    const base = { fontPx: BASE_FONT_PX, showPeople, collapsed };
    const fixed = {
      ...(textMode === 'auto' ? {} : { textMode }),
      ...(perRow === 'auto' ? {} : { maxPerRow: perRow }),
    };
    if (textMode !== 'auto' && perRow !== 'auto')
      return layoutChart(tree, measure, { ...base, textMode, maxPerRow: perRow });
    return autoLayout(tree, measure, base, { paper, orientation, minFontPt }, fixed);
  }, [tree, measure, textMode, perRow, showPeople, paper, orientation, minFontPt, collapsed]);

  const plan = useMemo(
    () => planPrint(layout, { paper, orientation, fitToPage, minFontPt }),
    [layout, paper, orientation, fitToPage, minFontPt],
  );
  const blocks = useMemo(() => sheetBlocks(office, params.sheet, params.unit), [office, params.sheet, params.unit]);
  const flow = useSheetFlow(blocks, sheetFontReady);
  const [previewing, setPreviewing] = useState(params.sheet !== 'chart');
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

  const [pageWidthMm, pageHeightMm] = pageSizeMm(setup);
  useEffect(() => installPrintStyle(pageCss([pageWidthMm, pageHeightMm])), [pageWidthMm, pageHeightMm]);
  // A distinct title per sheet: Chromium's Save as PDF names the file after it.
  const unitName = params.sheet === 'unit' && params.unit !== null ? findUnit(office, params.unit)?.name : undefined;
  const paperName = `${setup.paper}${printedText(`orientation.${setup.orientation}`)}`;
  const docTitle = [office.name, unitName, printedText(`title.${params.sheet}`), paperName].filter(Boolean).join('-');
  useEffect(() => {
    const before = document.title;
    document.title = docTitle;
    return () => {
      document.title = before;
    };
  }, [docTitle]);

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
    const failed = (message?: string) => setNotice(message ? t('pdfFailedBecause', { message }) : t('pdfFailed'));
    try {
      const result = await desktop.savePdf({
        pageSize: setup.paper,
        landscape: setup.orientation === 'landscape',
        defaultName: `${docTitle}.pdf`,
      });
      if (result.saved) setNotice(t('pdfSaved', { path: result.path }));
      else if (result.reason === 'failed') failed(result.message);
    } catch (err) {
      // Refused by the main process (an argument it does not accept): say so, like a failed write.
      failed(err instanceof Error ? err.message : undefined);
    }
  };
  const exportSvg = async () => {
    if (!svgRef.current) return;
    download(
      new Blob([await chartSvgDocument(svgRef.current, layout, true)], { type: 'image/svg+xml' }),
      `${office.name}-${printedText('title.chart')}.svg`,
    );
  };
  const exportPng = async () => {
    if (!svgRef.current) return;
    const { width, height } = exportSize(layout);
    download(
      await svgToPng(await chartSvgDocument(svgRef.current, layout, false), width, height, setup.dpi),
      `${office.name}-${printedText('title.chart')}-${setup.dpi}dpi.png`,
    );
  };

  const date = dataDate(office);
  const pages = flow.pages;
  const printReady = fontReady && (params.sheet === 'chart' || (sheetFontReady && pages !== null));
  const missingUnit = params.sheet === 'unit' && blocks.length === 0;
  let printed: ReactNode = null;
  let pageCount = plan.tiles.length;
  if (params.sheet === 'chart') {
    printed = <ChartPages layout={layout} plan={plan} office={office.name} date={date} internal={setup.internal} />;
  } else if (missingUnit) {
    printed = <p role="alert">{t('noUnit', { office: office.name, unit: params.unit })}</p>;
  } else if (pages && params.sheet === 'unit') {
    pageCount = pages.length;
    printed = (
      <FlowedPages
        blocks={blocks}
        pages={pages}
        frame={{ office, internal: setup.internal, total: pages.length }}
        first={1}
      />
    );
  } else if (pages) {
    pageCount = bookletPageCount(blocks, pages, plan.tiles.length);
    printed = (
      <Booklet
        office={office}
        internal={setup.internal}
        blocks={blocks}
        pages={pages}
        chartPageCount={plan.tiles.length}
        chart={(first, total) => (
          <ChartPages
            layout={layout}
            plan={plan}
            office={office.name}
            date={date}
            internal={setup.internal}
            first={first}
            total={total}
          />
        )}
      />
    );
  }
  const preview = params.sheet !== 'chart' || previewing;
  const summary =
    params.sheet === 'unit'
      ? t('sheetPages', { count: pageCount })
      : t(params.sheet === 'booklet' ? 'bookletPages' : 'pages', { count: pageCount, pt: plan.minFontPt.toFixed(1) });

  return (
    <div className={`oa-chart-view${preview ? ' oa-chart-preview' : ''}`}>
      <h1 className="oa-chart-heading" ref={heading} tabIndex={-1}>
        <span lang="zh-CN">{office.name}</span>
        <span className="oa-print-title">
          {unitName ? t('sheet.unitOf', { unit: unitName }) : t(`sheet.${params.sheet}`)}
        </span>
      </h1>
      <div className="oa-chart-toolbar" role="toolbar" aria-label={t('chartLabel', { office: office.name })}>
        {params.sheet !== 'chart' ? (
          <a href={chartHref({ office: office.id })}>{t('backToChart')}</a>
        ) : previewing ? (
          <button type="button" onClick={() => setPreviewing(false)} data-testid="close-preview">
            {t('closePreview')}
          </button>
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
            <button type="button" onClick={() => zoomAt(1.25)} aria-label={t('zoomIn')} title={t('zoomIn')}>
              ＋
            </button>
            <button type="button" onClick={() => zoomAt(0.8)} aria-label={t('zoomOut')} title={t('zoomOut')}>
              －
            </button>
            <button type="button" onClick={() => fit(layout.width, layout.height)} data-testid="chart-fit">
              {t('fit')}
            </button>
            <button type="button" onClick={() => setCollapsed(new Set())}>
              {t('expandAll')}
            </button>
            <button type="button" onClick={collapseAll}>
              {t('collapseAll')}
            </button>
          </>
        )}
        {preview ? (
          <button type="button" onClick={() => void print()} data-testid="chart-print">
            {t('print')}
          </button>
        ) : (
          <button type="button" onClick={() => setPreviewing(true)} data-testid="chart-print">
            {t('printPreview')}
          </button>
        )}
        {desktop && (
          <button type="button" onClick={() => void savePdf()}>
            {t('savePdf')}
          </button>
        )}
        {!preview && (
          <>
            <button type="button" onClick={() => void exportSvg()} data-testid="export-svg">
              {t('exportSvg')}
            </button>
            <button type="button" onClick={() => void exportPng()} data-testid="export-png">
              {t('exportPng')}
            </button>
            <a href={chartHref({ office: office.id, sheet: 'booklet' })}>{t('booklet')}</a>
          </>
        )}
        {notice && <span role="status">{notice}</span>}
      </div>
      <SetupPanel setup={setup} onChange={setSetup} summary={summary} sheet={params.sheet} />
      {!preview && hasLegend(layout) && (
        <ChartLegend
          labels={{ internal: t('legendInternal'), affiliated: t('legendAffiliated') }}
          title={t('legend')}
        />
      )}
      {flow.measurer}
      {preview && (
        <p className="oa-print-summary" data-testid="preview-summary" aria-live="polite">
          {summary}
        </p>
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
        <div
          className={`oa-print-root${preview ? ' oa-print-preview' : ''}`}
          data-testid="print-root"
          data-ready={printReady ? 'true' : undefined}
        >
          {printed}
        </div>,
        document.body,
      )}
    </div>
  );
}
