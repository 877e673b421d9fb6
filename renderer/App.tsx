// The app frame: top bar (brand, views, language, zoom), the routed view, shortcuts.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeSummary } from '../shared/types.ts';
import { api } from './api.ts';
import { ChartView } from './chart/ChartView.tsx';
import { Status } from './components/Status.tsx';
import { applyLanguage, type Language } from './i18n.ts';
import { useShortcuts } from './keyboard.ts';
import { useOfficeInView } from './office-in-view.ts';
import { href, navigate, parseRoute, useHash, type Route } from './router.ts';
import { useApi } from './use-api.ts';
import { DirectoryView } from './views/DirectoryView.tsx';
import { OfficeView } from './views/OfficeView.tsx';
import { SearchView } from './views/SearchView.tsx';
import { UnitView } from './views/UnitView.tsx';
import { HistoryView } from './imports/HistoryView.tsx';
import { ImportView } from './imports/ImportView.tsx';
import { PackagesView } from './imports/PackagesView.tsx';
import { queueFiles, useOpenedFiles } from './imports/file.ts';
import { applyZoom, stepZoom, storedZoom } from './zoom.ts';

function focusSearchBox(route: Route): void {
  const input = document.getElementById('search-input');
  if (route.name === 'search' && input) {
    input.focus();
    (input as HTMLInputElement).select();
  } else {
    navigate(href.search());
  }
}

export function App() {
  const { t, i18n } = useTranslation();
  const hash = useHash();
  const route = parseRoute(hash);
  const offices = useApi(() => api.listOffices({}), []);
  const [zoom, setZoom] = useState(storedZoom);

  useEffect(() => applyZoom(zoom), [zoom]);
  useEffect(() => {
    // The chart view titles itself after the sheet it prints (the saved PDF's name).
    if (route.name === 'chart') return;
    document.title = `${t(`nav.${route.name === 'not-found' ? 'search' : route.name}`)} · ${t('app.title')}`;
  }, [route.name, t]);

  const handlers = useMemo(
    () => ({
      focusSearch: () => focusSearchBox(parseRoute(window.location.hash)),
      zoom: (d: -1 | 0 | 1) => setZoom((z) => stepZoom(z, d)),
    }),
    [],
  );
  useShortcuts(handlers);
  useFileDrop();
  useOpenedFiles();

  const officeList: OfficeSummary[] = offices.status === 'ready' ? offices.value : [];
  const officeInView = useOfficeInView(route, officeList);
  const language = (i18n.language === 'en' ? 'en' : 'zh') as Language;
  const other: Language = language === 'zh' ? 'en' : 'zh';
  const skipToMain = useCallback(() => document.getElementById('main')?.focus(), []);

  return (
    <>
      <button type="button" className="skip-link" onClick={skipToMain}>
        {t('app.skip')}
      </button>
      <header className="topbar">
        <a className="brand" href={href.search()}>
          <img src="./favicon.svg" alt="" width="22" height="22" />
          <span>{t('app.title')}</span>
        </a>
        <nav aria-label={t('nav.label')} className="topnav">
          <a href={href.search()} aria-current={route.name === 'search' ? 'page' : undefined}>
            {t('nav.search')}
          </a>
          {officeInView !== null && (
            <a
              href={href.office(officeInView)}
              aria-current={route.name === 'office' || route.name === 'unit' ? 'page' : undefined}
            >
              {t('nav.office')}
            </a>
          )}
          <a href={href.chart(officeInView)} aria-current={route.name === 'chart' ? 'page' : undefined}>
            {t('nav.chart')}
          </a>
          <a
            href={href.directory()}
            data-testid="nav-directory"
            aria-current={route.name === 'directory' ? 'page' : undefined}
          >
            {t('nav.directory')}
          </a>
          <a href={href.import()} aria-current={route.name === 'import' ? 'page' : undefined} data-testid="nav-import">
            {t('nav.import')}
          </a>
          <a
            href={href.packages()}
            aria-current={route.name === 'packages' ? 'page' : undefined}
            data-testid="nav-packages"
          >
            {t('nav.packages')}
          </a>
        </nav>
        <span className="topbar-hint" aria-hidden="true">
          {t('search.hint')}
        </span>
        {zoom !== 1 && (
          <button
            type="button"
            className="zoom-badge"
            onClick={() => setZoom(1)}
            title={t('zoom.reset')}
            aria-label={t('zoom.reset')}
          >
            {t('zoom.label', { percent: Math.round(zoom * 100) })}
          </button>
        )}
        <button
          type="button"
          className="lang-switch"
          data-testid="language-switch"
          lang={other === 'en' ? 'en' : 'zh-CN'}
          aria-label={t('lang.switchLabel')}
          onClick={() => applyLanguage(other)}
        >
          {t('lang.switchTo')}
        </button>
      </header>
      <main id="main" tabIndex={-1} className={`view view-${route.name}`}>
        {offices.status === 'error' ? (
          <Status state={offices} />
        ) : (
          <RoutedView route={route} offices={officeList} ready={offices.status === 'ready'} />
        )}
      </main>
    </>
  );
}

/** Files dropped anywhere on the window open the import preview with them, one after another. */
function useFileDrop(): void {
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      e.preventDefault();
      queueFiles(files);
      navigate(href.import());
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
}

function RoutedView({ route, offices, ready }: { route: Route; offices: OfficeSummary[]; ready: boolean }) {
  switch (route.name) {
    case 'search':
      return <SearchView initialQuery={route.query} initialFilters={route.filters} offices={offices} />;
    case 'directory':
      return <DirectoryView />;
    case 'office':
      return <OfficeView key={route.id} id={route.id} offices={offices} target={route.target} />;
    case 'unit':
      return <UnitView key={route.id} id={route.id} target={route.target} />;
    case 'chart':
      return <ChartView params={route.chart} offices={offices} ready={ready} />;
    case 'import':
      return <ImportView />;
    case 'packages':
      return <PackagesView offices={offices} />;
    case 'history':
      return <HistoryView key={route.office} office={route.office} />;
    case 'not-found':
      return ready ? <Status state={{ status: 'error', message: '', notFound: true }} /> : null;
  }
}
