// The renderer's one door to the data. In the desktop app the preload's bridge carries
// calls over IPC; in the browser host they go to POST /api/<method> on the same origin.
// Nothing else in the renderer knows which. Read calls are answered once and kept
// (api-cache.ts) until an import, rollback or key change.
import { createApiClient, type ApiMethod, type ApiResponse, type ApiTransport } from '../shared/api.ts';
import type { OrgAtlasBridge } from '../shared/bridge.ts';
import type { DesktopApi, DesktopCalls } from '../shared/contract/index.ts';
import { cachingTransport } from './api-cache.ts';

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

// Every call says what it does to the cache, so a new call cannot be forgotten. Search is
// not kept: its answer reports its own timing, and queries rarely repeat exactly.
const CACHING: Record<ApiMethod, 'keep' | 'invalidate' | 'pass'> = {
  listOffices: 'keep',
  getOffice: 'keep',
  getUnit: 'keep',
  listDirectory: 'keep',
  getSourceLines: 'keep',
  officeHistory: 'keep',
  versionDiff: 'keep',
  trustedKeys: 'keep',
  signingKey: 'keep',
  search: 'pass',
  previewImport: 'pass',
  exportPackage: 'pass',
  applyImport: 'invalidate',
  startBatchImport: 'pass',
  readBatchFile: 'pass',
  batchImportProgress: 'pass',
  cancelBatchImport: 'pass',
  commitBatchImport: 'invalidate',
  rollbackOffice: 'invalidate',
  trustKey: 'invalidate',
  untrustKey: 'invalidate',
  createSigningKey: 'invalidate',
};
const methodsThat = (what: string) =>
  new Set(Object.entries(CACHING).flatMap(([method, does]) => (does === what ? [method] : [])));

const bridge = typeof window !== 'undefined' ? window.orgatlas : undefined;

/** The data's generation: `subscribe` fires after each call that changed data. */
export const dataCache = cachingTransport(bridge ? bridge.invoke : httpTransport, {
  cached: methodsThat('keep'),
  invalidating: methodsThat('invalidate'),
  maxEntries: 200,
});

export const api = createApiClient(dataCache.transport);

/** Printing through the desktop app's main process; null in a browser (use window.print()). */
export const desktop: DesktopApi | null = bridge ? createApiClient<DesktopCalls>(bridge.desktop) : null;

/** In the desktop app: called when files opened through the app (File → Import…) are waiting. */
export const onFilesWaiting: ((listener: () => void) => void) | null = bridge ? bridge.onFilesWaiting : null;
