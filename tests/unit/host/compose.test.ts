// ORGATLAS_DATA_DIR and ORGATLAS_DB mean the same in all three hosts: the CLI and the
// browser host run as real processes, the desktop app through composeHost with the input
// its main process gives it (a packaged app's resources folder as default data folder);
// electron/main/index.ts's own use of it runs in tests/unit/electron/main-wiring.test.ts.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeHost, resolveHostPaths } from '../../../electron/node/host/compose.ts';
import { repoRoot, tempDirMaker } from '../test-files.ts';

const tempDir = tempDirMaker('orgatlas-compose-');

/** A data folder holding one office that is not in data/: the statistics bureau. */
function environment() {
  const dir = tempDir();
  const dataDir = path.join(dir, 'data');
  mkdirSync(dataDir);
  cpSync(path.join(repoRoot, 'tests', 'e2e', 'fixtures', 'nanchang-stats.txt'), path.join(dataDir, 'stats.txt'));
  const dbPath = path.join(dir, 'chosen', 'mine.db');
  mkdirSync(path.dirname(dbPath));
  return {
    dbPath,
    env: {
      ...process.env,
      HOME: dir,
      XDG_CONFIG_HOME: path.join(dir, 'cfg'),
      APPDATA: path.join(dir, 'appdata'),
      ORGATLAS_DATA_DIR: dataDir,
      ORGATLAS_DB: dbPath,
    },
  };
}

const office = '南昌市统计局';

function viaCli(env: NodeJS.ProcessEnv): string[] {
  const run = spawnSync(
    process.execPath,
    [path.join(repoRoot, 'bin', 'orgatlas.mjs'), 'search', '统计局', '--json', '--limit', '50'],
    { env, encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(0);
  return [...new Set((JSON.parse(run.stdout) as { hits: { office: string }[] }).hits.map((h) => h.office))];
}

async function viaWeb(env: NodeJS.ProcessEnv): Promise<string[]> {
  const web = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'web.mjs'), '--port', '0'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      web.stdout.on('data', (chunk) => {
        out += chunk;
        const line = /^OrgAtlas web: (http:\/\/127\.0\.0\.1:\d+\/)\n/.exec(out);
        if (line) resolve(line[1]!);
      });
      web.stderr.on('data', (chunk) => (err += chunk));
      web.on('exit', (code) => reject(new Error(`web host exited ${code}: ${err}`)));
    });
    const response = await fetch(`${url}api/listOffices`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    const body = (await response.json()) as { ok: boolean; value: { name: string }[] };
    expect(body.ok).toBe(true);
    return body.value.map((o) => o.name);
  } finally {
    web.kill('SIGTERM');
  }
}

function viaDesktop(env: NodeJS.ProcessEnv): string[] {
  // What electron/main/index.ts passes: its environment and, packaged, resources/data.
  const host = composeHost({ env, defaultDataDir: path.join(repoRoot, 'no-such-resources', 'data') });
  try {
    return host.store.listOffices().map((o) => o.name);
  } finally {
    host.close();
  }
}

describe('ORGATLAS_DATA_DIR and ORGATLAS_DB in every host', () => {
  it.each([
    ['the CLI', viaCli],
    ['the browser host', viaWeb],
    ['the desktop app', viaDesktop],
  ] as const)(
    '%s builds the database ORGATLAS_DB names from the documents in ORGATLAS_DATA_DIR',
    async (_host, run) => {
      const { env, dbPath } = environment();
      expect(await run(env)).toEqual([office]);
      expect(readFileSync(dbPath).subarray(0, 15).toString()).toBe('SQLite format 3');
      // Nothing was written to the user-data folder the variables replace.
      expect(existsSync(path.join(env.XDG_CONFIG_HOME!, 'OrgAtlas'))).toBe(false);
    },
    60_000,
  );
});

describe('resolveHostPaths', () => {
  it('takes ORGATLAS_DATA_DIR over the host default, and the host default over data/ of the checkout', () => {
    expect(
      resolveHostPaths({ env: { ORGATLAS_DATA_DIR: '/srv/docs' }, defaultDataDir: '/app/resources/data' }).dataDir,
    ).toBe(path.resolve('/srv/docs'));
    expect(resolveHostPaths({ env: {}, defaultDataDir: '/app/resources/data' }).dataDir).toBe('/app/resources/data');
    expect(resolveHostPaths({ env: {} }).dataDir).toBe(path.join(repoRoot, 'data'));
  });

  it('takes --db over ORGATLAS_DB over the user-data database; only the last two follow the data folder', () => {
    expect(resolveHostPaths({ env: { ORGATLAS_DB: '/x/env.db' }, dbFlag: 'flag.db' })).toMatchObject({
      dbPath: path.resolve('flag.db'),
      followsDataDir: false,
    });
    expect(resolveHostPaths({ env: { ORGATLAS_DB: '/x/env.db' } })).toMatchObject({
      dbPath: path.resolve('/x/env.db'),
      followsDataDir: true,
    });
    expect(resolveHostPaths({ env: { XDG_CONFIG_HOME: '/x/cfg', HOME: '/home/li' } }).dbPath).toMatch(
      /[/\\]x[/\\]cfg[/\\]OrgAtlas[/\\]orgatlas\.db$/,
    );
  });

  it('treats an empty variable as unset', () => {
    expect(resolveHostPaths({ env: { ORGATLAS_DATA_DIR: '', ORGATLAS_DB: '' }, defaultDataDir: '/d' })).toMatchObject({
      dataDir: '/d',
      followsDataDir: true,
    });
  });
});
