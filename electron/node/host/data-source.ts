// Opens the database the app shows (ORGATLAS_DB, else the default one, built from the
// shipped documents on first use) and the API handlers over it. Used by the Electron main
// process and the browser host, so both serve exactly the same data the same way.
import type { ApiImplementation } from '../../../shared/api.ts';
import { createApiImplementation } from '../api/implementation.ts';
import { openStore } from '../store/store.ts';
import { ensureDefaultDatabase } from './default-database.ts';

export interface DataSource {
  dbPath: string;
  /** What opening found and did (a damaged database rebuilt, lost imports), one sentence each, to show the user. */
  notices: string[];
  /** Why the database is read-only, if it is (searching works, importing does not). */
  readOnly: string | undefined;
  api: ApiImplementation;
  close(): void;
}

export interface DataSourceOptions {
  /** The shipped documents the default database is built from. */
  dataDir: string;
  /** An explicit database file; otherwise the app's default one. */
  dbPath?: string;
}

export function openDataSource(options: DataSourceOptions): DataSource {
  const notices: string[] = [];
  const dbPath = ensureDefaultDatabase({ dataDir: options.dataDir, dbPath: options.dbPath, onNotice: (s) => notices.push(s) });
  const store = openStore(dbPath);
  notices.push(...store.notices);
  return { dbPath, notices, readOnly: store.readOnly, api: createApiImplementation(store), close: () => store.close() };
}
