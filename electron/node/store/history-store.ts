// The store's history methods: dry runs, versions, diffs between versions, rollback.
// Writes are one transaction each, with the search index rebuilt inside it.
import type { Database } from 'better-sqlite3';
import type { VersionDiff, VersionInfo } from '../../../shared/versions/types.ts';
import type { DocumentToImport } from './import.ts';
import { recordImports } from './journal.ts';
import { refreshSearchIndex } from './search-index.ts';
import { acceptOffer, dismissOffer } from './shipped-accept.ts';
import { listOffers, type ShippedOffer } from './shipped-offers.ts';
import { applyUpdates, planUpdate, recordAppliedUpdates, type DocumentUpdate, type UpdateInput } from './update.ts';
import { diffVersions, listVersions, resolveOfficeName, rollbackOffice } from './versions.ts';

export interface RollbackReport {
  office: string;
  officeId: number;
  /** The new version (the restored state). */
  number: number;
  restoredFrom: number;
}

export interface HistoryMethods {
  /** What importing the documents would change; writes nothing. */
  planImport(documents: DocumentToImport[]): DocumentUpdate[];
  /** The same for documents given as update inputs (say, with corrections); writes nothing. */
  planUpdates(inputs: UpdateInput[]): DocumentUpdate[];
  /** Plans and writes updates (say, a preview with corrections) in one transaction. */
  applyUpdateInputs(inputs: UpdateInput[]): { officeIds: number[]; updates: DocumentUpdate[] };
  /** An office id or exact name -> the office's name (ApiError not-found). */
  resolveOffice(office: string): string;
  history(office: string): VersionInfo[];
  diffVersions(office: string, from: number, to: number): VersionDiff;
  rollback(office: string, number: number): RollbackReport;
  shippedOffers(office?: string): ShippedOffer[];
  /** Writes the waiting shipped copy `file` (from `dataDir`) as its office's next version. */
  acceptShippedOffer(file: string, dataDir: string): { officeId: number };
  dismissShippedOffer(file: string): void;
}

/** Runs a write as the store does all of them (read-only check, busy retries, journal mirror, one-sentence errors). */
export type GuardedWrite = <T>(what: string, work: () => T) => T;

export function historyMethods(db: Database, guarded: GuardedWrite): HistoryMethods {
  // One IMMEDIATE transaction with the search index, under the store's guard.
  const writing = <T>(what: string, run: () => T): T =>
    guarded(what, () =>
      db
        .transaction(() => {
          const value = run();
          refreshSearchIndex(db);
          return value;
        })
        .immediate(),
    );
  const resolveOffice = (office: string) => resolveOfficeName(db, office);

  return {
    planImport: (documents) =>
      documents.map((d) => planUpdate(db, { file: d.path, parsed: d.parsed, source: d.source })),
    planUpdates: (inputs) => inputs.map((input) => planUpdate(db, input)),
    applyUpdateInputs: (inputs) =>
      writing('import', () => {
        const at = new Date().toISOString();
        const updates = inputs.map((input) => planUpdate(db, input));
        const officeIds = applyUpdates(db, updates, at);
        recordAppliedUpdates(db, updates, at);
        return { officeIds, updates };
      }),
    resolveOffice,
    history: (office) => listVersions(db, resolveOffice(office)),
    diffVersions: (office, from, to) => diffVersions(db, resolveOffice(office), from, to),
    rollback(office, number) {
      const name = resolveOffice(office);
      return writing('rollback', () => {
        const at = new Date().toISOString();
        const officeId = rollbackOffice(db, name, number, at);
        const latest = listVersions(db, name)[0]!;
        recordImports(db, [{ office: name, sha256: latest.sourceSha256, origin: 'user' }], at);
        return { office: name, officeId, number: latest.number, restoredFrom: number };
      });
    },
    shippedOffers: (office) => listOffers(db, office === undefined ? undefined : resolveOffice(office)),
    acceptShippedOffer: (file, dataDir) =>
      writing('accepting the shipped update', () => ({
        officeId: acceptOffer(db, file, dataDir, new Date().toISOString()),
      })),
    dismissShippedOffer: (file) => writing('dismissing the shipped update', () => dismissOffer(db, file)),
  };
}
