// Every call the renderer can make, declared once. A feature adds its module's calls here;
// the handlers (electron/node/api/, electron/main/desktop.ts) and clients are typed from these.
import type { Client } from './define.ts';
import { desktopCalls } from './desktop.ts';
import { directoryCalls } from './directory.ts';
import { officeCalls } from './offices.ts';
import { searchCalls } from './search.ts';
import { sourceCalls } from './sources.ts';

/** The data calls, served by every host (desktop IPC, browser host HTTP, CLI). */
export const dataCalls = { ...officeCalls, ...searchCalls, ...sourceCalls, ...directoryCalls };
export type DataCalls = typeof dataCalls;
export type ApiMethod = keyof DataCalls & string;
export type OrgAtlasApi = Client<DataCalls>;

export { desktopCalls };
export type DesktopCalls = typeof desktopCalls;
export type DesktopMethod = keyof DesktopCalls & string;
export type DesktopApi = Client<DesktopCalls>;
