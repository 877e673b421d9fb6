// What every API handler works with: the open store of the host that serves it, the queue
// its writes go through (writer-queue.ts), and the stepped writes running (stepped-writes.ts).
import type { Store } from '../store/store.ts';
import type { SteppedWrites } from './stepped-writes.ts';
import type { WriterQueue } from './writer-queue.ts';

export interface ApiContext {
  store: Store;
  writes: WriterQueue;
  stepped: SteppedWrites;
}
