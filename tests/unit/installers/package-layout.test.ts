// electron-builder itself packages the app with electron-builder.yml (a `dir` build for this
// machine), with a stand-in for the Electron runtime, which cannot be downloaded here, and
// without the fuses, which need the real binary. What lands in the package is then checked:
// the built app in the asar, the shipped documents as resources, and of better-sqlite3 only
// this platform's prebuild, unpacked, without its sources.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../test-files.ts';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as { listPackage(archive: string): string[] };
const work = mkdtempSync(path.join(tmpdir(), 'orgatlas-package-'));
const unpacked = path.join(work, 'dist', 'linux-unpacked');
let files: string[] = [];

describe.runIf(process.platform === 'linux')('the packaged app (linux dir build)', () => {
  beforeAll(() => {
    expect(existsSync(path.join(repoRoot, 'out', 'main', 'index.js')), 'run "npx electron-vite build" first').toBe(
      true,
    );
    const stand = path.join(work, 'electron');
    mkdirSync(path.join(stand, 'resources'), { recursive: true });
    writeFileSync(path.join(stand, 'electron'), '#!/bin/sh\n');
    chmodSync(path.join(stand, 'electron'), 0o755);
    const config = yaml.load(readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as Record<
      string,
      unknown
    >;
    delete config.electronFuses;
    config.directories = { ...(config.directories as object), output: path.join(work, 'dist') };
    writeFileSync(path.join(work, 'config.json'), JSON.stringify(config));
    const electronVersion = (require('electron/package.json') as { version: string }).version;
    const cli = require.resolve('electron-builder/cli.js');
    const run = spawnSync(
      process.execPath,
      [
        cli,
        '--linux',
        'dir',
        `--${process.arch}`,
        '--config',
        path.join(work, 'config.json'),
        `-c.electronDist=${stand}`,
        `-c.electronVersion=${electronVersion}`,
        '--publish',
        'never',
      ],
      { cwd: repoRoot, encoding: 'utf8', timeout: 170_000 },
    );
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    files = asar.listPackage(path.join(unpacked, 'resources', 'app.asar'));
  }, 180_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('holds the built main, preload and renderer and package.json, without source maps', () => {
    for (const file of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html'])
      expect(files, file).toContain(file);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  it('ships every document of data/ as a resource, outside the asar', () => {
    expect(readdirSync(path.join(unpacked, 'resources', 'data')).sort()).toEqual(
      readdirSync(path.join(repoRoot, 'data'))
        .filter((f) => !f.startsWith('.'))
        .sort(),
    );
  });

  it("keeps of better-sqlite3 this platform's prebuild only, unpacked, and none of its sources", () => {
    const own = `${process.platform}-${process.arch}.node`;
    expect(files.filter((f) => f.startsWith('/node_modules/better-sqlite3/prebuilds/') && f.endsWith('.node'))).toEqual(
      [`/node_modules/better-sqlite3/prebuilds/${own}`],
    );
    expect(
      existsSync(
        path.join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'prebuilds', own),
      ),
    ).toBe(true);
    expect(
      files.filter((f) => /^\/node_modules\/better-sqlite3\/(deps|src)\//.test(f) || f.endsWith('binding.gyp')),
    ).toEqual([]);
    expect(files.filter((f) => f.startsWith('/node_modules/node-addon-api/'))).toEqual([]);
  });

  it('names the executable orgatlas', () => {
    expect(existsSync(path.join(unpacked, 'orgatlas'))).toBe(true);
  });
});
