// The start view: one box, results as you type grouped by unit with the evidence marked,
// driven entirely from the keyboard (↑/↓, Enter, Esc). An empty box shows the office at a
// glance and the recent searches. Filters (this office, a region, a level) are chips kept in
// the address; when hits come from several offices they are grouped by office, best first.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeSummary, SearchHit, SearchResult } from '../../shared/types.ts';
import { api } from '../api.ts';
import { Highlight } from '../components/Highlight.tsx';
import { href, navigate, parseRoute, replaceRoute } from '../router.ts';
import type { SearchFilters } from '../routes.ts';
import { clearRecentSearches, readRecentSearches, rememberSearch } from '../settings.ts';
import { snippetAround } from '../snippet.ts';
import { OfficeGlance } from './OfficeGlance.tsx';
import { SearchFilterBar } from './SearchFilterBar.tsx';
import { groupHits } from './hit-groups.ts';

const DEBOUNCE_MS = 80;
const LIMIT = 50;

function hitTarget(hit: SearchHit): string {
  return hit.unitId !== null ? href.unit(hit.unitId) : href.office(hit.officeId);
}

type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; previous: SearchResult | null }
  | { status: 'done'; result: SearchResult }
  | { status: 'error'; message: string };

export function SearchView({
  initialQuery,
  initialFilters,
  offices,
}: {
  initialQuery: string;
  initialFilters: SearchFilters;
  offices: OfficeSummary[];
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(initialQuery);
  const [filters, setFilters] = useState(initialFilters);
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const [active, setActive] = useState(0);
  const [recent, setRecent] = useState(readRecentSearches);
  const inputRef = useRef<HTMLInputElement>(null);
  const latest = useRef(0);
  const listId = useId();
  const multiOffice = offices.length > 1;

  useEffect(() => {
    inputRef.current?.focus();
    // A #/?q= arriving from outside (a link, back/forward) replaces what is in the box;
    // typing only replaces the history entry, which fires no hashchange.
    const onHashChange = () => {
      const route = parseRoute(window.location.hash);
      if (route.name === 'search') {
        setQuery(route.query);
        setFilters(route.filters);
      }
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  useEffect(() => {
    replaceRoute(href.search(query.trim() ? query : '', filters));
    const request = ++latest.current;
    if (!query.trim()) {
      setState({ status: 'idle' });
      return;
    }
    setState((s) => ({
      status: 'searching',
      previous: s.status === 'done' ? s.result : s.status === 'searching' ? s.previous : null,
    }));
    const timer = setTimeout(() => {
      api.search({ query, limit: LIMIT, ...filters }).then(
        (result) => {
          if (request !== latest.current) return; // a newer query is on its way
          setState({ status: 'done', result });
          setActive(0);
        },
        (err: unknown) => {
          if (request === latest.current)
            setState({ status: 'error', message: err instanceof Error ? err.message : String(err) });
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, filters]);

  const shown = state.status === 'done' ? state.result : state.status === 'searching' ? state.previous : null;
  const { sections, flat } = useMemo(() => groupHits(shown?.hits ?? []), [shown]);
  const byOffice = sections.length > 1;
  const activeIndex = Math.min(active, flat.length - 1);
  const optionId = (i: number) => `${listId}-hit-${i}`;

  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  });

  const open = (hit: SearchHit) => {
    setRecent(rememberSearch(query));
    navigate(hitTarget(hit));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (flat.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + flat.length) % flat.length);
    } else if (event.key === 'Enter') {
      const hit = flat[activeIndex];
      if (hit) {
        event.preventDefault();
        open(hit);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setQuery('');
    }
  };

  const announcement =
    state.status === 'done'
      ? state.result.hits.length
        ? t('search.results', { count: state.result.hits.length })
        : t('search.none', { query: state.result.query })
      : state.status === 'error'
        ? t('search.error', { message: state.message })
        : '';

  return (
    <div className="search-view" data-results-for={state.status === 'done' ? state.result.query : undefined}>
      <h1 className="sr-only">{t('nav.search')}</h1>
      <div className="search-box" role="search">
        <label htmlFor="search-input" className="sr-only">
          {t('search.label')}
        </label>
        <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <input
          ref={inputRef}
          id="search-input"
          data-testid="search-input"
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={flat.length > 0}
          aria-controls={listId}
          aria-activedescendant={flat.length > 0 ? optionId(activeIndex) : undefined}
          aria-describedby={`${listId}-keys`}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <kbd className="search-kbd" aria-hidden="true">
          Ctrl K
        </kbd>
      </div>
      <p className="search-meta" id={`${listId}-keys`}>
        <span>{t('search.keys')}</span>
        {state.status === 'done' && state.result.hits.length > 0 && (
          <span aria-hidden="true">
            {t('search.results', { count: state.result.hits.length })} ·{' '}
            {t('search.took', { ms: state.result.tookMs.toFixed(1) })}
          </span>
        )}
        {state.status === 'searching' && <span aria-hidden="true">{t('search.searching')}</span>}
      </p>
      <p className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>

      {state.status === 'error' && (
        <p className="notice notice-error">{t('search.error', { message: state.message })}</p>
      )}
      {state.status === 'done' && state.result.hits.length === 0 && (
        <p className="notice">{t('search.none', { query: state.result.query })}</p>
      )}

      <SearchFilterBar
        filters={filters}
        offices={offices}
        matching={byOffice ? sections.map((s) => ({ id: s.officeId, name: s.office, count: s.count })) : []}
        onChange={setFilters}
      />

      <div
        id={listId}
        role="listbox"
        aria-label={t('search.resultsLabel')}
        className="results"
        hidden={flat.length === 0}
      >
        {sections.map((section) => {
          const groups = section.groups.map((group) => (
            <div
              key={group.key}
              role={byOffice ? undefined : 'group'}
              aria-labelledby={byOffice ? undefined : `${listId}-${group.key}`}
              className="result-group"
            >
              <div className="result-group-title" id={`${listId}-${group.key}`} lang="zh-CN">
                {group.unit ?? t('search.officeLevel')}
                {!byOffice && (multiOffice || group.unit === null) && (
                  <span className="result-group-office">{group.office}</span>
                )}
              </div>
              {group.hits.map(({ hit, index }) => {
                const snippet = snippetAround(hit.text, hit.matches);
                return (
                  <a
                    key={index}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === activeIndex}
                    tabIndex={-1}
                    data-testid="search-hit"
                    data-unit={hit.unit ?? ''}
                    data-kind={hit.kind}
                    data-office-id={hit.officeId}
                    className="hit"
                    href={hitTarget(hit)}
                    onClick={() => setRecent(rememberSearch(query))}
                    onMouseMove={() => index !== activeIndex && setActive(index)}
                  >
                    <span className={`kind kind-${hit.kind}`}>{t(`kind.${hit.kind}`)}</span>
                    <span className="hit-text" lang="zh-CN">
                      <Highlight text={snippet.text} matches={snippet.matches} />
                    </span>
                  </a>
                );
              })}
            </div>
          ));
          if (!byOffice) return groups;
          // Several offices: one group per office (a listbox's groups cannot nest), its units inside.
          const titleId = `${listId}-office-${section.officeId}`;
          return (
            <div
              key={section.officeId}
              role="group"
              aria-labelledby={titleId}
              className="office-section"
              data-testid="office-section"
              data-office-id={section.officeId}
            >
              <div className="office-section-title" id={titleId} lang="zh-CN">
                {section.office}
                <span className="count">{t('filters.officeHits', { count: section.count })}</span>
              </div>
              {groups}
            </div>
          );
        })}
      </div>

      {!query.trim() && (
        <>
          {recent.length > 0 && (
            <section className="recent" aria-labelledby={`${listId}-recent`}>
              <h2 id={`${listId}-recent`}>{t('search.recent')}</h2>
              <ul>
                {recent.map((q) => (
                  <li key={q}>
                    <button
                      type="button"
                      className="chip"
                      lang="zh-CN"
                      onClick={() => {
                        setQuery(q);
                        inputRef.current?.focus();
                      }}
                    >
                      {q}
                    </button>
                  </li>
                ))}
                <li>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      clearRecentSearches();
                      setRecent([]);
                    }}
                  >
                    {t('search.clearRecent')}
                  </button>
                </li>
              </ul>
            </section>
          )}
          <OfficeGlance offices={offices} />
        </>
      )}
    </div>
  );
}
