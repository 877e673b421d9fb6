// `npm run web [-- --port N]`: the browser host. Prints exactly one line on stdout,
// `OrgAtlas web: http://127.0.0.1:PORT/`, and serves until killed. ORGATLAS_DB picks the
// database (default: the app's own, built from data/ on first use).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireSupportedNode } from './node-version.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  process.stderr.write(`OrgAtlas web: ${message}\n`);
  process.exit(1);
}

requireSupportedNode('OrgAtlas web');

function parsePort(argv) {
  const at = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  if (at < 0) return 0;
  const raw = argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1];
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port needs a number from 0 to 65535, got "${raw ?? ''}".`);
  return port;
}

function parseRendererDir(argv) {
  const at = argv.indexOf('--renderer');
  return at < 0 ? join(root, 'out', 'renderer') : resolve(argv[at + 1] ?? '');
}

const port = parsePort(process.argv.slice(2));
// --renderer DIR serves another build of the renderer (the e2e suite serves a snapshot).
const rendererDir = parseRendererDir(process.argv.slice(2));

if (!existsSync(join(rendererDir, 'index.html')) && rendererDir === join(root, 'out', 'renderer')) {
  // Build output goes to stderr so stdout keeps its one line.
  process.stderr.write('OrgAtlas web: out/renderer is missing, building it first (npx electron-vite build)...\n');
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (build.status !== 0 || !existsSync(join(rendererDir, 'index.html'))) {
    fail('the renderer could not be built; run "npm run build" and look at its output.');
  }
}
if (!existsSync(join(rendererDir, 'index.html'))) fail(`no built renderer in ${rendererDir} (index.html missing).`);

const { openDataSource } = await import('../electron/node/host/data-source.ts');
const { startWebServer } = await import('../electron/node/web-host/server.ts');

let source;
try {
  source = openDataSource({ dataDir: join(root, 'data'), dbPath: process.env.ORGATLAS_DB || undefined });
} catch (err) {
  fail(`could not open the database: ${err instanceof Error ? err.message : String(err)}`);
}
// What opening found (a damaged database rebuilt, lost imports) goes to stderr: stdout keeps its one line.
for (const sentence of source.notices) process.stderr.write(`OrgAtlas web: ${sentence}\n`);

let server;
try {
  server = await startWebServer({ rendererDir, api: source.api, port });
} catch (err) {
  source.close();
  const code = err && typeof err === 'object' ? err.code : undefined;
  fail(code === 'EADDRINUSE' ? `port ${port} is already in use; pick another with --port N.` : `could not start: ${err?.message ?? err}`);
}

process.stdout.write(`OrgAtlas web: ${server.url}\n`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await server.close();
    source.close();
    process.exit(0);
  });
}
