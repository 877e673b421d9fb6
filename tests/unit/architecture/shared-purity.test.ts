// shared/ is used by the renderer and by Node alike: it must not import Node, Electron,
// the DOM or React. tsconfig.shared.json (no DOM/Node libs) catches globals; this catches imports.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const sharedDir = join(root, 'shared');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const forbidden =
  /^node:|^(electron|react|react-dom|better-sqlite3|fs|path|os|child_process|url|http|https|crypto|worker_threads)(\/|$)/;

function importsOf(source: string): string[] {
  const specs: string[] = [];
  for (const m of source.matchAll(
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm,
  )) {
    specs.push((m[1] ?? m[2] ?? m[3])!);
  }
  return specs;
}

describe('shared/ stays pure', () => {
  const files = sourceFiles(sharedDir);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it('imports no Node, Electron, DOM or React modules', () => {
    const offenders = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((spec) => forbidden.test(spec))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('never reaches outside shared/ with relative imports', () => {
    const offenders = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((spec) => spec.startsWith('.'))
        .filter((spec) => relative(sharedDir, join(file, '..', spec)).startsWith('..'))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the import scanner recognises the forms it must catch', () => {
    const sample =
      "import fs from 'node:fs';\nimport type { X } from 'electron';\nconst m = import('react');\nimport 'path';";
    expect(importsOf(sample).filter((s) => forbidden.test(s))).toEqual(['node:fs', 'electron', 'react', 'path']);
  });
});
