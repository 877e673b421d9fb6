// The renderer's one door to the data. In the desktop app the preload's bridge carries
// calls over IPC; in the browser host they go to POST /api/<method> on the same origin.
// Nothing else in the renderer knows which.
import { createApiClient, type ApiResponse, type ApiTransport } from '../shared/api.ts';
import type { OrgAtlasBridge } from '../shared/bridge.ts';
import type { DesktopApi, DesktopCalls } from '../shared/contract/index.ts';

declare global {
  interface Window {
    orgatlas?: OrgAtlasBridge;
  }
}

const httpTransport: ApiTransport = async (method, args) => {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(args ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'unavailable', message: 'The OrgAtlas server cannot be reached' } };
  }
  const isJson = (response.headers.get('Content-Type') ?? '').startsWith('application/json');
  if (!isJson) return { ok: false, error: { code: 'unavailable', message: `HTTP ${response.status}` } };
  return (await response.json()) as ApiResponse<unknown>;
};

const bridge = typeof window !== 'undefined' ? window.orgatlas : undefined;

export const api = createApiClient(bridge ? bridge.invoke : httpTransport);

/** Printing through the desktop app's main process; null in a browser (use window.print()). */
export const desktop: DesktopApi | null = bridge ? createApiClient<DesktopCalls>(bridge.desktop) : null;

/** In the desktop app: called when files opened through the app (File → Import…) are waiting. */
export const onFilesWaiting: ((listener: () => void) => void) | null = bridge ? bridge.onFilesWaiting : null;
