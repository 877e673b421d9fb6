// The browser host on a given database, as benchmarks and end-to-end specs start it: the real
// `npm run web` script on a free port. Resolves with its origin once it prints its line.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { openStore } from '../electron/node/store/store.ts';
import { readDocumentsForImportNow } from '../electron/node/store/import.ts';
import { generateDirectoryDocuments, writeDirectoryDocuments, type DirectoryDocument } from './directory.ts';

const root = join(import.meta.dirname, '..');

const CHROMIUM = '/usr/bin/chromium';

/** Why the browser benchmarks cannot run here, or null when they can. */
export function browserBenchUnavailable(): string | null {
  return existsSync(CHROMIUM) && existsSync(join(root, 'out', 'renderer', 'index.html'))
    ? null
    : 'skipped: needs /usr/bin/chromium and a built renderer (npm run build)';
}

/** Debian's Chromium as the browser benchmarks drive it. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface WebHost {
  origin: string;
  stop(): Promise<void>;
}

export async function startWebHost(db: string, extraArgs: string[] = []): Promise<WebHost> {
  const host: ChildProcess = spawn(process.execPath, [join(root, 'scripts', 'web.mjs'), '--port', '0', ...extraArgs], {
    cwd: root,
    env: { ...process.env, ORGATLAS_DB: db },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = await new Promise<string>((resolve, reject) => {
    let out = '';
    host.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /OrgAtlas web: (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1]!);
    });
    host.on('exit', (code) => reject(new Error(`browser host exited with ${code}`)));
  });
  const exited = new Promise<void>((resolve) => host.once('exit', () => resolve()));
  return {
    origin,
    stop: () => {
      host.kill('SIGTERM');
      return exited;
    },
  };
}

/** A database in `dir` holding the 500-office test directory (bench/directory.ts); returns its documents. */
export function buildDirectoryDatabase(dir: string, db: string, count = 500): DirectoryDocument[] {
  const docs = generateDirectoryDocuments(count);
  const store = openStore(db, { create: true });
  try {
    // Text documents, read synchronously so the set-up stays a plain function.
    store.importDocuments(readDocumentsForImportNow(writeDirectoryDocuments(join(dir, 'documents'), docs)));
  } finally {
    store.close();
  }
  return docs;
}
