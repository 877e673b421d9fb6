// A worker thread of the parallel segment build (segment-builders.ts): builds the segment of
// each office it is sent and sends back its bytes, then bumps the shared counter the main
// thread waits on (it waits synchronously, inside a write transaction).
import { workerData, type MessagePort } from 'node:worker_threads';
import { adoptBuildTables, buildSegment, type BuildTables } from '../../../shared/search/build.ts';
import type { OfficeDetail } from '../../../shared/types.ts';

const { port, signal, tables } = workerData as { port: MessagePort; signal: Int32Array; tables: BuildTables };
adoptBuildTables(tables);

function tell(message: unknown, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

port.on('message', ({ task, office }: { task: number; office: OfficeDetail }) => {
  try {
    const bytes = buildSegment(office);
    tell({ task, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (err) {
    tell({ task, error: err instanceof Error ? err.message : String(err) });
  }
});
tell({ ready: true });
