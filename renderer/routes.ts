// Hash routes, so deep links work from file:// in Electron and survive a reload:
// #/ (search, optional ?q=), #/office/<id>, #/unit/<id>, #/chart, #/import,
// #/history?office=<name>. Pure: no DOM.
export type Route =
  | { name: 'search'; query: string }
  | { name: 'office'; id: number }
  | { name: 'unit'; id: number }
  | { name: 'chart' }
  | { name: 'import' }
  | { name: 'history'; office: string }
  | { name: 'not-found' };

/** A database id as written in an address: 1-16 digits, no leading zero. */
export function positiveId(raw: string): number | null {
  return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const [pathname, search = ''] = path.split('?');
  if (pathname === '/' || pathname === '') return { name: 'search', query: new URLSearchParams(search).get('q') ?? '' };
  if (pathname === '/chart') return { name: 'chart' };
  if (pathname === '/import') return { name: 'import' };
  if (pathname === '/history') {
    const office = new URLSearchParams(search).get('office');
    return office ? { name: 'history', office } : { name: 'not-found' };
  }
  const match = /^\/(office|unit)\/([^/]+)$/.exec(pathname);
  const id = match ? positiveId(match[2]) : null;
  if (match && id !== null) return { name: match[1] as 'office' | 'unit', id };
  return { name: 'not-found' };
}

export const href = {
  search: (query = '') => (query ? `#/?q=${encodeURIComponent(query)}` : '#/'),
  office: (id: number) => `#/office/${id}`,
  unit: (id: number) => `#/unit/${id}`,
  import: () => '#/import',
  history: (office: string) => `#/history?office=${encodeURIComponent(office)}`,
  chart: (office: number | null = null) => (office === null ? '#/chart' : `#/chart?office=${office}`),
};
