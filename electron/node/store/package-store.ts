// The store's data-package methods: offices out to a package (their newest versions), a
// checked package in (each office a new version, signer recorded), and the trusted keys.
import type { Database } from 'better-sqlite3';
import { StoreError } from './errors.ts';
import type { OpenedPackage, PackagedOffice } from '../packages/package.ts';
import type { HistoryMethods } from './history-store.ts';
import { isTrusted, listTrustedKeys, trustKey, untrustKey, type TrustedKey } from './trusted-keys.ts';
import type { DocumentUpdate, UpdateInput } from './update.ts';
import { listVersions, readVersion, resolveOfficeName } from './versions.ts';

export interface PackageMethods {
  /** The named offices (ids or exact names), or all, as they are stored now. */
  officesForPackage(offices?: string[]): PackagedOffice[];
  planPackage(pkg: OpenedPackage, file: string): DocumentUpdate[];
  importPackage(pkg: OpenedPackage, file: string): { officeIds: number[]; updates: DocumentUpdate[] };
  isTrusted(publicKey: string): boolean;
  trustedKeys(): TrustedKey[];
  trustKey(publicKey: string, label: string): void;
  untrustKey(publicKey: string): boolean;
}

export function packageInputs(pkg: OpenedPackage, file: string): UpdateInput[] {
  return pkg.offices.map((o) => ({
    file,
    parsed: o.parsed,
    source: o.source,
    corrections: o.corrections,
    documentKey: o.documentKey,
    origin: 'package',
    signer: pkg.info.signer,
    structureIsFinal: true,
  }));
}

export function packageMethods(db: Database, path: string, history: HistoryMethods): PackageMethods {
  const writable = () => {
    if (db.readonly) throw new StoreError('read-only', `the database ${path} is open read-only`);
  };
  return {
    officesForPackage(offices) {
      const names = offices?.length
        ? offices.map((o) => resolveOfficeName(db, o))
        : (db.prepare('SELECT name FROM offices ORDER BY id').pluck().all() as string[]);
      if (names.length === 0) throw new StoreError('not-found', 'the database holds no offices to pack');
      return names.map((name) => {
        const newest = listVersions(db, name)[0];
        if (!newest?.current) throw new StoreError('not-found', `${name} is not stored now (only its history is)`);
        const v = readVersion(db, name, newest.number);
        return { parsed: v.parsed, source: v.source, documentKey: v.documentKey, corrections: v.corrections };
      });
    },
    planPackage: (pkg, file) => history.planUpdates(packageInputs(pkg, file)),
    importPackage: (pkg, file) => history.applyUpdateInputs(packageInputs(pkg, file)),
    isTrusted: (key) => isTrusted(db, key),
    trustedKeys: () => listTrustedKeys(db),
    trustKey(key, label) {
      writable();
      trustKey(db, key, label, new Date().toISOString());
    },
    untrustKey(key) {
      writable();
      return untrustKey(db, key);
    },
  };
}
