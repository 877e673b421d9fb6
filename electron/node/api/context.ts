// What every API handler works with: the open store of the host that serves it.
import type { Store } from '../store/store.ts';

export interface ApiContext {
  store: Store;
}
