// Builds many offices' segments at once (a full rebuild, a large import) on the main thread
// and on worker threads beside it. Synchronous, because it runs inside the caller's write
// transaction: the main thread reads each office and hands it to a worker once that worker
// has said it is ready, builds offices itself in between, and takes the workers' results off
// their ports with receiveMessageOnPort, sleeping on a shared counter (Atomics.wait) when
// there is nothing else to do. A worker that never starts (no worker file, as in a build that
// does not ship it) is never given work; one that stops answering has its offices built here.
// A segment's bytes do not depend on the thread that built it (build.ts numbers syllables
// canonically), so the result is the serial build's.
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { buildTables, builtSegment, type BuildTables } from '../../../shared/search/build.ts';
import type { SearchIndex } from '../../../shared/search/layout.ts';
import type { OfficeDetail } from '../../../shared/types.ts';

/** Below this many offices a worker's start-up (its pinyin dictionaries) costs more than it saves. */
const MIN_OFFICES_FOR_WORKERS = 48;
const MAX_WORKERS = 7;
/** Offices handed to a worker ahead, so it never waits for the main thread between two. */
const AHEAD = 2;
/** A worker silent this long with offices in hand is given up on: they are built here. */
const SILENT_MS = 20_000;

/** The worker script beside this module: .ts when run from source, .js in a bundle. */
const WORKER_FILE = fileURLToPath(
  new URL(`./segment-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url),
);

interface Helper {
  worker: Worker;
  port: MessagePort;
  ready: boolean;
  /** Tasks sent and not yet answered. */
  pending: Set<number>;
}

type Reply = { ready: true } | { task: number; bytes: Uint8Array } | { task: number; error: string };

/** Whether this thread may block on Atomics.wait (a host may forbid it on its main thread): else no workers, never a spin. */
function canWait(): boolean {
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 1, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Workers for `offices` offices: one per core that is idle by the load average (on a busy
 * machine a worker only adds its start-up to the same cores' work), fewer for few offices.
 * One unit of the load may be this thread's own work: it is not counted against the workers.
 */
function workerCount(offices: number): number {
  if (offices < MIN_OFFICES_FOR_WORKERS || !existsSync(WORKER_FILE) || !canWait()) return 0;
  const cores = availableParallelism();
  const idle = Math.floor(cores + 1 - loadavg()[0]);
  return Math.max(0, Math.min(MAX_WORKERS, cores - 1, idle, Math.floor(offices / (MIN_OFFICES_FOR_WORKERS / 2))));
}

function startHelper(signal: Int32Array, tables: BuildTables): Helper {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_FILE, { workerData: { port: port2, signal, tables }, transferList: [port2] });
  // A worker that fails to start says so on 'error' (never heard while the main thread is busy): it is simply never used.
  worker.on('error', () => {});
  worker.unref();
  return { worker, port: port1, ready: false, pending: new Set() };
}

function startHelpers(count: number, signal: Int32Array): Helper[] {
  // Computed here first (this thread needs them anyway), so that no worker computes them.
  const tables = buildTables();
  return Array.from({ length: count }, () => startHelper(signal, tables));
}

/**
 * The segment of each office `read(i)` gives, for i in 0..count-1, in that order. `read` runs
 * on the calling thread, once per office. `workers` overrides how many worker threads help;
 * `byWorkers` says how many segments they built. `indexes` holds the index of each segment
 * built on this thread, as built (undefined for a worker's): a merge need not read it back.
 */
export function buildSegments(
  count: number,
  read: (i: number) => OfficeDetail,
  workers = workerCount(count),
): { segments: Uint8Array[]; indexes: (SearchIndex | undefined)[]; byWorkers: number } {
  const out: (Uint8Array | undefined)[] = new Array(count);
  const indexes: (SearchIndex | undefined)[] = new Array(count);
  let byWorkers = 0;
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const helpers = workers > 0 && existsSync(WORKER_FILE) ? startHelpers(workers, signal) : [];
  const offices = new Map<number, OfficeDetail>();
  let next = 0;
  let lastHeard = performance.now();

  const buildHere = (task: number) => {
    ({ bytes: out[task], index: indexes[task] } = builtSegment(offices.get(task) ?? read(task)));
    offices.delete(task);
  };
  const hand = (helper: Helper) => {
    while (helper.ready && helper.pending.size < AHEAD && next < count) {
      const task = next++;
      const office = read(task);
      offices.set(task, office);
      helper.pending.add(task);
      helper.port.postMessage({ task, office });
    }
  };
  /** Takes every reply waiting on the ports; true if there was any. */
  const collect = () => {
    let any = false;
    for (const helper of helpers) {
      for (let got = receiveMessageOnPort(helper.port); got; got = receiveMessageOnPort(helper.port)) {
        any = true;
        const reply = got.message as Reply;
        if ('ready' in reply) helper.ready = true;
        else {
          helper.pending.delete(reply.task);
          if ('bytes' in reply) {
            out[reply.task] = reply.bytes;
            offices.delete(reply.task);
            byWorkers++;
          } else buildHere(reply.task); // the same error, if any, is thrown here
        }
      }
      hand(helper);
    }
    if (any) lastHeard = performance.now();
    return any;
  };

  try {
    while (next < count) {
      collect();
      if (next < count) buildHere(next++);
    }
    for (;;) {
      const seen = Atomics.load(signal, 0);
      if (collect()) continue;
      const waiting = helpers.filter((h) => h.pending.size > 0);
      if (waiting.length === 0) break;
      if (performance.now() - lastHeard > SILENT_MS) {
        for (const helper of waiting) {
          for (const task of helper.pending) buildHere(task);
          helper.pending.clear();
        }
        break;
      }
      Atomics.wait(signal, 0, seen, 100);
    }
  } finally {
    for (const helper of helpers) {
      helper.port.close();
      void helper.worker.terminate();
    }
  }
  return { segments: out as Uint8Array[], indexes, byWorkers };
}
