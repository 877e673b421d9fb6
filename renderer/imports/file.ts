// Files waiting for the import view: dropped on the window, chosen in the browser's picker,
// or opened through the desktop app (File → Import…, a double-clicked package). The view
// previews them one at a time, in the order they came.
import { useEffect } from 'react';
import type { FileRefused } from '../../shared/api.ts';
import { UPLOAD_MAX_BYTES } from '../../shared/contract/limits.ts';
import { refusal } from '../../shared/documents/refusals.ts';
import type { OpenedFiles, PickedFile } from '../../shared/imports/files.ts';
import { desktop, onFilesWaiting } from '../api.ts';
import { navigate, href } from '../router.ts';

export type { PickedFile };
export type WaitingFile = File | PickedFile;

export async function readPicked(file: WaitingFile): Promise<PickedFile> {
  if (!(file instanceof File)) return file;
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode takes a bounded number of arguments.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, content: btoa(binary) };
}

const waiting: WaitingFile[] = [];
/** Why files opened through the app could not be read, until the view shows them. */
const refusals: FileRefused[] = [];
const listeners = new Set<() => void>();

/** A chosen file over the upload limit is refused here, before its bytes are read or sent. */
const tooLarge = (file: WaitingFile) => file instanceof File && file.size > UPLOAD_MAX_BYTES;

export function queueFiles(files: readonly WaitingFile[], refused: readonly FileRefused[] = []): void {
  waiting.push(...files.filter((f) => !tooLarge(f)));
  refusals.push(
    ...refused,
    ...files
      .filter(tooLarge)
      .map((f) => ({ file: f.name, refusal: refusal('upload-too-large', { maxMib: UPLOAD_MAX_BYTES / 1024 / 1024 }) })),
  );
  for (const listener of listeners) listener();
}

export function takeWaiting(): WaitingFile | null {
  return waiting.shift() ?? null;
}

/** Every waiting file, for an import of them all at once. */
export function takeAllWaiting(): WaitingFile[] {
  return waiting.splice(0);
}

export function waitingNames(): string[] {
  return waiting.map((f) => f.name);
}

export function takeRefusals(): FileRefused[] {
  return refusals.splice(0);
}

export function onQueued(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let listening = false;

/** In the desktop app: takes the files opened through it (at start and whenever told), and opens the import view. */
export function useOpenedFiles(): void {
  useEffect(() => {
    // Once per page: taking empties the main process's queue, so no second taker may drop them.
    if (!desktop || !onFilesWaiting || listening) return;
    listening = true;
    const app = desktop;
    const take = async () => {
      const opened: OpenedFiles = await app.takeOpenedFiles({}).catch(() => ({ files: [], refused: [] }));
      if (opened.files.length === 0 && opened.refused.length === 0) return;
      queueFiles(
        opened.files,
        opened.refused.map((r) => ({ file: r.name, refusal: r.refusal })),
      );
      navigate(href.import());
    };
    onFilesWaiting(() => void take());
    void take();
  }, []);
}
