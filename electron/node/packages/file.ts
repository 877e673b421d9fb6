// Package files on disk: recognised by content (a zip holding manifest.json; a .docx is a zip
// too, without one) or by the .orgatlas extension, read with one-line errors naming the file.
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { unzipSync } from 'fflate';
import { MANIFEST, MAX_PACKAGE_BYTES, PackageError } from './container.ts';
import { openPackage, type OpenedPackage } from './package.ts';

export const PACKAGE_EXTENSION = '.orgatlas';

function readBytes(path: string): Uint8Array {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new PackageError('unreadable', `${path}: is not a regular file`);
    if (stat.size > MAX_PACKAGE_BYTES)
      throw new PackageError('unreadable', `${path}: is too large to be an OrgAtlas package`);
    return readFileSync(path);
  } catch (err) {
    if (err instanceof PackageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new PackageError(
      'unreadable',
      `${path}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(err)})`}`,
    );
  }
}

/** A zip with a manifest.json: a package (perhaps a damaged one), not a document. */
export function isPackageBytes(bytes: Uint8Array): boolean {
  if (Buffer.from(bytes.subarray(0, 4)).toString('latin1') !== 'PK\x03\x04') return false;
  let found = false;
  try {
    unzipSync(bytes, { filter: (f) => ((found ||= f.name === MANIFEST), false) });
  } catch {
    // A damaged zip that already named its manifest is still a (damaged) package.
  }
  return found;
}

export function isPackageFile(path: string): boolean {
  if (extname(path).toLowerCase() === PACKAGE_EXTENSION) return true;
  try {
    return isPackageBytes(readFileSync(path));
  } catch {
    // Unreadable files are reported by whichever reader takes them.
    return false;
  }
}

/** Reads and checks a package file; a PackageError's message names the file. */
export function readPackageFile(path: string): OpenedPackage {
  const bytes = readBytes(path);
  try {
    return openPackage(bytes);
  } catch (err) {
    if (err instanceof PackageError) {
      const what = err.kind === 'altered' ? 'refused, the package is altered' : 'refused';
      throw new PackageError(err.kind, `${basename(path)}: ${what}: ${err.message}`);
    }
    throw err;
  }
}

/** Writes a package whole or not at all (a temporary file renamed into place). */
export function writePackageFile(path: string, bytes: Uint8Array): void {
  const temp = `${path}.writing-${process.pid}`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw new PackageError(
      'unreadable',
      `cannot write ${path} (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
    );
  }
}
