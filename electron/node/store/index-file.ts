// The search index as a file read in pages: everything a query needs to start is read at
// open, the text (a third of a large index) a page at a time the first time a query reads a
// record on it (layout.ts loadSearchIndexPaged). Each page carries a CRC-32, checked when the
// page is read, so a damaged page is refused with the same clear sentence as a damaged
// blob, whenever it is first read, and never searched.
//
//   "OAF1" | u32 page size | u32 page count | u32 CRC-32 of the three before and the table
//   | u32 CRC-32 of each page | the blob (shared/search/blob.ts)
import { closeSync, fstatSync, openSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { CorruptIndexError, type PagedSource } from '../../../shared/search/blob.ts';
import { loadSearchIndexPaged, type SearchIndex } from '../../../shared/search/layout.ts';

const MAGIC = 0x3146414f; // "OAF1" little-endian
/** Small enough that a first query reads little beyond its records, large enough that a read is not mostly overhead. */
export const INDEX_PAGE_SIZE = 64 * 1024;
const FIXED = 16;

const pageCount = (size: number, pageSize: number) => Math.ceil(size / pageSize);

/** The file's bytes: the page table, then the blob. Written to a temporary name and renamed, so a reader never sees half of it. */
export function writeIndexFile(path: string, blob: Uint8Array, pageSize = INDEX_PAGE_SIZE): void {
  const pages = pageCount(blob.byteLength, pageSize);
  const prefix = new Uint32Array(FIXED / 4 + pages);
  prefix[0] = MAGIC;
  prefix[1] = pageSize;
  prefix[2] = pages;
  for (let p = 0; p < pages; p++) prefix[FIXED / 4 + p] = crc32(blob.subarray(p * pageSize, (p + 1) * pageSize));
  prefix[3] = tableChecksum(prefix);
  const tmp = `${path}.partial`;
  const fd = openSync(tmp, 'w');
  try {
    writeFileSync(fd, new Uint8Array(prefix.buffer));
    writeFileSync(fd, blob);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/** The CRC-32 of the page size, the page count and the page table (everything in the prefix but itself and the magic). */
function tableChecksum(prefix: Uint32Array): number {
  const bytes = new Uint8Array(prefix.buffer, prefix.byteOffset, prefix.byteLength);
  return crc32(bytes.subarray(FIXED), crc32(bytes.subarray(4, 12)));
}

function readExactly(fd: number, into: Uint8Array, at: number, length: number, position: number): void {
  let done = 0;
  while (done < length) {
    const n = readSync(fd, into, at + done, length - done, position + done);
    if (n === 0) throw new CorruptIndexError('truncated file');
    done += n;
  }
}

/** The blob inside an open index file, its pages checked as they are read. */
function pagedSource(fd: number): PagedSource {
  const fileSize = fstatSync(fd).size;
  if (fileSize < FIXED) throw new CorruptIndexError('too short');
  const fixed = new Uint32Array(FIXED / 4);
  readExactly(fd, new Uint8Array(fixed.buffer), 0, FIXED, 0);
  if (fixed[0] !== MAGIC) throw new CorruptIndexError('not an OrgAtlas search index file');
  const [, pageSize, pages] = fixed;
  const start = FIXED + pages * 4;
  if (pageSize === 0 || pageSize % 4 !== 0 || start > fileSize) throw new CorruptIndexError('bad page table');
  const size = fileSize - start;
  const prefix = new Uint32Array(start / 4);
  readExactly(fd, new Uint8Array(prefix.buffer), 0, start, 0);
  if (pages !== pageCount(size, pageSize) || prefix[3] !== tableChecksum(prefix))
    throw new CorruptIndexError('bad page table');
  const sums = prefix.subarray(FIXED / 4);
  return {
    size,
    pageSize,
    read(into, from, to) {
      const at = from * pageSize;
      const end = Math.min(size, to * pageSize);
      readExactly(fd, into, at, end - at, start + at);
      for (let p = from; p < to; p++) {
        if (crc32(into.subarray(p * pageSize, Math.min(end, (p + 1) * pageSize))) !== sums[p])
          throw new CorruptIndexError(`damaged page ${p}`);
      }
    },
  };
}

export interface OpenIndexFile {
  index: SearchIndex;
  /** Bytes of the index read so far (at open: all but the text). */
  bytesRead(): number;
  /** Closes the file; the index must not be searched after. */
  close(): void;
}

/** Opens an index file; throws CorruptIndexError (one sentence) when it is not one, or damaged where it has been read. */
export function openIndexFile(path: string): OpenIndexFile {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new CorruptIndexError('the index file cannot be opened');
  }
  try {
    const { index, bytesRead } = loadSearchIndexPaged(pagedSource(fd));
    return { index, bytesRead, close: () => closeSync(fd) };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}
