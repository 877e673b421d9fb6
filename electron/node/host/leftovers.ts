// Files a crashed OrgAtlas leaves beside its database: a first build that never finished
// (`orgatlas.db.building-PID` with its -wal and -shm) and a journal mirror that was never
// renamed into place (`orgatlas.db.journal.PID.tmp`). Removed at the next start, but only
// when the process that wrote them is gone: a concurrent first start may still be building.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Removes leftovers of dead processes beside `dbPath`; returns the names removed. */
export function removeLeftovers(dbPath: string): string[] {
  const base = escape(path.basename(dbPath));
  const pattern = new RegExp(`^${base}\\.(?:building-(\\d+)(?:-wal|-shm)?|journal\\.(\\d+)\\.tmp)$`);
  let names: string[];
  try {
    names = readdirSync(path.dirname(dbPath));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = pattern.exec(name);
    const pid = Number(match?.[1] ?? match?.[2]);
    if (!match || pid === process.pid || alive(pid)) continue;
    try {
      rmSync(path.join(path.dirname(dbPath), name), { force: true });
      removed.push(name);
    } catch {
      // A read-only folder keeps them; they harm nothing.
    }
  }
  return removed;
}
