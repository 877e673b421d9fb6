// The directory: every office, browsed by region, then level, then office, with counts and
// type-to-filter (name, place, pinyin or initials). The list is virtualised with
// @tanstack/react-virtual: with hundreds of offices only the rows in view are in the DOM,
// Rows have fixed heights per type, in rem so that they follow the page zoom (zoom.ts sets
// the root font size), so nothing is measured while scrolling.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { fullWidthPunctuation as zh } from '../../shared/text/punctuation.ts';
import type { DirectoryEntry } from '../../shared/types.ts';
import { api } from '../api.ts';
import { Status } from '../components/Status.tsx';
import {
  NATIONAL,
  areaCounts,
  areaKey,
  directoryRows,
  matchesFilter,
  type Area,
  type DirectoryRow,
} from '../directory/rows.ts';
import { href } from '../router.ts';
import { useApi } from '../use-api.ts';

const ROW_REM: Record<DirectoryRow['type'], number> = { region: 2.75, level: 2, office: 3.25 };

/** The root font size in px: the page zoom. */
function useRemPx(): number {
  return useSyncExternalStore(
    (onChange) => {
      const observer = new MutationObserver(onChange);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
      return () => observer.disconnect();
    },
    () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16,
  );
}

export function DirectoryView() {
  const directory = useApi(() => api.listDirectory({}), []);
  if (directory.status !== 'ready') return <Status state={directory} />;
  return <DirectoryBrowser entries={directory.value} />;
}

function DirectoryBrowser({ entries }: { entries: DirectoryEntry[] }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  // undefined: all regions; NATIONAL: the national bodies; null: the offices whose province is unknown.
  const [province, setProvince] = useState<Area | undefined>(undefined);
  const deferred = useDeferredValue(filter);
  const kept = useMemo(() => entries.filter((e) => matchesFilter(e, deferred)), [entries, deferred]);
  const provinces = useMemo(() => areaCounts(kept), [kept]);
  const rows = useMemo(() => directoryRows(kept, province), [kept, province]);
  const shown = rows.reduce((n, r) => n + (r.type === 'office' ? 1 : 0), 0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const filterId = useId();
  const rem = useRemPx();
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => ROW_REM[rows[i]!.type] * rem,
    getItemKey: (i) => rows[i]!.key,
    overscan: 8,
  });
  useEffect(() => virtualizer.measure(), [virtualizer, rem]);

  const choose = (name: Area | undefined) => {
    setProvince(name);
    scrollRef.current?.scrollTo({ top: 0 });
  };

  return (
    <div className="directory-view">
      <header className="directory-head">
        <h1>{t('directory.title')}</h1>
        <p className="muted" data-testid="directory-count">
          {deferred.trim() || province !== undefined
            ? t('directory.shown', { shown, total: entries.length })
            : t('directory.offices', { count: entries.length })}
        </p>
      </header>
      <div className="directory-filter">
        <label htmlFor={filterId} className="sr-only">
          {t('directory.filter')}
        </label>
        <input
          id={filterId}
          data-testid="directory-filter"
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('directory.filterPlaceholder')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      <div className="directory-body">
        <nav className="directory-regions" aria-label={t('directory.regions')}>
          <ul>
            <li>
              <button type="button" aria-pressed={province === undefined} onClick={() => choose(undefined)}>
                <span>{t('directory.all')}</span>
                <span className="count">{kept.length}</span>
              </button>
            </li>
            {provinces.map((p) => (
              <li key={areaKey(p.name)}>
                <button
                  type="button"
                  data-testid="directory-province"
                  data-name={typeof p.name === 'string' ? p.name : ''}
                  data-national={p.name === NATIONAL || undefined}
                  data-count={p.count}
                  aria-pressed={province === p.name}
                  onClick={() => choose(p.name)}
                  lang="zh-CN"
                >
                  <span>{areaLabel(p.name, t)}</span>
                  <span className="count">{p.count}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div
          ref={scrollRef}
          className="directory-list"
          data-testid="directory-list"
          data-ready="true"
          tabIndex={0}
          aria-label={t('directory.title')}
        >
          {rows.length === 0 ? (
            <p className="notice">{t('directory.none', { filter: deferred })}</p>
          ) : (
            <ul style={{ height: virtualizer.getTotalSize() }} className="directory-rows">
              {virtualizer.getVirtualItems().map((item) => (
                <li
                  key={item.key}
                  className={`directory-row directory-row-${rows[item.index]!.type}`}
                  style={{ height: item.size, transform: `translateY(${item.start}px)` }}
                >
                  <Row row={rows[item.index]!} province={province} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}

/** An area's name in the region list and as the all-regions heading. */
function areaLabel(area: Area, t: TFunction): string {
  return area === NATIONAL ? t('directory.national') : (area ?? t('directory.unknownRegion'));
}

function Row({ row, province }: { row: DirectoryRow; province: Area | undefined }) {
  const { t } = useTranslation();
  if (row.type === 'region') {
    // Within one area, the offices of no city are the area's own: the central or the province's.
    const label =
      province === undefined
        ? areaLabel(row.name, t)
        : typeof row.name === 'string'
          ? row.name
          : t(province === NATIONAL ? 'directory.central' : 'directory.provinceLevel');
    return (
      <h2
        className="directory-region"
        data-testid="directory-region"
        data-name={typeof row.name === 'string' ? row.name : ''}
        data-national={row.name === NATIONAL || undefined}
        data-count={row.count}
        lang="zh-CN"
      >
        {label}
        <span className="count">{t('directory.offices', { count: row.count })}</span>
      </h2>
    );
  }
  if (row.type === 'level') {
    return (
      <h3 className="directory-level" data-testid="directory-level" data-level={row.level ?? ''} data-count={row.count}>
        {t(`level.${row.level ?? 'unknown'}`)}
        <span className="count">{row.count}</span>
      </h3>
    );
  }
  const { entry } = row;
  const place = [entry.region.city, entry.region.county, entry.region.township].filter(Boolean).join(' ');
  return (
    <div className="directory-office" data-testid="directory-office" data-office-id={entry.id}>
      <a href={href.office(entry.id)} lang="zh-CN" className="directory-office-name">
        {zh(entry.name)}
      </a>
      <span className="directory-office-meta">
        <span className={`office-kind office-kind-${entry.kind}`}>{t(`officeKind.${entry.kind}`)}</span>
        {place && <span lang="zh-CN">{place}</span>}
        <span>{t('directory.units', { count: entry.unitCount })}</span>
        <a href={href.search('', { officeId: entry.id })} className="directory-search-in">
          {t('directory.searchIn')}
        </a>
      </span>
    </div>
  );
}
