// The search view's filters: chips for the office, region and level the search is kept to
// (each removable), a level picker and a region box (suggesting the places the directory
// knows), and, when hits come from several offices, a button per office to keep to it.
import { memo, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFICE_LEVELS, type OfficeLevel, type OfficeSummary } from '../../shared/types.ts';
import { api } from '../api.ts';
import type { SearchFilters } from '../routes.ts';
import { useApi } from '../use-api.ts';

/** Offices offered as "only this office" when hits come from many. */
const OFFICE_OPTIONS = 3;

export interface MatchingOffice {
  id: number;
  name: string;
  count: number;
}

interface Props {
  filters: SearchFilters;
  offices: OfficeSummary[];
  matching: MatchingOffice[];
  onChange: (filters: SearchFilters) => void;
}

/** Memoised: a keystroke re-renders the search box, not the filters and their list of places. */
export const SearchFilterBar = memo(function SearchFilterBar({ filters, offices, matching, onChange }: Props) {
  const { t } = useTranslation();
  const regionListId = useId();
  const [region, setRegion] = useState('');
  const directory = useApi(() => api.listDirectory({}), []);
  const places = useMemo(() => {
    if (directory.status !== 'ready') return [];
    const names = new Set<string>();
    for (const { region: r } of directory.value)
      for (const place of [r.province, r.city, r.county]) if (place) names.add(place);
    return [...names];
  }, [directory]);
  // Looked up once: each answer redraws the bar (its office buttons), and a lookup is not free.
  const labels = useMemo(
    () => ({
      bar: t('filters.label'),
      level: t('filters.levelLabel'),
      anyLevel: t('filters.anyLevel'),
      levels: OFFICE_LEVELS.map((level) => ({ level, name: t(`level.${level}`) })),
      region: t('filters.regionLabel'),
      regionPlaceholder: t('filters.regionPlaceholder'),
      onlyOffice: t('filters.onlyOffice'),
    }),
    [t],
  );
  // Kept as one element: each answer redraws the office buttons, not the hundreds of places.
  const placeList = useMemo(
    () => (
      <datalist id={regionListId}>
        {places.map((place) => (
          <option key={place} value={place} />
        ))}
      </datalist>
    ),
    [regionListId, places],
  );

  const without = (key: keyof SearchFilters) => {
    const next = { ...filters };
    delete next[key];
    onChange(next);
  };
  const applyRegion = (value: string) => {
    const name = value.trim();
    if (!name) return;
    onChange({ ...filters, region: name });
    setRegion('');
  };
  const onRegionKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      applyRegion(region);
    }
  };

  const officeName =
    filters.officeId === undefined
      ? null
      : (offices.find((o) => o.id === filters.officeId)?.name ?? `#${filters.officeId}`);
  const chips: { key: keyof SearchFilters; label: string }[] = [
    ...(officeName !== null ? [{ key: 'officeId' as const, label: t('filters.office', { name: officeName }) }] : []),
    ...(filters.region ? [{ key: 'region' as const, label: t('filters.region', { name: filters.region }) }] : []),
    ...(filters.level
      ? [{ key: 'level' as const, label: t('filters.level', { name: t(`level.${filters.level}`) }) }]
      : []),
  ];

  return (
    <div className="search-filters" role="group" aria-label={labels.bar} data-testid="search-filters">
      {chips.map((chip) => (
        <span key={chip.key} className="filter-chip" data-testid="filter-chip" data-filter={chip.key} lang="zh-CN">
          {chip.label}
          <button
            type="button"
            aria-label={t('filters.remove', { name: chip.label })}
            onClick={() => without(chip.key)}
          >
            ×
          </button>
        </span>
      ))}
      {!filters.level && (
        <select
          aria-label={labels.level}
          data-testid="filter-level"
          value=""
          onChange={(e) => e.target.value && onChange({ ...filters, level: e.target.value as OfficeLevel })}
        >
          <option value="">{labels.anyLevel}</option>
          {labels.levels.map(({ level, name }) => (
            <option key={level} value={level}>
              {name}
            </option>
          ))}
        </select>
      )}
      {!filters.region && (
        <>
          <input
            type="search"
            list={regionListId}
            aria-label={labels.region}
            data-testid="filter-region"
            placeholder={labels.regionPlaceholder}
            value={region}
            onChange={(e) => {
              // A place the directory knows (a picked suggestion) applies at once; other text waits for Enter.
              if (places.includes(e.target.value)) applyRegion(e.target.value);
              else setRegion(e.target.value);
            }}
            onKeyDown={onRegionKey}
          />
          {placeList}
        </>
      )}
      {filters.officeId === undefined &&
        matching.slice(0, OFFICE_OPTIONS).map((office) => (
          <button
            key={office.id}
            type="button"
            className="chip"
            data-testid="filter-office-option"
            data-office-id={office.id}
            title={labels.onlyOffice}
            onClick={() => onChange({ ...filters, officeId: office.id })}
            lang="zh-CN"
          >
            {labels.onlyOffice}：{office.name}
          </button>
        ))}
    </div>
  );
});
