// The start view: one box, results as you type grouped by unit with the evidence marked,
// driven entirely from the keyboard (↑/↓, Enter, Esc). An empty box shows the office at a
// glance and the recent searches, up until the first answer replaces them. Filters (this office, a region, a level) are chips kept in
// the address; when hits come from several offices they are grouped by office, best first.
// Every keystroke searches (no debounce: an answer takes about a millisecond), a typed
// insertion's request leaving from beforeinput, before the browser edits the box, and any other
// edit's from the input handler, before anything is rendered; an answer is
// painted in the frame it arrives (flushSync), one overtaken by a newer query is dropped,
// and the previous results stay up until the new answer comes, so typing never flashes an
// empty list. An empty answer while a Latin word may still be growing (`ouzh`) keeps the
// previous results a moment longer before saying nothing was found. The address follows the
// box a moment after typing stops (each address change also makes a browser fetch the
// page's icon again), and at once when a hit is opened, so Back returns to that query.
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { mayStillBeTyping } from '../../shared/search/typing.ts';
import type { OfficeSummary, SearchHit, SearchResult } from '../../shared/types.ts';
import { api } from '../api.ts';
import { useCountLabel } from '../count-label.ts';
import { href, navigate, parseRoute, replaceRoute } from '../router.ts';
import type { SearchFilters } from '../routes.ts';
import { clearRecentSearches, readRecentSearches, rememberSearch } from '../settings.ts';
import { OfficeGlance } from './OfficeGlance.tsx';
import { SearchFilterBar, type MatchingOffice } from './SearchFilterBar.tsx';
import { groupHits } from './hit-groups.ts';
import { hitTarget, optionId, SearchResults } from './SearchResults.tsx';
import { valueAfterInsertion } from './typed-value.ts';

const LIMIT = 50;
/** How long an empty answer to a half-typed Latin word keeps the previous results shown. */
const HOLD_EMPTY_MS = 600;
/** An answer slower than this is announced as "searching…". */
const SLOW_MS = 300;
/** Typing idle this long puts the query in the address. */
const ADDRESS_MS = 300;

type SearchState =
  /** No answer to show. `start`: the start page (glance, recent searches) is up; it stays up
   *  while the first answer is on its way, so the keystroke changes nothing but the box. */
  | { status: 'idle'; start: boolean }
  /** A slow answer is on its way; `start` as for idle: the start page stays up meanwhile. */
  | { status: 'searching'; previous: SearchResult | null; start: boolean }
  /** `held`: earlier results still shown while an empty answer may be for a half-typed word. */
  | { status: 'done'; result: SearchResult; held: SearchResult | null }
  | { status: 'error'; message: string };

/** The filter bar's list of answering offices when one office answers: the same array each
 *  time, so the memoised bar is not drawn again for every answer. */
const ONE_OFFICE: MatchingOffice[] = [];

/** Frames in which a selected hit is scrolled back into view if it was pushed out. */
const SETTLE_FRAMES = 4;

/**
 * Scrolls `option` into view, and again in the next few frames while it is out of it: groups
 * scrolled near stand at a placeholder height until drawn (content-visibility), and drawn in
 * the next frame they can push it out again (the selection wrapping round to the last hit did).
 * Returns the cancel.
 */
function keepInView(option: HTMLElement): () => void {
  option.scrollIntoView({ block: 'nearest' });
  let left = SETTLE_FRAMES;
  let frame = 0;
  const check = () => {
    const { top, bottom } = option.getBoundingClientRect();
    if (top < 0 || bottom > window.innerHeight) option.scrollIntoView({ block: 'nearest' });
    if (--left > 0) frame = requestAnimationFrame(check);
  };
  frame = requestAnimationFrame(check);
  return () => cancelAnimationFrame(frame);
}

function shownResult(state: SearchState): SearchResult | null {
  if (state.status === 'done') return state.held ?? state.result;
  return state.status === 'searching' ? state.previous : null;
}

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
  const resultCount = useCountLabel('search.results');
  // Looked up once, not on each of a keystroke's two renders (the typed letter, the answer).
  const labels = useMemo(
    () => ({
      heading: t('nav.search'),
      box: t('search.label'),
      placeholder: t('search.placeholder'),
      keys: t('search.keys'),
    }),
    [t],
  );
  const [query, setQuery] = useState(initialQuery);
  const [filters, setFilters] = useState(initialFilters);
  const [state, setState] = useState<SearchState>({ status: 'idle', start: !initialQuery.trim() });
  const [active, setActive] = useState(0);
  const [recent, setRecent] = useState(readRecentSearches);
  const inputRef = useRef<HTMLInputElement>(null);
  const latest = useRef(0);
  const listId = useId();
  const multiOffice = offices.length > 1;

  const address = useRef<{ target: string | null; timer?: ReturnType<typeof setTimeout> }>({ target: null });
  const flushAddress = useCallback(() => {
    const pending = address.current;
    clearTimeout(pending.timer);
    if (pending.target !== null && parseRoute(window.location.hash).name === 'search') replaceRoute(pending.target);
    pending.target = null;
  }, []);
  useEffect(() => {
    const pending = address.current;
    return () => clearTimeout(pending.timer);
  }, []);

  useEffect(() => {
    inputRef.current?.focus();
    // A #/?q= arriving from outside (a link, back/forward) replaces what is in the box;
    // typing only replaces the history entry, which fires no hashchange.
    const onHashChange = () => {
      const route = parseRoute(window.location.hash);
      // The address given from outside wins over one still waiting to be written.
      clearTimeout(address.current.timer);
      address.current.target = null;
      if (route.name === 'search') {
        setQuery(route.query);
        setFilters(route.filters);
      }
    };
    window.addEventListener('hashchange', onHashChange);
    // Leaving the page (reload, close) keeps the query in the address too.
    window.addEventListener('pagehide', flushAddress);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener('pagehide', flushAddress);
    };
  }, [flushAddress]);

  // The query and filters last searched for, so a change is searched once: typing searches
  // from beforeinput (an insertion) or the input handler (any edit), before React renders
  // anything; other changes (filters, a link, Escape, a recent search) from the layout effect below.
  const searched = useRef<{ query: string; filters: SearchFilters } | null>(null);
  const slow = useRef<ReturnType<typeof setTimeout>>(undefined);
  const search = useCallback(
    (query: string, filters: SearchFilters) => {
      const last = searched.current;
      if (last && last.query === query && last.filters === filters) return;
      searched.current = { query, filters };
      const request = ++latest.current;
      clearTimeout(slow.current);
      if (query.trim()) {
        // Until the answer comes the previous results stay as they are; only a slow one is announced.
        api.search({ query, limit: LIMIT, ...filters }).then(
          (result) => {
            if (request !== latest.current) return; // overtaken by a newer query
            clearTimeout(slow.current);
            // An insertion searched from beforeinput that did not land: the box kept its text, and its results stay.
            if (inputRef.current && inputRef.current.value !== query) return;
            // Painted now, not at React's next convenient moment: within the frame of the answer.
            flushSync(() => {
              setState((s) => {
                const previous = shownResult(s);
                const hold = result.hits.length === 0 && previous !== null && previous.hits.length > 0;
                return { status: 'done', result, held: hold && mayStillBeTyping(query) ? previous : null };
              });
              setActive(0);
            });
          },
          (err: unknown) => {
            if (request !== latest.current) return;
            clearTimeout(slow.current);
            setState({ status: 'error', message: err instanceof Error ? err.message : String(err) });
          },
        );
        slow.current = setTimeout(
          () =>
            setState((s) => ({
              status: 'searching',
              previous: shownResult(s),
              start: s.status !== 'done' && s.status !== 'error' && s.start,
            })),
          SLOW_MS,
        );
      } else {
        setState({ status: 'idle', start: true });
      }
      // The address is written once the request has left.
      const pending = address.current;
      pending.target = href.search(query.trim() ? query : '', filters);
      clearTimeout(pending.timer);
      pending.timer = setTimeout(flushAddress, ADDRESS_MS);
    },
    [flushAddress],
  );
  useLayoutEffect(() => search(query, filters), [query, filters, search]);
  // A typed insertion is searched before the browser edits the box and lays it out; the input
  // event that follows finds its query searched already (or searches what the box holds).
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    const onBeforeInput = (event: InputEvent) => {
      const next = valueAfterInsertion(input, event);
      if (next !== null) search(next, filters);
    };
    input.addEventListener('beforeinput', onBeforeInput);
    return () => input.removeEventListener('beforeinput', onBeforeInput);
  }, [filters, search]);
  useEffect(() => () => clearTimeout(slow.current), []);

  const held = state.status === 'done' ? state.held : null;
  useEffect(() => {
    if (!held) return;
    const timer = setTimeout(
      () => setState((s) => (s.status === 'done' && s.held === held ? { ...s, held: null } : s)),
      HOLD_EMPTY_MS,
    );
    return () => clearTimeout(timer);
  }, [held]);

  const shown = shownResult(state);
  const settled = state.status === 'done' && !state.held ? state.result : null;
  const { sections, flat } = useMemo(() => groupHits(shown?.hits ?? []), [shown]);
  const matching = useMemo(
    () =>
      sections.length > 1 ? sections.map((s) => ({ id: s.officeId, name: s.office, count: s.count })) : ONE_OFFICE,
    [sections],
  );
  const activeIndex = Math.min(active, flat.length - 1);

  // Only a move by the keyboard scrolls: scrolling forces a layout, which a fresh answer (its
  // first hit at the top, under the box) need not pay for; a hovered hit is in view already.
  const movedByKey = useRef(false);
  useEffect(() => {
    if (!movedByKey.current) return;
    movedByKey.current = false;
    const option = document.getElementById(optionId(listId, activeIndex));
    return option ? keepInView(option) : undefined;
  }, [activeIndex, listId]);

  // Stable for the memoised list: reads the query of the moment when a hit is followed.
  const queryRef = useRef(query);
  useEffect(() => {
    queryRef.current = query;
  }, [query]);
  const remember = useCallback(() => {
    flushAddress();
    setRecent(rememberSearch(queryRef.current));
  }, [flushAddress]);
  const open = (hit: SearchHit) => {
    remember();
    navigate(hitTarget(hit));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (flat.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = (activeIndex + step + flat.length) % flat.length;
      movedByKey.current = next !== activeIndex;
      setActive(next);
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

  // The start page (recent searches, the glance): for an empty box, and until the first answer.
  const startShown = !query.trim() || ((state.status === 'idle' || state.status === 'searching') && state.start);

  const announcement = settled
    ? settled.hits.length
      ? resultCount(settled.hits.length)
      : t('search.none', { query: settled.query })
    : state.status === 'error'
      ? t('search.error', { message: state.message })
      : '';

  return (
    <div className="search-view" data-results-for={state.status === 'done' ? state.result.query : undefined}>
      <h1 className="sr-only">{labels.heading}</h1>
      <div className="search-box" role="search">
        <label htmlFor="search-input" className="sr-only">
          {labels.box}
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
          aria-activedescendant={flat.length > 0 ? optionId(listId, activeIndex) : undefined}
          aria-describedby={`${listId}-keys`}
          autoComplete="off"
          spellCheck={false}
          placeholder={labels.placeholder}
          value={query}
          onChange={(e) => {
            search(e.target.value, filters);
            setQuery(e.target.value);
          }}
          onKeyDown={onKeyDown}
          // Clicking a link or tabbing away: the address holds the query before anything else happens.
          onBlur={flushAddress}
        />
        <kbd className="search-kbd" aria-hidden="true">
          Ctrl K
        </kbd>
      </div>
      <p className="search-meta" id={`${listId}-keys`}>
        <span>{labels.keys}</span>
        {settled && settled.hits.length > 0 && (
          <span aria-hidden="true">
            {resultCount(settled.hits.length)} · {t('search.took', { ms: settled.tookMs.toFixed(1) })}
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
      {settled && settled.hits.length === 0 && (
        <p className="notice" data-testid="search-none">
          {t('search.none', { query: settled.query })}
        </p>
      )}

      <SearchFilterBar filters={filters} offices={offices} matching={matching} onChange={setFilters} />

      <SearchResults
        listId={listId}
        sections={sections}
        activeIndex={activeIndex}
        multiOffice={multiOffice}
        onOpen={remember}
        onHover={setActive}
      />

      {/* Hidden, not unmounted, once results are up: the first answer's commit then flips one
          attribute instead of taking the glance's hundreds of nodes apart (the costliest keystroke
          of a query), and clearing the box shows it again without rebuilding it. */}
      <div className="search-start" hidden={!startShown}>
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
      </div>
    </div>
  );
}
