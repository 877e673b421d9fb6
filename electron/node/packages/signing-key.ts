// The app's own signing key for the packages it exports: one Ed25519 private key file beside
// the database (so in the user's data folder, owner-only), made when the user asks for one.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { KeyObject } from 'node:crypto';
import { generateKeyFile, loadPrivateKey, publicKeyText } from './keys.ts';

export const signingKeyFile = (dbPath: string) => path.join(path.dirname(dbPath), 'orgatlas-signing-key.pem');

/** The key, or null when none was made; a damaged key file throws KeyError. */
export function readSigningKey(dbPath: string): KeyObject | null {
  const file = signingKeyFile(dbPath);
  return existsSync(file) ? loadPrivateKey(file) : null;
}

/** Makes the key (never over an existing one) and returns its public key. */
export function createSigningKey(dbPath: string): string {
  return generateKeyFile(signingKeyFile(dbPath));
}

export const signingPublicKey = (key: KeyObject) => publicKeyText(key);
