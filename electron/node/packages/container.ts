// The .orgatlas file: a zip (fflate) of manifest.json, an optional signature.json and the
// parts the manifest lists with their sha256. A zip, not a format of our own, so that anyone
// can open a package with everyday tools to see what it holds; the integrity comes from the
// manifest's hashes and the Ed25519 signature over the manifest's exact bytes, not from zip.
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { KeyObject } from 'node:crypto';
import { parsePublicKey, publicKeyText, signBytes, verifyBytes, KeyError } from './keys.ts';
import { manifestSchema, PACKAGE_VERSION, signatureSchema, type Manifest } from './schema.ts';

export const MANIFEST = 'manifest.json';
export const SIGNATURE = 'signature.json';

/** Far above a national directory (a few hundred MiB of text); anything bigger is not a package. */
export const MAX_PACKAGE_BYTES = 512 * 1024 * 1024;

/** The package is damaged, altered or not a package; `message` is one line. */
export class PackageError extends Error {
  readonly kind: 'unreadable' | 'altered';
  constructor(kind: 'unreadable' | 'altered', message: string) {
    super(message);
    this.kind = kind;
  }
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface PackageContents {
  manifest: Manifest;
  /** The public key that signed the manifest, or null for an unsigned package. */
  signer: string | null;
  parts: Map<string, Uint8Array>;
}

export function writeContainer(manifest: Manifest, parts: Map<string, Uint8Array>, key?: KeyObject): Uint8Array {
  const manifestBytes = strToU8(JSON.stringify(manifest, null, 2) + '\n');
  const files: Zippable = { [MANIFEST]: manifestBytes };
  if (key) {
    const signature = {
      algorithm: 'ed25519',
      publicKey: publicKeyText(key),
      signature: signBytes(key, manifestBytes).toString('base64'),
    };
    files[SIGNATURE] = strToU8(JSON.stringify(signature, null, 2) + '\n');
  }
  for (const [path, bytes] of parts) files[path] = bytes;
  return zipSync(files, { level: 6 });
}

function json(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(strFromU8(bytes));
  } catch {
    throw new PackageError('altered', `its ${what} is not valid JSON`);
  }
}

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  if (bytes.length > MAX_PACKAGE_BYTES)
    throw new PackageError('unreadable', 'it is too large to be an OrgAtlas package');
  let declared = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        declared += file.originalSize;
        if (declared > 2 * MAX_PACKAGE_BYTES) throw new Error('it unpacks to more than a package can hold');
        return true;
      },
    });
  } catch (err) {
    const reason =
      err instanceof Error && err.message.startsWith('it unpacks')
        ? err.message
        : 'it is not a zip file, or it is cut short';
    throw new PackageError('unreadable', `not a readable OrgAtlas package: ${reason}`);
  }
}

/**
 * Opens and checks a package: the manifest's form, the signature over it (when signed), and
 * every part against the manifest's hash and size, with no file missing or added.
 */
export function readContainer(bytes: Uint8Array): PackageContents {
  const files = unzip(bytes);
  const manifestBytes = files[MANIFEST];
  if (!manifestBytes) throw new PackageError('unreadable', 'not an OrgAtlas package: it has no manifest.json');
  const raw = json(manifestBytes, MANIFEST) as { version?: unknown };
  if (typeof raw?.version === 'number' && raw.version > PACKAGE_VERSION) {
    throw new PackageError(
      'unreadable',
      `it was made by a newer OrgAtlas (package format ${raw.version}; this version reads ${PACKAGE_VERSION})`,
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success)
    throw new PackageError(
      'altered',
      `its manifest is not an OrgAtlas manifest (${parsed.error.issues[0]?.path.join('.') || 'form'})`,
    );
  const manifest = parsed.data;

  let signer: string | null = null;
  const signatureBytes = files[SIGNATURE];
  if (signatureBytes) {
    const sig = signatureSchema.safeParse(json(signatureBytes, SIGNATURE));
    if (!sig.success) throw new PackageError('altered', 'its signature file is malformed');
    let key;
    try {
      key = parsePublicKey(sig.data.publicKey);
    } catch (err) {
      if (err instanceof KeyError) throw new PackageError('altered', 'its signature names no valid public key');
      throw err;
    }
    if (!verifyBytes(key, manifestBytes, Buffer.from(sig.data.signature, 'base64'))) {
      throw new PackageError(
        'altered',
        'its signature does not match its manifest: the package was changed after it was signed',
      );
    }
    signer = sig.data.publicKey;
  }

  const listed = new Map(manifest.parts.map((p) => [p.path, p]));
  for (const name of Object.keys(files)) {
    if (name !== MANIFEST && name !== SIGNATURE && !listed.has(name)) {
      throw new PackageError('altered', `it holds ${name}, which its manifest does not list`);
    }
  }
  const parts = new Map<string, Uint8Array>();
  for (const part of manifest.parts) {
    const data = files[part.path];
    if (!data) throw new PackageError('altered', `${part.path}, listed in its manifest, is missing`);
    if (data.length !== part.size || sha256Hex(data) !== part.sha256) {
      throw new PackageError(
        'altered',
        `${part.path} does not match its hash in the manifest: the package was changed`,
      );
    }
    parts.set(part.path, data);
  }
  for (const office of manifest.offices) {
    for (const path of [office.structure, office.source, office.corrections]) {
      if (!listed.has(path)) throw new PackageError('altered', `${path} of ${office.name} is not among its parts`);
    }
  }
  return { manifest, signer, parts };
}
