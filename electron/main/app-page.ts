// Which URLs are the app's own page: the built renderer file (any hash route) in a
// packaged or built app, the dev server's origin under `electron-vite dev`. Everything
// the shell trusts — navigation, IPC callers — is decided against this one test.
export interface AppPageLocation {
  /** file:// URL of out/renderer/index.html. */
  rendererFileUrl: string;
  /** The electron-vite dev server, only when running unpackaged in dev. */
  devServerUrl?: string;
}

export type AppPageMatcher = (url: string) => boolean;

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

export function appPageMatcher({ rendererFileUrl, devServerUrl }: AppPageLocation): AppPageMatcher {
  if (devServerUrl) {
    const devOrigin = originOf(devServerUrl);
    // Opaque origins (data:, about:, file:) all serialise as "null" and must never match.
    return (url) => devOrigin !== undefined && devOrigin !== 'null' && originOf(url) === devOrigin;
  }
  return (url) => url.split('#')[0] === rendererFileUrl;
}
