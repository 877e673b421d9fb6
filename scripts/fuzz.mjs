// `npm run fuzz`: the randomized robustness tests at full strength: ten times the fuzz cases
// of npm test (about 106,000) and 150 real SIGKILLs of an import instead of 12.
import { spawnSync } from 'node:child_process';
import { requireSupportedNode } from './node-version.mjs';

requireSupportedNode('OrgAtlas fuzz');
const r = spawnSync('npx', ['vitest', 'run', 'tests/unit/store/fuzz.test.ts', 'tests/unit/store/crash.test.ts'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, ORGATLAS_FUZZ_RUNS: '10', ORGATLAS_KILLS: '150' },
});
process.exit(r.status ?? 1);
