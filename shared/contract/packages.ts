// Data packages from the app: export one, several or all offices, optionally signed with the
// app's own signing key (kept beside the database, created on request), and the signing key's
// public half to hand to those who should trust it.
import { z } from 'zod';
import { call } from './define.ts';

export interface SigningKeyInfo {
  /** The public key in its one-line form (`ed25519:…`), or null when none was made yet. */
  publicKey: string | null;
  /** A short, readable digest of the public key, to compare by eye or over the phone. */
  fingerprint: string | null;
}

export interface ExportedPackage {
  /** A file name to offer when saving. */
  fileName: string;
  /** The package's bytes in base64. */
  content: string;
  offices: string[];
  signer: string | null;
}

export const packageCalls = {
  signingKey: call<SigningKeyInfo>()(z.strictObject({})),
  createSigningKey: call<SigningKeyInfo>()(z.strictObject({})),
  exportPackage: call<ExportedPackage>()(
    z.strictObject({
      /** Office ids or exact names; none means every office. */
      offices: z.array(z.string().trim().min(1).max(500)).max(100_000),
      sign: z.boolean(),
    }),
  ),
};
