// The browser host the end-to-end suite runs against (Playwright's webServer): a fresh
// database in a temporary folder built from data/ plus a second office, then the real
// `npm run web` script on a free port, serving a snapshot of out/renderer so a rebuild
// during the run cannot pull files from under the page. Removes the folder when stopped.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'orgatlas-e2e-'));
const db = join(dir, 'e2e.db');
const renderer = join(dir, 'renderer');
const built = join(root, 'out', 'renderer');
if (!existsSync(join(built, 'index.html'))) {
  process.stderr.write('e2e: out/renderer is missing; run "npm run build" first.\n');
  process.exit(1);
}
cpSync(built, renderer, { recursive: true });

const { openStore } = await import('../../electron/node/store/store.ts');
const seed = readdirSync(join(root, 'data'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(root, 'data', f));
const store = openStore(db, { create: true });
try {
  await store.importFiles([...seed, join(root, 'tests', 'e2e', 'fixtures', 'nanchang-stats.txt')]);
} finally {
  store.close();
}
process.stdout.write(`OrgAtlas e2e db: ${db}\n`);

const web = spawn(process.execPath, [join(root, 'scripts', 'web.mjs'), '--renderer', renderer], {
  cwd: root,
  env: { ...process.env, ORGATLAS_DB: db },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const cleanUp = () => rmSync(dir, { recursive: true, force: true });
web.on('exit', (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => web.kill('SIGTERM'));
