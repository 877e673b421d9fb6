// Files the user asked the desktop app to open (File → Import…, a double-clicked .orgatlas
// package, a path handed to a second instance) wait here until the page takes them. The page
// never names a path: it can only take what the user chose outside it. Each file is read
// here, checked (a regular file, within the upload limit) and handed over as an upload.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UPLOAD_MAX_BYTES } from '../../shared/contract/limits.ts';
import { refusal, refusalLine, type DocumentRefusal } from '../../shared/documents/refusals.ts';
import { isImportName, type OpenedFiles, type PickedFile, type RefusedFile } from '../../shared/imports/files.ts';

export class OpenedFileQueue {
  #paths: string[] = [];
  readonly #onAdded: () => void;

  /** `onAdded` tells the page that files are waiting (it may not be loaded yet; it also asks at start). */
  constructor(onAdded: () => void) {
    this.#onAdded = onAdded;
  }

  add(paths: readonly string[]): void {
    if (paths.length === 0) return;
    this.#paths.push(...paths);
    this.#onAdded();
  }

  /** Reads and empties the queue. */
  async take(): Promise<OpenedFiles> {
    const paths = this.#paths.splice(0);
    const files: PickedFile[] = [];
    const refused: RefusedFile[] = [];
    for (const file of paths) {
      const read = await readOpened(file);
      if ('reason' in read) refused.push(read);
      else files.push(read);
    }
    return { files, refused };
  }
}

async function readOpened(file: string): Promise<PickedFile | RefusedFile> {
  const name = path.basename(file);
  const refused = (why: DocumentRefusal): RefusedFile => ({ name, reason: refusalLine(name, why), refusal: why });
  try {
    const info = await stat(file);
    if (!info.isFile()) return refused(refusal('not-a-file', {}));
    if (info.size > UPLOAD_MAX_BYTES)
      return refused(refusal('upload-too-large', { maxMib: UPLOAD_MAX_BYTES / 1024 / 1024 }));
    return { name, content: (await readFile(file)).toString('base64') };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return refused(refusal('missing', {}));
    if (code === 'EACCES' || code === 'EPERM') return refused(refusal('permission-denied', {}));
    return refused(refusal('io-error', { detail: code ?? String(err) }));
  }
}

/**
 * The importable files among a command line's arguments: how Windows and Linux hand the app a
 * double-clicked package (first instance: process.argv; later ones: second-instance's argv).
 * Switches and the app's own path are not files to import.
 */
export function importPathsInArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && isImportName(arg))
    .map((arg) => path.resolve(cwd, arg));
}
