// Runs the real `orgatlas` command as a subprocess, with its default database and user-data
// folder pointed into a temp folder so the user's own database is never touched.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect } from 'vitest';
import { repoRoot, tempDirMaker } from '../test-files.ts';

export { repoRoot, seedFile } from '../test-files.ts';
const bin = path.join(repoRoot, 'bin', 'orgatlas.mjs');

export const tempDir = tempDirMaker('orgatlas-cli-');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function orgatlas(args: string[], env: Record<string, string | undefined> = {}): Run {
  const home = tempDir();
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, '.config'),
      ORGATLAS_DB: path.join(home, 'default.db'),
      ...env,
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A failure as the contract wants it: non-zero, one line on stderr, no stack trace. */
export function expectOneLineFailure(run: Run, pattern: RegExp, status?: number): void {
  expect(run.status, run.stderr).not.toBe(0);
  if (status !== undefined) expect(run.status, run.stderr).toBe(status);
  const lines = run.stderr.split('\n').filter(Boolean);
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^orgatlas: /);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).not.toContain('internal error');
}
