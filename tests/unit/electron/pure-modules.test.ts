// The shell's security decisions live in modules that import no Electron, so the tests
// beside this one can run them under plain Node; this keeps them that way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const mainDir = join(import.meta.dirname, '..', '..', '..', 'electron', 'main');
const pureModules = [
  'app-page.ts',
  'app-protocol.ts',
  'desktop-options.ts',
  'ipc.ts',
  'ipc-guard.ts',
  'navigation-policy.ts',
];

describe('Electron-free security modules', () => {
  it.each(pureModules)('%s imports nothing from electron', (file) => {
    const source = readFileSync(join(mainDir, file), 'utf8');
    expect(source).not.toMatch(/from\s*['"]electron['"]|import\s*\(\s*['"]electron['"]|require\(\s*['"]electron['"]/);
  });
});
