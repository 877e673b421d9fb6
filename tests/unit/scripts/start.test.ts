// `npm start`, `npm run web` and `orgatlas` on a Node older than 22.18 (one sentence, exit
// 2), and `npm start` where the Electron runtime is missing and cannot be downloaded (one
// sentence, exit 1); never a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedElectron } from '../../../scripts/electron-binary.ts';
import { repoRoot } from '../test-files.ts';

/** A Node older than 22.18: Debian's own, where there is one. */
const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find((node) => {
  if (!existsSync(node)) return false;
  const version = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' })
    .stdout.trim()
    .split('.')
    .map(Number);
  return version[0]! < 22 || (version[0] === 22 && version[1]! < 18);
});

function run(node: string, script: string, args: string[] = []) {
  // A mirror that refuses at once: even a connected machine cannot fetch Electron here, so
  // the test never starts the app.
  const env = { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/' };
  const result = spawnSync(node, [path.join(repoRoot, script), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
    env,
  });
  return { status: result.status, lines: result.stderr.split('\n').filter(Boolean), stdout: result.stdout };
}

describe.runIf(oldNode)('on an old Node', () => {
  it.each([
    ['scripts/start.mjs', 'OrgAtlas'],
    ['scripts/web.mjs', 'OrgAtlas web'],
    ['bin/orgatlas.mjs', 'orgatlas'],
  ] as const)('%s says so in one sentence', (script, prefix) => {
    const { status, lines, stdout } = run(oldNode!, script, ['search', 'x']);
    expect(status).toBe(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(`${prefix}: Node.js 22.18 or newer is required (this is v`)).toBe(true);
    expect(lines[0]).toMatch(/\.$/);
    expect(stdout).toBe('');
  });
});

describe.runIf(!installedElectron(repoRoot))('npm start without the Electron runtime', () => {
  it('says in one sentence that it cannot be downloaded and what to do instead', () => {
    const { status, lines } = run(process.execPath, 'scripts/start.mjs');
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^OrgAtlas: the Electron runtime is not installed .*"npm run web"/);
  });
});
