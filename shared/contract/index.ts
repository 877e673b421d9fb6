// Every call the renderer can make, declared once, one module per feature. Adding a call to
// a feature touches its declaration (here, e.g. offices.ts), its handler (electron/node/api/
// offices.ts) and its caller; a new feature adds its two modules and one spread here and in
// electron/node/api/index.ts. Clients, IPC, HTTP and the CLI are typed from these.
import { batchImportCalls } from './batch-import.ts';
import type { Client } from './define.ts';
import { desktopCalls } from './desktop.ts';
import { directoryCalls } from './directory.ts';
import { historyCalls } from './history.ts';
import { officeCalls } from './offices.ts';
import { packageCalls } from './packages.ts';
import { searchCalls } from './search.ts';
import { sourceCalls } from './sources.ts';

/** The data calls, served by every host (desktop IPC, browser host HTTP, CLI). */
export const dataCalls = {
  ...officeCalls,
  ...searchCalls,
  ...sourceCalls,
  ...directoryCalls,
  ...historyCalls,
  ...batchImportCalls,
  ...packageCalls,
};
export type DataCalls = typeof dataCalls;
export type ApiMethod = keyof DataCalls & string;
export type OrgAtlasApi = Client<DataCalls>;

export { desktopCalls };
export type DesktopCalls = typeof desktopCalls;
export type DesktopMethod = keyof DesktopCalls & string;
export type DesktopApi = Client<DesktopCalls>;
