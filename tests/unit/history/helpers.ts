// Shared by the history tests: a store in a temp folder and edited copies of the seed.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createApiImplementation, localApiClient } from '../../../electron/node/api/index.ts';
import { openStore } from '../../../electron/node/store/store.ts';
import { seedFile, tempDirMaker } from '../test-files.ts';

export { seedFile } from '../test-files.ts';
export const tempDir = tempDirMaker('orgatlas-history-');

export const newStore = (dir = tempDir()) => openStore(path.join(dir, 'atlas.db'), { create: true });

/** A fresh store and the API over it, as the hosts serve it. */
export function apiClient() {
  const store = newStore();
  return { store, api: localApiClient(createApiImplementation(store)) };
}

/** A copy of the seed named `name` in `dir`, with each [from, to] replaced once (a missing `from` throws). */
export function editedSeed(dir: string, name: string, edits: [string, string][]): string {
  let text = readFileSync(seedFile, 'utf8');
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`the seed has no "${from}"`);
    text = text.replace(from, to);
  }
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

export const SEED_OFFICE = '江西省人民政府外事办公室';
