// The store: one open OrgAtlas database and everything the app, the browser host and the
// CLI do with it. Errors meant for users are StoreErrors (see errors.ts).
import type { Database } from 'better-sqlite3';
import {
  CorruptIndexError,
  search as searchIndex,
  type SearchIndex,
  type SearchOptions,
} from '../../../shared/search/index.ts';
import type {
  DirectoryEntry,
  OfficeDetail,
  OfficeSummary,
  SearchResult,
  SourceLine,
  UnitDetail,
} from '../../../shared/types.ts';
import { retryWhileBusy } from './busy.ts';
import { openDatabase, readOnlyReason } from './connection.ts';
import { listDirectory, officeIdsMatching, type OfficeFilter } from './directory.ts';
import type { DocumentOptions } from '../documents/load.ts';
import { exportCsv, exportJson, type ExportFormat } from './export.ts';
import { applyUpdateInputsInSteps, WriteCancelled, type WriteSteps } from './import-steps.ts';
import type { DocumentUpdate, UpdateInput } from './update.ts';
import { importDocuments, readDocumentsForImport, type DocumentToImport, type ImportReport } from './import.ts';
import { listOffices, readOffice, readSourceLines, readUnit, sourceExists } from './read.ts';
import { describeLoss, lostCommits, mirrorJournal } from './journal.ts';
import { freshSearchIndex, loadStoredSearchIndex, rebuiltSearchIndex } from './search-index.ts';
import { ReplacedBaseError } from './base-pages.ts';
import { describeSqliteError, sqliteProblem } from './sqlite-errors.ts';
import { StoreError } from './errors.ts';
import { historyMethods, type HistoryMethods } from './history-store.ts';
import { packageMethods, type PackageMethods } from './package-store.ts';
import { SOURCE_LINES_MAX } from '../../../shared/contract/limits.ts';

/** The most source lines one call returns. */
export const MAX_SOURCE_LINES = SOURCE_LINES_MAX;

export interface StoreOptions {
  readonly?: boolean;
  /** Create an empty database when the file does not exist. */
  create?: boolean;
  /**
   * How long a write retries, blocking, while another process holds the database (default
   * WRITE_BUDGET_MS). Hosts that serve a page set it low and wait in their writer queue instead.
   */
  writeBudgetMs?: number;
}

export interface Store extends HistoryMethods, PackageMethods {
  readonly path: string;
  /** Why the database is read-only (the file, folder or disk cannot be written), if it is. */
  readonly readOnly: string | undefined;
  /** What opening found wrong, one sentence each (imports the database lost, see journal.ts). */
  readonly notices: string[];
  listOffices(): OfficeSummary[];
  /** Every office with its region, level and kind. */
  listDirectory(): DirectoryEntry[];
  /** The ids of the offices in a region and/or at a level. */
  officeIdsMatching(filter: OfficeFilter): number[];
  getOffice(officeId: number): OfficeDetail;
  getUnit(unitId: number): UnitDetail;
  search(query: string, options?: SearchOptions): SearchResult;
  getSourceLines(sourceId: number, from: number, to: number): SourceLine[];
  /** Reads and parses files (any of the four formats), then imports them in one transaction (see import.ts). */
  importFiles(paths: string[], options?: DocumentOptions): Promise<ImportReport[]>;
  /** Imports documents already read with readDocumentsForImport, in one transaction. */
  importDocuments(documents: DocumentToImport[]): ImportReport[];
  /**
   * applyUpdateInputs as one transaction written in steps, with progress, that `steps.signal`
   * can cancel (WriteCancelled: rolled back, nothing changed); see import-steps.ts.
   */
  applyUpdateInputsInSteps(
    inputs: UpdateInput[],
    steps?: Omit<WriteSteps, 'budgetMs'>,
  ): Promise<{ officeIds: number[]; updates: DocumentUpdate[] }>;
  exportAll(format: ExportFormat): string;
  close(): void;
}

export function openStore(path: string, options: StoreOptions = {}): Store {
  const db: Database = openDatabase(path, options);

  // The search index is loaded once and reloaded when the data changed: PRAGMA data_version
  // notices commits by other connections (another process importing), and our own imports
  // drop the cache directly because data_version does not count them.
  let cached: { dataVersion: number; index: SearchIndex } | undefined;
  const dataVersion = () => db.pragma('data_version', { simple: true }) as number;
  const currentIndex = (): SearchIndex => {
    const version = dataVersion();
    if (!cached || cached.dataVersion !== version) cached = { dataVersion: version, index: loadStoredSearchIndex(db) };
    return cached.index;
  };

  const readOnly = readOnlyReason(db);
  const lost = lostCommits(db, path);
  const notices = lost ? [describeLoss(db, path, lost)] : [];
  // Told once: the mirror now describes the database as it is.
  if (lost && !readOnly) mirrorJournal(db, path);

  // Reads spanning several statements see one snapshot: in WAL mode a read transaction keeps
  // the state of its first read, so a concurrent import is seen whole or not at all.
  const read = <T>(work: () => T): T => db.transaction(work)();

  // The directory (with each name's pinyin) is read once per data version, like the index.
  let directory: { dataVersion: number; entries: DirectoryEntry[] } | undefined;
  const currentDirectory = (): DirectoryEntry[] => {
    const version = dataVersion();
    if (!directory || directory.dataVersion !== version)
      directory = { dataVersion: version, entries: read(() => listDirectory(db)) };
    return directory.entries;
  };

  const refuseReadOnly = () => {
    if (readOnly) {
      throw new StoreError(
        'read-only',
        `the database ${path} is read-only (${readOnly}): searching and exporting work, but nothing can be imported`,
      );
    }
  };
  /** What a failed write throws: its own StoreError, or one sentence for what SQLite refused. */
  const writeFailure = (what: string, err: unknown): unknown => {
    if (err instanceof StoreError || err instanceof WriteCancelled) return err;
    // Whatever SQLite refused (a constraint, a full disk, a lock) was rolled back whole.
    const problem = sqliteProblem(err);
    const code = problem === 'other' ? 'write-failed' : problem === 'busy' ? 'busy' : 'unavailable';
    return new StoreError(code, `${what} failed and nothing was changed: ${describeSqliteError(err)}`);
  };

  /** A write (`what`: "import", "rollback", …): refused when read-only, retried while busy, mirrored after its commit. */
  const guardedWrite = <T>(what: string, work: () => T): T => {
    refuseReadOnly();
    try {
      const result = retryWhileBusy(work, options.writeBudgetMs);
      mirrorJournal(db, path);
      return result;
    } catch (err) {
      throw writeFailure(what, err);
    } finally {
      cached = undefined;
      directory = undefined;
    }
  };
  const applyInSteps: Store['applyUpdateInputsInSteps'] = async (inputs, steps = {}) => {
    refuseReadOnly();
    try {
      const result = await applyUpdateInputsInSteps(path, inputs, { budgetMs: options.writeBudgetMs, ...steps });
      mirrorJournal(db, path);
      return result;
    } catch (err) {
      throw writeFailure('import', err);
    } finally {
      cached = undefined;
      directory = undefined;
    }
  };
  const importDocumentsHere = (documents: DocumentToImport[]): ImportReport[] =>
    guardedWrite('import', () => importDocuments(db, documents));

  /**
   * Searches. The index reads the base's pages it needs as it goes, inside one read transaction
   * so they are all of one base. A base replaced since it was opened is opened again; a damaged
   * page is rebuilt (never searched); any other failure at query time (there should be none)
   * gets an index built afresh.
   */
  const searchHere = (query: string, options: SearchOptions): SearchResult => {
    const searchIn = (index: SearchIndex) => read(() => searchIndex(index, query, options));
    try {
      try {
        return searchIn(currentIndex());
      } catch (err) {
        if (!(err instanceof ReplacedBaseError)) throw err;
        cached = undefined;
        return searchIn(currentIndex());
      }
    } catch (err) {
      const index = err instanceof CorruptIndexError ? rebuiltSearchIndex(db) : read(() => freshSearchIndex(db));
      cached = { dataVersion: dataVersion(), index };
      return searchIn(index);
    }
  };

  const history = historyMethods(db, guardedWrite);
  return {
    path,
    readOnly,
    notices,
    ...history,
    ...packageMethods(db, path, history),
    listOffices: () => read(() => listOffices(db)),
    listDirectory: () => currentDirectory(),
    officeIdsMatching: (filter) => officeIdsMatching(db, filter),
    getOffice(officeId) {
      const office = read(() => readOffice(db, officeId));
      if (!office) throw new StoreError('not-found', `No office with id ${officeId}`);
      return office;
    },
    getUnit(unitId) {
      const unit = read(() => readUnit(db, unitId));
      if (!unit) throw new StoreError('not-found', `No unit with id ${unitId}`);
      return unit;
    },
    search: (query, searchOptions = {}) => searchHere(query, searchOptions),
    getSourceLines(sourceId, from, to) {
      if (to < from) throw new StoreError('out-of-range', `Line range ${from}-${to} is empty`);
      if (to - from + 1 > MAX_SOURCE_LINES) {
        throw new StoreError('out-of-range', `At most ${MAX_SOURCE_LINES} lines can be read at once`);
      }
      return read(() => {
        if (!sourceExists(db, sourceId)) throw new StoreError('not-found', `No source with id ${sourceId}`);
        return readSourceLines(db, sourceId, from, to);
      });
    },
    async importFiles(paths, documentOptions) {
      return importDocumentsHere(await readDocumentsForImport(paths, documentOptions));
    },
    importDocuments: (documents) => importDocumentsHere(documents),
    applyUpdateInputsInSteps: applyInSteps,
    exportAll: (format) => read(() => (format === 'json' ? exportJson(db) : exportCsv(db))),
    close: () => db.close(),
  };
}
