// The signers whose data packages the user trusts: Ed25519 public keys in their one-line
// form (see packages/keys.ts), each with a label the user gave it.
import type { Database } from 'better-sqlite3';
import { parsePublicKey } from '../packages/keys.ts';

export interface TrustedKey {
  publicKey: string;
  label: string;
  addedAt: string;
}

export function listTrustedKeys(db: Database): TrustedKey[] {
  return db
    .prepare(
      'SELECT public_key AS publicKey, label, added_at AS addedAt FROM trusted_keys ORDER BY added_at, public_key',
    )
    .all() as TrustedKey[];
}

export function isTrusted(db: Database, publicKey: string): boolean {
  return db.prepare('SELECT 1 FROM trusted_keys WHERE public_key = ?').get(publicKey) !== undefined;
}

/** Adds (or relabels) a key; a malformed key throws KeyError. */
export function trustKey(db: Database, publicKey: string, label: string, at: string): void {
  parsePublicKey(publicKey);
  db.prepare(
    `INSERT INTO trusted_keys (public_key, label, added_at) VALUES (?, ?, ?)
              ON CONFLICT (public_key) DO UPDATE SET label = excluded.label`,
  ).run(publicKey, label, at);
}

export function untrustKey(db: Database, publicKey: string): boolean {
  return db.prepare('DELETE FROM trusted_keys WHERE public_key = ?').run(publicKey).changes > 0;
}
