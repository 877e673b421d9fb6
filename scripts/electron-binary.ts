// Finds the Electron executable the way its package does (path.txt + dist/) without
// requiring `electron`, whose index.js starts a download when the binary is missing.
// Used by `npm start` (scripts/start.mjs) and the e2e config (playwright.config.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Electron executable if it is on disk under `root`; never triggers a download. */
export function installedElectron(root: string): string | null {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
