// Child process for the concurrency tests: takes the database's write lock, says "locked",
// holds it for the given milliseconds, then commits. Usage: node hold-lock.ts DB MS
import Database from 'better-sqlite3';
import { writeSync } from 'node:fs';

const [dbPath, ms] = process.argv.slice(2);
const db = new Database(dbPath!);
db.exec('BEGIN IMMEDIATE');
writeSync(1, 'locked\n');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(ms));
db.exec('COMMIT');
db.close();
