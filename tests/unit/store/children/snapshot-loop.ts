// The crash test's SIGKILL child, started from a V8 startup snapshot (child-snapshot.ts) so
// that a child costs tens of milliseconds instead of half a second of module loading and
// search-table building. Imports the documents of a JSON file (lists of DocumentToImport,
// read once by the parent) into a database over and over, alternating, and writes "B<n>"
// before and "C<n>" after each import, as import-loop.ts does.
// Usage: node --snapshot-blob BLOB REPO_ROOT DB DOCS.json
import { readFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startupSnapshot } from 'node:v8';
import type { DocumentToImport } from '../../../../electron/node/store/import.ts';
import { openStore } from '../../../../electron/node/store/store.ts';
import { buildSearchIndex } from '../../../../shared/search/index.ts';

// Built into the snapshot: the search index's per-process tables.
buildSearchIndex([]);

startupSnapshot.setDeserializeMainFunction(() => {
  const [repoRoot, dbPath, docs] = process.argv.slice(1);
  // The native SQLite binding cannot be in a snapshot: child-snapshot.ts's shim loads it now.
  (globalThis as { orgatlasRequire?: NodeJS.Require }).orgatlasRequire = createRequire(`${repoRoot}/package.json`);
  const versions = JSON.parse(readFileSync(docs!, 'utf8')) as DocumentToImport[][];
  const store = openStore(dbPath!);
  writeSync(1, 'ready\n');
  for (let i = 0; ; i++) {
    writeSync(1, `B${i}\n`);
    store.importDocuments(versions[i % versions.length]!);
    writeSync(1, `C${i}\n`);
  }
});
