// `npm test`: ESLint and the Prettier check, strict type checks (shared/ without DOM or Node types), a fresh build, the
// Electronegativity scan of the shell, unit and integration tests (Vitest), then the
// end-to-end suite (Playwright in Debian's Chromium).
// Stops at the first failing stage.
import { spawnSync } from 'node:child_process';

const stages = [
  ['lint', ['npx', 'eslint', '.']],
  ['format', ['npx', 'prettier', '--check', '.']],
  ['typecheck', ['npm', 'run', '-s', 'typecheck']],
  ['build', ['npx', 'electron-vite', 'build']],
  // After the build: it reads the built page's CSP meta tag.
  ['electronegativity', [process.execPath, 'scripts/electronegativity.ts']],
  ['unit', ['npx', 'vitest', 'run']],
  ['e2e', ['npx', 'playwright', 'test']],
];

for (const [name, [cmd, ...args]] of stages) {
  console.log(`\n=== ${name}: ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`npm test: stage "${name}" failed (exit ${r.status ?? r.signal}).`);
    process.exit(1);
  }
}
