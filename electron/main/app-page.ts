// Which URLs are the app's own page: app://orgatlas/index.html (any hash route) in a built
// app, the dev server's origin under `electron-vite dev`. Everything the shell trusts —
// navigation, IPC callers — is decided against this one test.
import { APP_PAGE_URL, isAppUrl } from './app-protocol.ts';

export type AppPageMatcher = (url: string) => boolean;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

export function appPageMatcher(devServerUrl?: string): AppPageMatcher {
  if (devServerUrl) {
    const devOrigin = parse(devServerUrl)?.origin;
    // Opaque origins (data:, about:, file:) all serialise as "null" and must never match.
    return (url) => devOrigin !== undefined && devOrigin !== 'null' && parse(url)?.origin === devOrigin;
  }
  const pagePath = new URL(APP_PAGE_URL).pathname;
  return (url) => {
    const parsed = parse(url);
    return !!parsed && isAppUrl(parsed) && parsed.pathname === pagePath && parsed.search === '';
  };
}
