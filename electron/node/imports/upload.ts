// A file the renderer uploads for import (base64 over IPC or HTTP): a data package, or a
// document read exactly as `orgatlas import` reads one from disk (through a private temporary
// file, so every format the document loader knows is read the same way).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApiError } from '../../../shared/api.ts';
import { UPLOAD_MAX_BYTES } from '../../../shared/contract/limits.ts';
import { refusal, refusalLine } from '../../../shared/documents/refusals.ts';
import { DocumentError, loadDocument, type LoadedDocument } from '../documents/load.ts';
import { PackageError } from '../packages/container.ts';
import { isPackageBytes } from '../packages/file.ts';
import { openPackage, type OpenedPackage } from '../packages/package.ts';

export type Upload = { kind: 'document'; document: LoadedDocument } | { kind: 'package'; pkg: OpenedPackage };

/** A name safe to write in our own temporary folder: its last path part, without controls. */
function safeName(name: string): string {
  const base = path
    .basename(name.replaceAll('\\', '/'))
    .replace(/\p{Cc}/gu, '')
    .trim();
  return base && base !== '.' && base !== '..' ? base : 'document';
}

export async function readUpload(name: string, base64: string): Promise<Upload> {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > UPLOAD_MAX_BYTES) {
    const why = refusal('upload-too-large', { maxMib: UPLOAD_MAX_BYTES / 1024 / 1024 });
    throw new ApiError('bad-request', refusalLine(name, why), 'content', { file: name, refusal: why });
  }
  const file = safeName(name);
  if (isPackageBytes(bytes)) {
    try {
      return { kind: 'package', pkg: openPackage(bytes) };
    } catch (err) {
      if (err instanceof PackageError) {
        const why = refusal(err.kind === 'altered' ? 'package-altered' : 'package-unreadable', { detail: err.message });
        throw new ApiError('bad-request', refusalLine(file, why), undefined, { file, refusal: why });
      }
      throw err;
    }
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'orgatlas-upload-'));
  try {
    const target = path.join(dir, file);
    writeFileSync(target, bytes, { mode: 0o600 });
    return { kind: 'document', document: await loadDocument(target) };
  } catch (err) {
    // The temporary path means nothing to the user: the message names their file.
    if (err instanceof DocumentError) throw new DocumentError(file, err.refusal);
    throw err;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
