// Small preferences kept across restarts (localStorage works for file:// in Electron and
// for the loopback origin in a browser). Storage failures only lose the preference.
const PREFIX = 'orgatlas.';

export function readSetting(key: string): string | null {
  try {
    return localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

export function writeSetting(key: string, value: string): void {
  try {
    localStorage.setItem(PREFIX + key, value);
  } catch {
    // Private mode or a full disk: the preference is simply not remembered.
  }
}

const MAX_RECENT = 8;

export function readRecentSearches(): string[] {
  try {
    const parsed: unknown = JSON.parse(readSetting('recentSearches') ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((q): q is string => typeof q === 'string').slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

/** Puts the query first, without duplicates, keeping the last few. */
export function rememberSearch(query: string): string[] {
  const q = query.trim();
  if (!q) return readRecentSearches();
  const next = [q, ...readRecentSearches().filter((r) => r !== q)].slice(0, MAX_RECENT);
  writeSetting('recentSearches', JSON.stringify(next));
  return next;
}

export function clearRecentSearches(): void {
  writeSetting('recentSearches', '[]');
}
