// Importing with history: each document is read with its corrections, compared with the
// office stored now (the preview and --dry-run stop there), then written as the office's
// next version, all documents in one transaction with the search index.
import type { Database } from 'better-sqlite3';
import type { Correction, UnappliedCorrection } from '../../../shared/corrections/index.ts';
import { diffOffices, type OfficeDiff } from '../../../shared/diff/index.ts';
import { findSameOffice, type SameOffice } from '../../../shared/imports/same-office.ts';
import type { ParsedDocument } from '../../../shared/types.ts';
import type { VersionOrigin } from '../../../shared/versions/types.ts';
import type { ImportReport } from './import.ts';
import { recordImports } from './journal.ts';
import { correctDocument, documentKey, loadCorrections, saveCorrections } from './corrections.ts';
import { readStoredOffice } from './snapshot.ts';
import { continueHistoryUnder, resolveOfficeName, writeRevision } from './versions.ts';
import type { SourceDocument } from './write.ts';

export interface DocumentUpdate {
  file: string;
  parsed: ParsedDocument;
  source: SourceDocument;
  documentKey: string;
  corrections: Correction[];
  unapplied: UnappliedCorrection[];
  /** Whether an office of this name is stored now. */
  replaces: boolean;
  /** The stored office of another name this is a new version of (renamed, merged), if any. */
  sameOffice: SameOffice | null;
  /** Against the office stored now (everything added when there is none). */
  diff: OfficeDiff;
  origin: VersionOrigin;
  signer?: string | null;
}

export interface UpdateInput {
  file: string;
  parsed: ParsedDocument;
  source: SourceDocument;
  /** Replace the document's stored corrections with these; default: apply the stored ones. */
  corrections?: readonly Correction[];
  origin?: VersionOrigin;
  signer?: string | null;
  /** The structure is final (a data package's): corrections are recorded, not applied again. */
  structureIsFinal?: boolean;
  /** The document's key as another database recorded it (a data package's). */
  documentKey?: string;
  /**
   * The stored office (id or name) this document is a new version of under a new name, as the
   * user chose it; null: none, it is a new office. Unset: found (see shared/imports/same-office.ts),
   * from what the document states, and with `guessSimilar` also by likeness.
   */
  replaceOffice?: string | null;
  guessSimilar?: boolean;
}

/** Stored offices worth comparing with `parsed`: not itself, sharing the start of its name or named by it. */
function candidatesFor(db: Database, parsed: ParsedDocument) {
  const name = parsed.office.name;
  const names = db.prepare('SELECT name FROM offices WHERE name <> ?').pluck().all(name) as string[];
  return names
    .filter(
      (n) => n.slice(0, 2) === name.slice(0, 2) || [...parsed.office.formerNames, ...parsed.office.aliases].includes(n),
    )
    .map((n) => ({ name: n, office: () => readStoredOffice(db, n)!.parsed.office }));
}

function sameOfficeFor(db: Database, input: UpdateInput, parsed: ParsedDocument): SameOffice | null {
  if (input.replaceOffice === null) return null;
  if (input.replaceOffice !== undefined) {
    const office = resolveOfficeName(db, input.replaceOffice);
    return office === parsed.office.name ? null : { office, reason: 'chosen' };
  }
  return findSameOffice(parsed.office, candidatesFor(db, parsed), { similar: input.guessSimilar ?? false });
}

/** Reads nothing from disk and writes nothing: what importing `input` would do. */
export function planUpdate(db: Database, input: UpdateInput): DocumentUpdate {
  const key = input.documentKey ?? documentKey(input.parsed, input.source);
  const corrections = [...(input.corrections ?? loadCorrections(db, key))];
  const corrected = input.structureIsFinal
    ? { parsed: input.parsed, unapplied: [] }
    : correctDocument(input.parsed, input.source, corrections);
  const stored = readStoredOffice(db, corrected.parsed.office.name);
  const sameOffice = stored ? null : sameOfficeFor(db, input, corrected.parsed);
  const before = stored ?? (sameOffice ? readStoredOffice(db, sameOffice.office) : undefined);
  return {
    file: input.file,
    parsed: corrected.parsed,
    source: input.source,
    documentKey: key,
    corrections,
    unapplied: corrected.unapplied,
    replaces: stored !== undefined,
    sameOffice,
    diff: diffOffices(before ? before.parsed.office : null, corrected.parsed.office),
    origin: input.origin ?? 'import',
    signer: input.signer ?? null,
  };
}

function count(units: ParsedDocument['office']['units']): { units: number; duties: number } {
  return units.reduce(
    (n, u) => {
      const inner = count(u.units);
      return { units: n.units + 1 + inner.units, duties: n.duties + u.duties.length + inner.duties };
    },
    { units: 0, duties: 0 },
  );
}

/** The one-line report of an applied update (what `orgatlas import` prints). */
export function updateReport(update: DocumentUpdate, officeId: number): ImportReport {
  const n = count(update.parsed.office.units);
  return {
    file: update.file,
    officeId,
    office: update.parsed.office.name,
    unitCount: n.units,
    dutyCount: n.duties + update.parsed.office.duties.length,
    diagnostics: update.parsed.diagnostics,
    summary: update.diff.summary,
  };
}

/** Writes planned updates; call inside a transaction, then rebuild the search index. Returns office ids. */
export function applyUpdates(db: Database, updates: readonly DocumentUpdate[], at: string): number[] {
  return updates.map((u) => {
    if (u.sameOffice) continueHistoryUnder(db, u.sameOffice.office, u.parsed.office.name);
    saveCorrections(db, u.documentKey, u.corrections, at);
    return writeRevision(db, u.parsed, u.source, {
      origin: u.origin,
      documentKey: u.documentKey,
      corrections: u.corrections,
      createdAt: at,
      signer: u.signer,
    });
  });
}

/** Records applied updates in the import journal, as the user's imports; inside their transaction. */
export function recordAppliedUpdates(db: Database, updates: readonly DocumentUpdate[], at: string): void {
  recordImports(
    db,
    updates.map((u) => ({ office: u.parsed.office.name, sha256: u.source.sha256, origin: 'user' })),
    at,
  );
}
