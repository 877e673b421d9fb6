// Builds the V8 startup snapshot the crash test's SIGKILL children start from
// (children/snapshot-loop.ts): bundled into one CommonJS file with rolldown (a snapshot
// takes one script), with better-sqlite3's native binding loaded only after start-up and the
// PDF reader (which resolves its package at load time, and is not needed) left out.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { build } from 'rolldown';

const SQLITE_SHIM = '\0sqlite-shim';
const PDF_STUB = '\0pdf-stub';

/** Writes `<dir>/child.cjs` and `<dir>/child.blob`; returns the blob's path. */
export async function buildChildSnapshot(dir: string): Promise<string> {
  const bundle = path.join(dir, 'child.cjs');
  await build({
    input: path.join(import.meta.dirname, 'children', 'snapshot-loop.ts'),
    platform: 'node',
    logLevel: 'silent',
    plugins: [
      {
        name: 'snapshot-safe',
        resolveId(id, importer) {
          if (id === 'better-sqlite3') return SQLITE_SHIM;
          if (/(^|\/)pdf\.ts$/.test(id) && importer?.includes(`${path.sep}documents${path.sep}`)) return PDF_STUB;
          return null;
        },
        load(id) {
          if (id === SQLITE_SHIM)
            return `export default function Database(...args) {
              const Real = (globalThis.orgatlasSqlite ??= globalThis.orgatlasRequire('better-sqlite3'));
              return new Real(...args);
            }`;
          if (id === PDF_STUB) return 'export function readPdf() { throw new Error("no PDFs in the crash child"); }';
          return null;
        },
      },
    ],
    output: { format: 'cjs', file: bundle, codeSplitting: false },
  });
  const blob = path.join(dir, 'child.blob');
  execFileSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', bundle], { stdio: 'ignore' });
  return blob;
}
