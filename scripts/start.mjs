// `npm start`: the desktop app in development (electron-vite dev). Electron fetches its
// binary lazily; where it is missing and cannot be downloaded, say so in one sentence.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireSupportedNode } from './node-version.mjs';

// Checked before anything TypeScript is loaded: an older Node cannot even import it.
requireSupportedNode('OrgAtlas');
const { installedElectron } = await import('./electron-binary.ts');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');

if (!existsSync(electronDir)) {
  process.stderr.write('OrgAtlas: the electron package is not installed; run "npm install" first.\n');
  process.exit(1);
}

if (!installedElectron(root)) {
  // Its output (a stack trace when offline) is kept out of sight (ORGATLAS_DEBUG=1 shows it);
  // only the outcome matters to the user.
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: root, encoding: 'utf8', timeout: 10 * 60_000 });
  if (!installedElectron(root)) {
    if (process.env.ORGATLAS_DEBUG) process.stderr.write(`${install.stdout ?? ''}${install.stderr ?? ''}`);
    process.stderr.write(
      'OrgAtlas: the Electron runtime is not installed and could not be downloaded (no connection to its download server); ' +
        'run "npx install-electron" on a connected machine, or use "npm run web" to open OrgAtlas in a browser.\n',
    );
    process.exit(1);
  }
}

const child = spawn('npx', ['electron-vite', 'dev', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
