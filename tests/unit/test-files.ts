// Files the unit tests share: the repository root, the seed document, and temporary folders
// for tests that write real files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const seedFile = path.join(repoRoot, 'data', '000_8d796a1540accf81.txt');

/** Makes fresh temporary folders named `prefix…`, each removed after the test that made it. */
export function tempDirMaker(prefix: string): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

/** Remembers the host's environment variables; the returned function puts them back as they were. */
export function keepHostEnv(keys: readonly string[] = ['ORGATLAS_DB', 'ORGATLAS_DATA_DIR']): () => void {
  const saved = keys.map((key) => [key, process.env[key]] as const);
  return () => {
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}
