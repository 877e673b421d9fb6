// Search over every office in the store. The index is built at import time (folded text,
// pinyin, n-gram postings), stored as bytes, and loaded at start-up as views over those
// bytes; each search narrows candidates with the postings and lets fuse.js rank them.
// The design is described in the README's search section.
export { buildSearchIndex } from './build.ts';
export { loadSearchIndex, type SearchIndex } from './layout.ts';
export { search, type SearchOptions } from './query.ts';
export { CorruptIndexError } from './blob.ts';
