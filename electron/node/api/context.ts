// What every API handler works with: the open store of the host that serves it, and the queue
// its writes go through (writer-queue.ts).
import type { Store } from '../store/store.ts';
import type { WriterQueue } from './writer-queue.ts';

export interface ApiContext {
  store: Store;
  writes: WriterQueue;
}
