// The one composition root of every host (the desktop app, the CLI, the browser host):
// resolves the environment to the data folder and the database file, opens the store and
// builds the API over it. A host only says where its shipped documents are by default.
import path from 'node:path';
import type { ApiResponse } from '../../../shared/api.ts';
import type { Client } from '../../../shared/contract/define.ts';
import type { DataCalls } from '../../../shared/contract/index.ts';
import { createApiImplementation, dispatchApiCall, localApiClient, type ApiImplementation } from '../api/index.ts';
import { SERVING_WRITE_BUDGET_MS, writerQueue } from '../api/writer-queue.ts';
import { openStore, type Store } from '../store/store.ts';
import { defaultDataDir, ensureDefaultDatabase, resolveDefaultDatabase } from './default-database.ts';

export type Env = Record<string, string | undefined>;

export interface HostInput {
  /** The process environment: ORGATLAS_DATA_DIR and ORGATLAS_DB are read from it. */
  env: Env;
  /** The host's own data folder, used when ORGATLAS_DATA_DIR is unset (a packaged app's resources). */
  defaultDataDir?: string;
  /** The CLI's `--db PATH`: exactly that file, neither built from nor kept in step with the data folder. */
  dbFlag?: string;
  /** With dbFlag: create an empty database when the file does not exist (import). */
  create?: boolean;
  /** Told what opening found and did (a damaged database rebuilt, lost imports), one sentence each. */
  onNotice?: (sentence: string) => void;
  /**
   * A host that serves a page (desktop, browser host): its writes go through one queue that
   * waits for a busy database without blocking reads. The CLI, one call per process, blocks.
   */
  serving?: boolean;
}

export interface HostPaths {
  /** The shipped documents. */
  dataDir: string;
  dbPath: string;
  /** The default database (ORGATLAS_DB or the user-data one): built from dataDir, kept in step with it. */
  followsDataDir: boolean;
}

/** ORGATLAS_DATA_DIR, else the host's folder, else data/ of the checkout; --db, else ORGATLAS_DB, else the user-data database. */
export function resolveHostPaths(input: HostInput): HostPaths {
  const { env } = input;
  const dataDir = path.resolve(env.ORGATLAS_DATA_DIR || (input.defaultDataDir ?? defaultDataDir(env)));
  if (input.dbFlag !== undefined) return { dataDir, dbPath: path.resolve(input.dbFlag), followsDataDir: false };
  return { dataDir, dbPath: resolveDefaultDatabase(env), followsDataDir: true };
}

export interface Host {
  paths: HostPaths;
  store: Store;
  /** The handlers, for transports that dispatch raw calls. */
  api: ApiImplementation;
  /** Validates and runs a raw call (IPC, HTTP); never throws. */
  dispatch(method: unknown, args: unknown): Promise<ApiResponse<unknown>>;
  /** The API as a typed in-process caller, validated like any other. */
  client: Client<DataCalls>;
  close(): void;
}

/** Opens the host's database (building the default one on first use) and its API. Throws StoreError or DocumentError. */
export function composeHost(input: HostInput): Host {
  const paths = resolveHostPaths(input);
  const writeBudgetMs = input.serving ? SERVING_WRITE_BUDGET_MS : undefined;
  const store = paths.followsDataDir
    ? openStore(ensureDefaultDatabase({ dataDir: paths.dataDir, dbPath: paths.dbPath, onNotice: input.onNotice }), {
        writeBudgetMs,
      })
    : openStore(paths.dbPath, { create: input.create ?? false, writeBudgetMs });
  if (input.onNotice) store.notices.forEach(input.onNotice);
  const api = createApiImplementation(store, input.serving ? writerQueue() : undefined);
  return {
    paths,
    store,
    api,
    dispatch: (method, args) => dispatchApiCall(api, method, args),
    client: localApiClient(api),
    close: () => store.close(),
  };
}
