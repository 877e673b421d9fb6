// Child process for the crash and snapshot tests: imports the given documents into a
// database over and over, alternating between them, and writes "B<n>" before and "C<n>"
// after each import (synchronously, so the parent knows where a SIGKILL landed).
// Usage: node import-loop.ts DB [--count N] FILE_A FILE_B
import { writeSync } from 'node:fs';
import { readDocumentsForImport } from '../../../../electron/node/store/import.ts';
import { openStore } from '../../../../electron/node/store/store.ts';
import { buildSearchIndex } from '../../../../shared/search/index.ts';

const [dbPath, ...rest] = process.argv.slice(2);
const countAt = rest.indexOf('--count');
const count = countAt >= 0 ? Number(rest.splice(countAt, 2)[1]) : Infinity;
const versions = rest.map((file) => readDocumentsForImport([file]));
const store = openStore(dbPath!);
// The search index's per-process tables are built before "ready", so kills land in imports.
buildSearchIndex([]);
writeSync(1, 'ready\n');
for (let i = 0; i < count; i++) {
  writeSync(1, `B${i}\n`);
  store.importDocuments(versions[i % versions.length]!);
  writeSync(1, `C${i}\n`);
}
store.close();
