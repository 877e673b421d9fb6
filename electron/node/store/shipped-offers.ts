// Newer shipped copies of offices the user has re-imported, corrected or rolled back: an app
// update never replaces the user's version of such an office; it leaves an offer instead, which
// the user accepts (the shipped copy becomes the office's next version) or dismisses.
import type { Database } from 'better-sqlite3';

export interface ShippedOffer {
  /** The shipped file (a name in the data folder). */
  file: string;
  office: string;
  sha256: string;
  foundAt: string;
}

export function recordOffer(db: Database, offer: ShippedOffer): void {
  db.prepare(
    `INSERT INTO shipped_offers (file, office, sha256, found_at) VALUES (?, ?, ?, ?)
              ON CONFLICT (file) DO UPDATE SET office = excluded.office, sha256 = excluded.sha256, found_at = excluded.found_at`,
  ).run(offer.file, offer.office, offer.sha256, offer.foundAt);
}

export function listOffers(db: Database, office?: string): ShippedOffer[] {
  const rows = db
    .prepare(
      `SELECT file, office, sha256, found_at AS foundAt FROM shipped_offers
                           WHERE @office IS NULL OR office = @office ORDER BY office, file`,
    )
    .all({ office: office ?? null }) as ShippedOffer[];
  return rows;
}

export function dropOffer(db: Database, file: string): boolean {
  return db.prepare('DELETE FROM shipped_offers WHERE file = ?').run(file).changes > 0;
}
