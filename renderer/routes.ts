// Hash routes, so deep links work from file:// in Electron and survive a reload:
// #/ (search, optional ?q= and the filters office=, region=, level=), #/office/<id>,
// #/unit/<id>, #/chart, #/directory, #/import, #/history?office=<name>, #/packages. Pure: no DOM.
// An office or unit opened from a search hit carries the item it matched
// (?kind=duty&line=12&text=…), which the page scrolls to and highlights.
import { KINDS } from '../shared/search/records.ts';
import { OFFICE_LEVELS, type HitKind, type OfficeLevel } from '../shared/types.ts';
import { chartHref, parseChartParams, type ChartParams } from './chart/params.ts';
import { positiveId } from './ids.ts';

export { positiveId };

/** What a search is restricted to (kept in the address so a reload keeps it). */
export interface SearchFilters {
  officeId?: number;
  region?: string;
  level?: OfficeLevel;
}

/** The item a search hit matched: its kind, source line and (for a duty clause) its text. */
export interface ItemTarget {
  kind: HitKind;
  line: number;
  /** The start of the matched text (a duty's clause), to tell the clauses of one line apart. */
  text?: string;
}

/** How much of a clause the address carries: enough to tell the clauses of one duty apart. */
const TARGET_TEXT_CHARS = 40;

const LEVELS: readonly string[] = OFFICE_LEVELS;

export type Route =
  | { name: 'search'; query: string; filters: SearchFilters }
  | { name: 'directory' }
  | { name: 'office'; id: number; target?: ItemTarget }
  | { name: 'unit'; id: number; target?: ItemTarget }
  | { name: 'chart'; chart: ChartParams }
  | { name: 'import' }
  | { name: 'packages' }
  | { name: 'history'; office: string }
  | { name: 'not-found' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const [pathname, search = ''] = path.split('?');
  if (pathname === '/' || pathname === '') {
    const params = new URLSearchParams(search);
    return { name: 'search', query: params.get('q') ?? '', filters: filtersFrom(params) };
  }
  if (pathname === '/chart') return { name: 'chart', chart: parseChartParams(search) };
  if (pathname === '/directory') return { name: 'directory' };
  if (pathname === '/import') return { name: 'import' };
  if (pathname === '/packages') return { name: 'packages' };
  if (pathname === '/history') {
    const office = new URLSearchParams(search).get('office');
    return office ? { name: 'history', office } : { name: 'not-found' };
  }
  const match = /^\/(office|unit)\/([^/]+)$/.exec(pathname);
  const id = match ? positiveId(match[2]) : null;
  if (match && id !== null) {
    const target = targetFrom(new URLSearchParams(search));
    return { name: match[1] as 'office' | 'unit', id, ...(target && { target }) };
  }
  return { name: 'not-found' };
}

/** Filters from the address; a malformed one is dropped, not an error. */
function filtersFrom(params: URLSearchParams): SearchFilters {
  const filters: SearchFilters = {};
  const office = positiveId(params.get('office') ?? '');
  if (office !== null) filters.officeId = office;
  const region = params.get('region')?.trim();
  if (region) filters.region = region.slice(0, 50);
  const level = params.get('level');
  if (level && LEVELS.includes(level)) filters.level = level as OfficeLevel;
  return filters;
}

/** The hit's item from the address; anything malformed means no target, not an error. */
function targetFrom(params: URLSearchParams): ItemTarget | null {
  const kind = params.get('kind');
  const line = positiveId(params.get('line') ?? '');
  if (!kind || !(KINDS as readonly string[]).includes(kind) || line === null) return null;
  const text = params.get('text')?.slice(0, TARGET_TEXT_CHARS);
  return { kind: kind as HitKind, line, ...(text && { text }) };
}

function withTarget(path: string, target?: ItemTarget): string {
  if (!target) return path;
  const params = new URLSearchParams({ kind: target.kind, line: String(target.line) });
  if (target.text) params.set('text', target.text.slice(0, TARGET_TEXT_CHARS));
  return `${path}?${params.toString()}`;
}

export const href = {
  search: (query = '', filters: SearchFilters = {}) => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (filters.officeId !== undefined) params.set('office', String(filters.officeId));
    if (filters.region) params.set('region', filters.region);
    if (filters.level) params.set('level', filters.level);
    const qs = params.toString();
    return qs ? `#/?${qs}` : '#/';
  },
  directory: () => '#/directory',
  office: (id: number, target?: ItemTarget) => withTarget(`#/office/${id}`, target),
  unit: (id: number, target?: ItemTarget) => withTarget(`#/unit/${id}`, target),
  import: () => '#/import',
  packages: () => '#/packages',
  history: (office: string) => `#/history?office=${encodeURIComponent(office)}`,
  chart: (office: number | null = null) => chartHref(office === null ? {} : { office }),
};
