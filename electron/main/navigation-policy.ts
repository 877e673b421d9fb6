// What the app's web contents may reach beyond its own page. Requests: only the app's own
// files (and the dev server under `electron-vite dev`). Navigation: only the app page again
// (a reload, a hash route). Links to the outside world: only an allow-list of origins,
// opened in the system browser; the list is empty, so today every one is refused.
import { isAppUrl } from './app-protocol.ts';
import type { AppPageMatcher } from './app-page.ts';

export interface NavigationPolicy {
  /** A request the session may let through (every other one is cancelled). */
  allowRequest(url: string, resourceType: string): boolean;
  allowNavigation(url: string): boolean;
  /** Whether a link the page tried to open may go to the system browser. */
  allowExternal(url: string): boolean;
}

/** Origins whose pages may be opened in the system browser (`https://example.org`). */
export const EXTERNAL_ALLOW_LIST: readonly string[] = [];

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

const originOf = (url: string) => parse(url)?.origin;

export function navigationPolicy(
  isAppPage: AppPageMatcher,
  devServerUrl?: string,
  externalAllowList = EXTERNAL_ALLOW_LIST,
): NavigationPolicy {
  const devOrigin = devServerUrl ? originOf(devServerUrl) : undefined;
  const devSocket = devOrigin?.replace(/^http/, 'ws');
  return {
    allowRequest(url, resourceType) {
      // Fonts and images inlined by Vite are data: URLs; a data: script never is.
      if (url.startsWith('data:'))
        return resourceType !== 'script' && resourceType !== 'subFrame' && resourceType !== 'mainFrame';
      let parsed = parse(url);
      // The page's own blob: URLs (the chart's SVG and PNG downloads) carry its origin inside.
      if (parsed?.protocol === 'blob:') parsed = parse(parsed.pathname);
      if (!parsed) return false;
      if (isAppUrl(parsed)) return true;
      if (devOrigin && devOrigin !== 'null')
        return parsed.origin === devOrigin || parsed.origin === devSocket || parsed.protocol === 'devtools:';
      return false;
    },
    allowNavigation: (url) => isAppPage(url),
    allowExternal(url) {
      const origin = originOf(url);
      return origin !== undefined && origin.startsWith('https://') && externalAllowList.includes(origin);
    },
  };
}
