// On a Node older than the project needs, `npm start`, `npm run web` and the CLI print one
// sentence instead of a stack trace. Run with the machine's own Node when it is old enough
// to show it (Debian's Node 20 at /usr/bin/node here); skipped where there is none.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../test-files.ts';

const OLD_NODE = '/usr/bin/node';
const version = existsSync(OLD_NODE) ? spawnSync(OLD_NODE, ['--version'], { encoding: 'utf8' }).stdout.trim() : '';
const [major = 99, minor = 0] = version.slice(1).split('.').map(Number);
const isOld = major < 22 || (major === 22 && minor < 18);

describe.skipIf(!isOld)(`on ${version || 'an old Node'}`, () => {
  for (const [what, script, prefix] of [
    ['npm start', 'scripts/start.mjs', 'OrgAtlas'],
    ['npm run web', 'scripts/web.mjs', 'OrgAtlas web'],
    ['the CLI', 'bin/orgatlas.mjs', 'orgatlas'],
  ] as const) {
    it(`${what} says in one sentence which Node it needs`, () => {
      const r = spawnSync(OLD_NODE, [path.join(repoRoot, script), '--help'], { cwd: repoRoot, encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `${prefix}: Node.js 22.18 or newer is required (this is ${version}); see "Requirements" in README.md.\n`,
      );
    });
  }
});
