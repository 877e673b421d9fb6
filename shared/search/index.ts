// Search over every office in the store. The index is built at import time (folded text,
// pinyin, n-gram postings), one segment per office merged into one (merge.ts), stored as
// bytes, and loaded at start-up as views over those bytes; each search narrows candidates
// with the postings and ranks them. The design is described in the README's search section.
export { buildSearchIndex, buildSegment, builtSegment } from './build.ts';
export { DROPPED_OFFICE, mergedIndex, mergeIndexes, type MergePart } from './merge.ts';
export { loadSearchIndex, type SearchIndex } from './layout.ts';
export { search, type SearchOptions } from './query.ts';
export { CorruptIndexError } from './blob.ts';
