// The built renderer (npm test builds before the unit stage) carries no zod: the schemas
// live in shared/contract/, which only the serving side imports; the client (shared/api.ts)
// imports their types alone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../test-files.ts';

const assets = path.join(repoRoot, 'out', 'renderer', 'assets');

describe('built renderer bundle', () => {
  it('has no zod in any script', () => {
    expect(existsSync(assets), 'run "npx electron-vite build" first').toBe(true);
    const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    // Zod's class names are string literals ($constructor("$ZodObject", …)), kept by minifiers.
    const zodSource = readFileSync(path.join(repoRoot, 'node_modules', 'zod', 'v4', 'core', 'schemas.js'), 'utf8');
    expect(zodSource).toContain('"$ZodObject"');
    for (const script of scripts)
      expect(readFileSync(path.join(assets, script), 'utf8'), script).not.toMatch(/\$Zod(Object|Type|String)/);
  });
});
