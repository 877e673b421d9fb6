// Finds the Electron executable the way its package does (path.txt + dist/) without
// requiring `electron`, whose index.js starts a download when the binary is missing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function installedElectron(root: string): string | null {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
