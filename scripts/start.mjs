// `npm start`: the desktop app in development (electron-vite dev). Electron fetches its
// binary lazily; where it is missing and cannot be downloaded, say so in one sentence.
// NO_SANDBOX=1 (read by electron-vite) starts Electron with --no-sandbox, for Ubuntu 23.10+
// where AppArmor blocks the sandbox helper (see README).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireSupportedNode } from './node-version.mjs';

function fail(message) {
  process.stderr.write(`OrgAtlas: ${message}\n`);
  process.exit(1);
}

// Checked before anything TypeScript is loaded: an older Node cannot even import it.
requireSupportedNode('OrgAtlas');
const { installedElectron } = await import('./electron-binary.ts');
const { electronViteBin, runFailure } = await import('./electron-vite.ts');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
if (!existsSync(electronDir)) fail('the electron package is not installed; run "npm install" first.');

if (!installedElectron(root)) {
  // Its output (a stack trace when offline) is kept out of sight (ORGATLAS_DEBUG=1 shows it);
  // only the outcome matters to the user.
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  if (!installedElectron(root)) {
    if (process.env.ORGATLAS_DEBUG) process.stderr.write(`${install.stdout ?? ''}${install.stderr ?? ''}`);
    fail(
      'the Electron runtime is not installed and could not be downloaded (no connection to its download server); ' +
        'run "npx install-electron" on a connected machine, or use "npm run web" to open OrgAtlas in a browser.',
    );
  }
}

// The project's own electron-vite, run by this Node: spawning `npx` fails on Windows.
const child = spawn(process.execPath, [electronViteBin(root), 'dev', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
child.on('error', (error) => fail(runFailure('electron-vite', { error })));
let stopping = false;
child.on('close', (code, signal) => {
  // Closed by the user, or stopped by Ctrl+C here: nothing to report.
  if (code === 0 || stopping) process.exit(code ?? 0);
  fail(runFailure('the desktop app', { status: code, signal }));
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    child.kill(signal);
  });
}
