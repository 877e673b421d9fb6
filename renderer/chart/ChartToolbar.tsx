// The chart view's toolbar: find in chart (with the match count in a slot of its own width,
// so nothing moves when it appears), zoom, fit, fold, print and preview, export, and the
// progress of a long export with its Cancel button.
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { desktop } from '../api.ts';
import { chartHref, type Sheet } from './params.ts';
import type { ChartSearch } from './use-chart-search.ts';
import type { ExportProgress } from './use-chart-export.ts';

export interface ToolbarActions {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  expandAll(): void;
  collapseAll(): void;
  preview(open: boolean): void;
  print(): void;
  savePdf(): void;
  exportSvg(): void;
  exportPng(): void;
  cancelExport(): void;
}

export interface ToolbarProps {
  officeId: number;
  officeName: string;
  sheet: Sheet;
  previewing: boolean;
  query: string;
  onQuery(query: string): void;
  search: ChartSearch;
  exporting: ExportProgress | null;
  notice: string;
  actions: ToolbarActions;
}

function MatchCount({ query, search }: { query: string; search: ChartSearch }) {
  const { t } = useTranslation('translation', { keyPrefix: 'chart' });
  const { t: tv } = useTranslation();
  const count = search.matches.length;
  // While an answer is on its way the last count stays, and "no match" waits for the answer.
  let text = '';
  if (query.trim() && count) text = tv('chartView.matchOf', { current: search.current + 1, count });
  else if (query.trim() && search.settled) text = t('noMatch');
  return (
    <span className="oa-chart-count" aria-live="polite" data-testid="chart-match-count">
      {text}
    </span>
  );
}

export function ChartToolbar(props: ToolbarProps) {
  const { officeId, officeName, sheet, previewing, query, onQuery, search, exporting, notice, actions } = props;
  const { t } = useTranslation('translation', { keyPrefix: 'chart' });
  const { t: tv } = useTranslation();
  const preview = sheet !== 'chart' || previewing;
  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      search.step(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      onQuery('');
    }
  };
  return (
    <div className="oa-chart-toolbar" role="toolbar" aria-label={t('chartLabel', { office: officeName })}>
      {sheet !== 'chart' ? (
        <a href={chartHref({ office: officeId })}>{t('backToChart')}</a>
      ) : previewing ? (
        <button type="button" onClick={() => actions.preview(false)} data-testid="close-preview">
          {t('closePreview')}
        </button>
      ) : (
        <>
          <span className={`oa-chart-find${query.trim() ? ' oa-chart-find-counting' : ''}`}>
            <label className="oa-chart-search">
              <span>{t('search')}</span>
              <input
                type="search"
                value={query}
                placeholder={t('searchPlaceholder')}
                title={tv('chartView.stepHint')}
                onChange={(e) => onQuery(e.target.value)}
                onKeyDown={onSearchKey}
                data-testid="chart-search"
              />
            </label>
            <MatchCount query={query} search={search} />
          </span>
          <button type="button" onClick={actions.zoomIn} aria-label={t('zoomIn')} title={t('zoomIn')}>
            ＋
          </button>
          <button type="button" onClick={actions.zoomOut} aria-label={t('zoomOut')} title={t('zoomOut')}>
            －
          </button>
          <button type="button" onClick={actions.fit} data-testid="chart-fit">
            {t('fit')}
          </button>
          <button type="button" onClick={actions.expandAll} data-testid="expand-all">
            {t('expandAll')}
          </button>
          <button type="button" onClick={actions.collapseAll} data-testid="collapse-all">
            {t('collapseAll')}
          </button>
        </>
      )}
      {preview ? (
        <button type="button" onClick={actions.print} data-testid="chart-print">
          {t('print')}
        </button>
      ) : (
        <button type="button" onClick={() => actions.preview(true)} data-testid="chart-print">
          {t('printPreview')}
        </button>
      )}
      {desktop && (
        <button type="button" onClick={actions.savePdf}>
          {t('savePdf')}
        </button>
      )}
      {!preview && (
        <>
          <button type="button" onClick={actions.exportSvg} data-testid="export-svg">
            {t('exportSvg')}
          </button>
          <button type="button" onClick={actions.exportPng} disabled={exporting !== null} data-testid="export-png">
            {t('exportPng')}
          </button>
          <a href={chartHref({ office: officeId, sheet: 'booklet' })}>{t('booklet')}</a>
        </>
      )}
      {exporting && (
        <span className="oa-chart-task" role="status" data-testid="export-progress">
          {tv('chartView.exporting', { dpi: exporting.dpi })}
          <progress max={exporting.steps} value={exporting.done} aria-label={tv('chartView.progress')} />
          <button type="button" onClick={actions.cancelExport} data-testid="export-cancel">
            {tv('chartView.cancel')}
          </button>
        </span>
      )}
      {notice && !exporting && (
        <span role="status" data-testid="chart-notice">
          {notice}
        </span>
      )}
    </div>
  );
}

/** One unit found: its duty sheet is a click away (beside the print setup, under the
 *  toolbar, so the toolbar does not move). */
export function DutySheetLink({ officeId, search }: { officeId: number; search: ChartSearch }) {
  const { t } = useTranslation('translation', { keyPrefix: 'chart' });
  if (search.unitIds.length !== 1) return null;
  return (
    <a href={chartHref({ office: officeId, sheet: 'unit', unit: search.unitIds[0]! })} data-testid="duty-sheet-link">
      {t('dutySheet')}
    </a>
  );
}
