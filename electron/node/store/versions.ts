// The history of each office (see migrations/007_versions.ts): every write of an office goes
// through writeRevision, which keeps what was stored before and records the new state as the
// next version. Rows are only added; a rollback writes an old state again as a new version.
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { StoreError } from './errors.ts';
import type { Correction } from '../../../shared/corrections/index.ts';
import { correctionsSchema } from '../../../shared/corrections/schema.ts';
import { chineseSummary, diffOffices, firstChanges, type ChangeSummary } from '../../../shared/diff/index.ts';
import { z } from 'zod';
import type { ParsedDocument } from '../../../shared/types.ts';
import { documentDate } from '../../../shared/versions/as-of.ts';
import type { VersionDiff, VersionInfo, VersionOrigin } from '../../../shared/versions/types.ts';
import { documentKey, saveCorrections } from './corrections.ts';
import { readStoredOffice } from './snapshot.ts';
import { writeDocument, type SourceDocument } from './write.ts';

export interface RevisionMeta {
  origin: VersionOrigin;
  /** The document the office was read from (see corrections.ts documentKey). */
  documentKey: string;
  corrections: readonly Correction[];
  createdAt: string;
  restoredFrom?: number;
  signer?: string | null;
}

export interface StoredVersion {
  info: VersionInfo;
  parsed: ParsedDocument;
  source: SourceDocument;
  documentKey: string;
  corrections: Correction[];
}

interface VersionRow {
  office: string;
  number: number;
  created_at: string;
  as_of: string | null;
  origin: VersionOrigin;
  source_file: string;
  source_sha256: string;
  summary: string;
  restored_from: number | null;
  signer: string | null;
  corrections: string;
  document_key: string;
  /** JSON of a ChangeSummary; null in rows written before migration 011. */
  changes: string | null;
}

const INFO_COLUMNS = `office, number, created_at, as_of, origin, source_file, source_sha256, restored_from,
                      signer, corrections, document_key, changes`;

const count = z.number().int().min(0);
const changesSchema: z.ZodType<ChangeSummary> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('first'), units: count, duties: count }),
  z.strictObject({
    kind: z.literal('changed'),
    renamedTo: z.string().nullable(),
    unitsAdded: count,
    unitsRemoved: count,
    unitsRenamed: count,
    unitsMoved: count,
    unitsReordered: count,
    duties: count,
  }),
]);

const pack = (value: unknown) => deflateSync(Buffer.from(JSON.stringify(value), 'utf8'));
const unpack = <T>(bytes: Uint8Array) => JSON.parse(inflateSync(bytes).toString('utf8')) as T;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The raw lines, stored once per distinct content. */
function storeSource(db: Database, source: SourceDocument): number {
  const content = JSON.stringify(source.lines);
  const hash = sha256(`${source.encoding}\n${content}`);
  const existing = db.prepare('SELECT id FROM version_sources WHERE content_hash = ?').pluck().get(hash) as
    number | undefined;
  if (existing !== undefined) return existing;
  return Number(
    db
      .prepare('INSERT INTO version_sources (content_hash, encoding, line_count, lines) VALUES (?, ?, ?, ?)')
      .run(hash, source.encoding, source.lines.length, deflateSync(Buffer.from(content, 'utf8'))).lastInsertRowid,
  );
}

function latestNumber(db: Database, office: string): number {
  return (
    (db.prepare('SELECT max(number) FROM office_versions WHERE office = ?').pluck().get(office) as number | null) ?? 0
  );
}

function currentNumber(db: Database, office: string): number | null {
  // The office stored now is the newest version, unless it was removed since.
  const stored = db.prepare('SELECT 1 FROM offices WHERE name = ?').get(office) !== undefined;
  return stored ? latestNumber(db, office) || 1 : null;
}

function structureOf(db: Database, office: string, number: number): ParsedDocument | undefined {
  const bytes = db
    .prepare('SELECT structure FROM office_versions WHERE office = ? AND number = ?')
    .pluck()
    .get(office, number) as Uint8Array | undefined;
  return bytes && unpack<ParsedDocument>(bytes);
}

/** A row's change summary: as stored, or (older rows, or one that does not read) derived again from the structures. */
function changesOf(db: Database, row: VersionRow, parsed: () => ParsedDocument): ChangeSummary {
  if (row.changes !== null) {
    const stored = changesSchema.safeParse(JSON.parse(row.changes));
    if (stored.success) return stored.data;
  }
  const before = structureOf(db, row.office, row.number - 1);
  const after = parsed().office;
  return before ? diffOffices(before.office, after).changes : firstChanges(after);
}

function toInfo(row: VersionRow, current: number | null, changes: ChangeSummary): VersionInfo {
  return {
    office: row.office,
    number: row.number,
    createdAt: row.created_at,
    asOf: row.as_of,
    origin: row.origin,
    sourceFile: row.source_file,
    sourceSha256: row.source_sha256,
    summary: chineseSummary(changes, row.restored_from),
    changes,
    restoredFrom: row.restored_from,
    signer: row.signer,
    correctionCount: (JSON.parse(row.corrections) as unknown[]).length,
    current: row.number === current,
  };
}

function recordVersion(db: Database, parsed: ParsedDocument, source: SourceDocument, meta: RevisionMeta): number {
  const office = parsed.office.name;
  const previous = latestNumber(db, office);
  const before = previous ? readVersion(db, office, previous).parsed : null;
  const changes = before ? diffOffices(before.office, parsed.office).changes : firstChanges(parsed.office);
  const number = previous + 1;
  db.prepare(
    `INSERT INTO office_versions (office, number, created_at, as_of, origin, source_file, source_sha256, source_id,
                document_key, corrections, structure, summary, restored_from, signer, changes)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    office,
    number,
    meta.createdAt,
    documentDate(source.lines, parsed)?.date ?? null,
    meta.origin,
    source.path,
    source.sha256,
    storeSource(db, source),
    meta.documentKey,
    JSON.stringify(meta.corrections),
    pack(parsed),
    chineseSummary(changes, meta.restoredFrom ?? null),
    meta.restoredFrom ?? null,
    meta.signer ?? null,
    JSON.stringify(changes),
  );
  return number;
}

/** An office stored before history was kept becomes its version 1 before anything replaces it. */
function keepEarlier(db: Database, office: string): void {
  if (latestNumber(db, office) > 0) return;
  const stored = readStoredOffice(db, office);
  if (!stored) return;
  recordVersion(db, stored.parsed, stored.source, {
    origin: 'earlier',
    documentKey: documentKey(stored.parsed, stored.source),
    corrections: [],
    createdAt: stored.importedAt,
  });
}

/** Offices this document was stored as under another name (before its name was corrected) give way. */
function retireOtherNames(db: Database, documentKey: string, office: string): void {
  const others = db
    .prepare(
      `
    SELECT o.name FROM offices o
    WHERE o.name <> ? AND (SELECT v.document_key FROM office_versions v WHERE v.office = o.name
                           ORDER BY v.number DESC LIMIT 1) = ?`,
    )
    .pluck()
    .all(office, documentKey) as string[];
  for (const name of others)
    db.prepare('DELETE FROM sources WHERE id = (SELECT source_id FROM offices WHERE name = ?)').run(name);
}

/**
 * Office `from` goes on as `to` (renamed, or merged into a new name): its versions become
 * `to`'s first ones and the stored `from` gives way, so history shows one line of versions.
 * Call inside a transaction, before `to` is written.
 */
export function continueHistoryUnder(db: Database, from: string, to: string): void {
  if (latestNumber(db, to) > 0)
    throw new StoreError('out-of-range', `${to} already has a history of its own; it cannot continue ${from}'s`);
  keepEarlier(db, from);
  db.prepare('UPDATE office_versions SET office = ? WHERE office = ?').run(to, from);
  db.prepare('DELETE FROM sources WHERE id = (SELECT source_id FROM offices WHERE name = ?)').run(from);
}

/** The same document read the same way with the same corrections adds no version. */
function sameAsLatest(db: Database, parsed: ParsedDocument, source: SourceDocument, meta: RevisionMeta): boolean {
  if (meta.origin === 'rollback') return false;
  const row = db
    .prepare(
      `SELECT source_sha256, corrections, structure FROM office_versions WHERE office = ?
                          ORDER BY number DESC LIMIT 1`,
    )
    .get(parsed.office.name) as { source_sha256: string; corrections: string; structure: Uint8Array } | undefined;
  return (
    row !== undefined &&
    row.source_sha256 === source.sha256 &&
    row.corrections === JSON.stringify(meta.corrections) &&
    inflateSync(row.structure).toString('utf8') === JSON.stringify(parsed)
  );
}

/**
 * Writes an office and records it as its next version, keeping the earlier state. Call
 * inside a transaction (the caller rebuilds the search index). Returns the office id.
 */
export function writeRevision(
  db: Database,
  parsed: ParsedDocument,
  source: SourceDocument,
  meta: RevisionMeta,
): number {
  const office = parsed.office.name;
  keepEarlier(db, office);
  retireOtherNames(db, meta.documentKey, office);
  const officeId = writeDocument(db, parsed, source, meta.createdAt);
  if (!sameAsLatest(db, parsed, source, meta)) recordVersion(db, parsed, source, meta);
  return officeId;
}

/** The office's versions, newest first; an office stored before history was kept has its one version. */
export function listVersions(db: Database, office: string): VersionInfo[] {
  const rows = db
    .prepare(`SELECT ${INFO_COLUMNS} FROM office_versions WHERE office = ? ORDER BY number DESC`)
    .all(office) as VersionRow[];
  const current = currentNumber(db, office);
  if (rows.length)
    return rows.map((row) =>
      toInfo(
        row,
        current,
        changesOf(db, row, () => structureOf(db, office, row.number)!),
      ),
    );
  const earlier = earlierVersion(db, office);
  return earlier ? [earlier.info] : [];
}

function earlierVersion(db: Database, office: string): StoredVersion | undefined {
  const stored = readStoredOffice(db, office);
  if (!stored) return undefined;
  const changes = firstChanges(stored.parsed.office);
  return {
    info: {
      office,
      number: 1,
      createdAt: stored.importedAt,
      asOf: documentDate(stored.source.lines, stored.parsed)?.date ?? null,
      origin: 'earlier',
      sourceFile: stored.source.path,
      sourceSha256: stored.source.sha256,
      summary: chineseSummary(changes),
      changes,
      restoredFrom: null,
      signer: null,
      correctionCount: 0,
      current: true,
    },
    parsed: stored.parsed,
    source: stored.source,
    documentKey: documentKey(stored.parsed, stored.source),
    corrections: [],
  };
}

export function readVersion(db: Database, office: string, number: number): StoredVersion {
  const row = db
    .prepare(
      `
    SELECT ${INFO_COLUMNS}, v.structure, s.encoding, s.lines
    FROM office_versions v JOIN version_sources s ON s.id = v.source_id
    WHERE v.office = ? AND v.number = ?`,
    )
    .get(office, number) as (VersionRow & { structure: Uint8Array; encoding: string; lines: Uint8Array }) | undefined;
  if (!row) {
    const earlier = number === 1 && latestNumber(db, office) === 0 ? earlierVersion(db, office) : undefined;
    if (earlier) return earlier;
    throw new StoreError('not-found', `${office} has no version ${number}`);
  }
  const parsed = unpack<ParsedDocument>(row.structure);
  return {
    info: toInfo(
      row,
      currentNumber(db, office),
      changesOf(db, row, () => parsed),
    ),
    parsed,
    source: {
      path: row.source_file,
      sha256: row.source_sha256,
      encoding: row.encoding,
      lines: unpack<string[]>(row.lines),
    },
    documentKey: row.document_key,
    corrections: correctionsSchema.parse(JSON.parse(row.corrections)),
  };
}

export function diffVersions(db: Database, office: string, from: number, to: number): VersionDiff {
  const a = readVersion(db, office, from);
  const b = readVersion(db, office, to);
  return { office, from, to, diff: diffOffices(a.parsed.office, b.parsed.office) };
}

/**
 * Writes version `number` of the office again as its newest version (with the corrections it
 * had, which become the document's corrections again). Call inside a transaction.
 */
export function rollbackOffice(db: Database, office: string, number: number, createdAt: string): number {
  const target = readVersion(db, office, number);
  if (target.info.current)
    throw new StoreError('out-of-range', `version ${number} of ${office} is already the current one`);
  const officeId = writeRevision(db, target.parsed, target.source, {
    origin: 'rollback',
    documentKey: target.documentKey,
    corrections: target.corrections,
    createdAt,
    restoredFrom: number,
  });
  saveCorrections(db, target.documentKey, target.corrections, createdAt);
  return officeId;
}

/** An office named by its id or its exact name, as stored now or in its history. */
export function resolveOfficeName(db: Database, office: string): string {
  if (/^\d+$/.test(office)) {
    const name = db.prepare('SELECT name FROM offices WHERE id = ?').pluck().get(Number(office)) as string | undefined;
    if (name !== undefined) return name;
  }
  const known = db
    .prepare(`SELECT 1 FROM offices WHERE name = ? UNION SELECT 1 FROM office_versions WHERE office = ?`)
    .get(office, office);
  if (!known) throw new StoreError('not-found', `no office "${office}" (give an office id or its exact name)`);
  return office;
}
