// Ed25519 keys for signing data packages (node:crypto). The private key file is PKCS#8 PEM
// (what openssl reads too), written once with owner-only permissions; a public key travels
// as one line, `ed25519:` and its 32 raw bytes in base64, easy to read out and compare.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

export class KeyError extends Error {}

const PREFIX = 'ed25519:';
// The DER header of an Ed25519 SubjectPublicKeyInfo; the raw key follows it.
const SPKI_HEADER = Buffer.from('302a300506032b6570032100', 'hex');

export function publicKeyText(key: KeyObject): string {
  const der = createPublicKey(key).export({ format: 'der', type: 'spki' });
  return PREFIX + der.subarray(SPKI_HEADER.length).toString('base64');
}

/** A public key from its one-line form; KeyError when it is not one. */
export function parsePublicKey(text: string): KeyObject {
  const raw = text.startsWith(PREFIX) ? Buffer.from(text.slice(PREFIX.length), 'base64') : null;
  if (!raw || raw.length !== 32 || PREFIX + raw.toString('base64') !== text) {
    throw new KeyError(
      `"${text.slice(0, 80)}" is not an OrgAtlas public key (ed25519: followed by 32 bytes in base64)`,
    );
  }
  return createPublicKey({ key: Buffer.concat([SPKI_HEADER, raw]), format: 'der', type: 'spki' });
}

/** A short digest of a public key (its one-line form) to compare by eye: 4 groups of 4 hex digits of its sha256. */
export function keyFingerprint(publicKey: string): string {
  const raw = parsePublicKey(publicKey).export({ format: 'der', type: 'spki' }).subarray(SPKI_HEADER.length);
  return createHash('sha256').update(raw).digest('hex').slice(0, 16).match(/.{4}/g)!.join(' ');
}

/** Writes a new private key to `file` (never over an existing file) and returns its public key. */
export function generateKeyFile(file: string): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
  try {
    writeFileSync(file, pem, { flag: 'wx', mode: 0o600 });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new KeyError(`${file} already exists; keygen never overwrites a key (choose another --out)`);
    throw new KeyError(`cannot write ${file} (${code ?? String(err)})`);
  }
  return publicKeyText(privateKey);
}

export function loadPrivateKey(file: string): KeyObject {
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new KeyError(`cannot read the key ${file} (${code === 'ENOENT' ? 'no such file' : (code ?? String(err))})`);
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new KeyError(`${file} is not a private key (make one with "orgatlas keygen --out FILE")`);
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new KeyError(`${file} is a ${key.asymmetricKeyType} key, not an Ed25519 one`);
  return key;
}

export const signBytes = (key: KeyObject, bytes: Uint8Array): Buffer => sign(null, bytes, key);

export function verifyBytes(publicKey: KeyObject, bytes: Uint8Array, signature: Uint8Array): boolean {
  try {
    return verify(null, bytes, publicKey, signature);
  } catch {
    return false;
  }
}
