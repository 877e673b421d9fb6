// Every IPC call is answered only for the app's own top-level page: a frame of another
// origin (an iframe, a page that somehow got loaded) is refused before any argument is read.
import type { AppPageMatcher } from './app-page.ts';

/** The part of Electron's WebFrameMain the check needs. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/** `frame` is null once Electron has disposed of it, e.g. after a navigation. */
export function isTrustedSender(frame: SenderFrame | null | undefined, isAppPage: AppPageMatcher): boolean {
  return !!frame && frame.parent === null && isAppPage(frame.url);
}
