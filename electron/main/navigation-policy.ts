// What the app's web contents may do beyond showing its own page: nothing. Navigation
// (and redirects) may only reach the app's own page again (a reload, a hash route);
// new windows, webviews and permission requests are always refused.
import type { AppPageMatcher } from './app-page.ts';

export interface NavigationPolicy {
  allowNavigation(url: string): boolean;
  allowNewWindow(url: string): boolean;
  allowWebview(): boolean;
  allowPermission(permission: string): boolean;
}

export function navigationPolicy(isAppPage: AppPageMatcher): NavigationPolicy {
  return {
    allowNavigation: (url) => isAppPage(url),
    allowNewWindow: () => false,
    allowWebview: () => false,
    allowPermission: () => false,
  };
}
