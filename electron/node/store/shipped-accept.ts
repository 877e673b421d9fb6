// Answering a shipped offer: accepting writes the newer shipped copy as the office's next
// version and makes the office follow the shipped documents again; dismissing forgets it.
import type { Database } from 'better-sqlite3';
import { basename, join } from 'node:path';
import { documentKey } from './corrections.ts';
import { StoreError } from './errors.ts';
import { readDocumentsForImportNow } from './import.ts';
import { IMPORT_VERSION } from './shipped.ts';
import { dropOffer, listOffers } from './shipped-offers.ts';
import { writeRevision } from './versions.ts';

/** Call inside a transaction (the caller rebuilds the search index). Returns the office id. */
export function acceptOffer(db: Database, file: string, dataDir: string, at: string): number {
  const offer = listOffers(db).find((o) => o.file === file);
  if (!offer) throw new StoreError('not-found', `no shipped update ${file} is waiting`);
  // Inside the caller's transaction: shipped documents are text or web pages, read synchronously.
  const [doc] = readDocumentsForImportNow([join(dataDir, basename(file))]);
  const { parsed, source } = doc!;
  const officeId = writeRevision(db, parsed, source, {
    origin: 'shipped',
    documentKey: documentKey(parsed, source),
    corrections: [],
    createdAt: at,
  });
  db.prepare(
    `UPDATE shipped_documents SET sha256 = ?, import_version = ?, source_id = (SELECT source_id FROM offices WHERE id = ?)
              WHERE file = ?`,
  ).run(source.sha256, IMPORT_VERSION, officeId, offer.file);
  dropOffer(db, offer.file);
  return officeId;
}

export function dismissOffer(db: Database, file: string): void {
  if (!dropOffer(db, file)) throw new StoreError('not-found', `no shipped update ${file} is waiting`);
}
