// The stored index format: a small JSON header, then typed-array sections laid out 4-byte
// aligned, so loading is a JSON.parse of the header and zero-copy views over the bytes.
//
//   "OAS1" | u32 header length | header JSON | pad | section bytes ...

const MAGIC = 0x3153414f; // "OAS1" little-endian
// 2: postings chunked by office, per-office record and unit starts (per-office segments).
// 3: text as written and syllables stored as exceptions, unit names packed, 16-bit office and line numbers.
const FORMAT_VERSION = 3;

export type SectionArray = Uint8Array | Uint16Array | Int32Array | Uint32Array;
type SectionType = 'u8' | 'u16' | 'i32' | 'u32';

interface SectionInfo {
  name: string;
  type: SectionType;
  length: number;
  offset: number;
}

interface Header<M> {
  version: number;
  meta: M;
  sections: SectionInfo[];
}

function typeOf(a: SectionArray): SectionType {
  if (a instanceof Uint8Array) return 'u8';
  if (a instanceof Uint16Array) return 'u16';
  if (a instanceof Int32Array) return 'i32';
  return 'u32';
}

const align4 = (n: number) => (n + 3) & ~3;

export function writeBlob<M>(meta: M, sections: Record<string, SectionArray>): Uint8Array {
  const infos: SectionInfo[] = [];
  let offset = 0;
  for (const [name, arr] of Object.entries(sections)) {
    infos.push({ name, type: typeOf(arr), length: arr.length, offset });
    offset = align4(offset + arr.byteLength);
  }
  const header: Header<M> = { version: FORMAT_VERSION, meta, sections: infos };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const dataStart = align4(8 + headerBytes.length);
  const out = new Uint8Array(dataStart + offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  for (const info of infos) {
    const arr = sections[info.name];
    out.set(new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength), dataStart + info.offset);
  }
  return out;
}

export class CorruptIndexError extends Error {
  constructor(detail: string) {
    super(`the search index is unreadable (${detail}); rebuild it by importing the documents again`);
    this.name = 'CorruptIndexError';
  }
}

export interface LoadedBlob<M> {
  meta: M;
  sections: Map<string, SectionArray>;
}

/** Where the header ends and the sections begin, read off the first bytes (at least 8). */
function headerEnd(view: DataView, size: number): number {
  if (size < 8) throw new CorruptIndexError('too short');
  if (view.getUint32(0, true) !== MAGIC) throw new CorruptIndexError('not an OrgAtlas search index');
  const end = 8 + view.getUint32(4, true);
  if (end > size) throw new CorruptIndexError('truncated header');
  return end;
}

function parseHeader<M>(bytes: Uint8Array, end: number): Header<M> {
  let header: Header<M>;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, end))) as Header<M>;
  } catch {
    throw new CorruptIndexError('bad header');
  }
  if (header.version !== FORMAT_VERSION)
    throw new CorruptIndexError(`format ${String(header.version)}, expected ${FORMAT_VERSION}`);
  if (!Array.isArray(header.sections)) throw new CorruptIndexError('bad header');
  return header;
}

const widthOf = (type: SectionType) => (type === 'u8' ? 1 : type === 'u16' ? 2 : 4);

/** The sections as views over `bytes` (4-byte aligned), which holds the whole blob from byte 0 at `bytes.byteOffset`. */
function sectionViews(bytes: Uint8Array, dataStart: number, infos: SectionInfo[]): Map<string, SectionArray> {
  const sections = new Map<string, SectionArray>();
  for (const s of infos) {
    if (dataStart + s.offset + s.length * widthOf(s.type) > bytes.byteLength) {
      throw new CorruptIndexError(`truncated section ${s.name}`);
    }
    const at = bytes.byteOffset + dataStart + s.offset;
    const arr =
      s.type === 'u8'
        ? new Uint8Array(bytes.buffer, at, s.length)
        : s.type === 'u16'
          ? new Uint16Array(bytes.buffer, at, s.length)
          : s.type === 'i32'
            ? new Int32Array(bytes.buffer, at, s.length)
            : new Uint32Array(bytes.buffer, at, s.length);
    sections.set(s.name, arr);
  }
  return sections;
}

export function readBlob<M>(input: Uint8Array): LoadedBlob<M> {
  // Views need 4-byte alignment; a buffer handed over by SQLite may not have it.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const end = headerEnd(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), bytes.byteLength);
  const header = parseHeader<M>(bytes, end);
  return { meta: header.meta, sections: sectionViews(bytes, align4(end), header.sections) };
}

/**
 * A stored blob read in pages (a file): `read` fills `into` with the blob's bytes
 * [page * pageSize, up to the end of page `to` - 1) at the same positions, checking them
 * (it throws CorruptIndexError on damage).
 */
export interface PagedSource {
  readonly size: number;
  readonly pageSize: number;
  read(into: Uint8Array, from: number, to: number): void;
}

/** Makes a range of a lazily read section's elements [from, to) readable: reads the pages it lies on the first time they are asked for. */
export interface LazyPages {
  ensure(from: number, to: number): void;
}

/** A section that is all in memory. */
export const ALL_PRESENT: LazyPages = { ensure: () => {} };

export interface PagedBlob<M> extends LoadedBlob<M> {
  lazy: Map<string, LazyPages>;
  /** Bytes of the blob read so far. */
  bytesRead(): number;
}

/**
 * The blob read from a paged source: the header and every section but the `lazy` ones
 * now, into one buffer of the blob's size, the lazy ones' pages when `ensure` asks for them
 * (the buffer's unread pages are never touched, so they cost no memory until read).
 */
export function readBlobPaged<M>(source: PagedSource, lazy: ReadonlySet<string>): PagedBlob<M> {
  const { size, pageSize } = source;
  if (pageSize <= 0 || pageSize % 4 !== 0) throw new CorruptIndexError('bad page size');
  const bytes = new Uint8Array(size);
  const pages = Math.ceil(size / pageSize);
  const present = new Uint8Array(pages);
  let bytesRead = 0;
  const readPages = (from: number, to: number) => {
    for (let p = from; p < to;) {
      if (present[p]) {
        p++;
        continue;
      }
      let q = p;
      while (q < to && !present[q]) q++;
      source.read(bytes, p, q);
      present.fill(1, p, q);
      bytesRead += Math.min(size, q * pageSize) - p * pageSize;
      p = q;
    }
  };
  const pagesOf = (fromByte: number, toByte: number) =>
    readPages(Math.floor(fromByte / pageSize), Math.ceil(toByte / pageSize));

  pagesOf(0, Math.min(8, size));
  const end = headerEnd(new DataView(bytes.buffer), size);
  pagesOf(0, end);
  const header = parseHeader<M>(bytes, end);
  const dataStart = align4(end);
  for (const s of header.sections)
    if (!lazy.has(s.name))
      pagesOf(dataStart + s.offset, Math.min(size, dataStart + s.offset + s.length * widthOf(s.type)));
  const sections = sectionViews(bytes, dataStart, header.sections);
  const lazySections = new Map<string, LazyPages>();
  for (const s of header.sections) {
    if (!lazy.has(s.name)) continue;
    const at = dataStart + s.offset;
    const width = widthOf(s.type);
    lazySections.set(s.name, {
      ensure: (from, to) => {
        if (to > from) pagesOf(at + from * width, at + to * width);
      },
    });
  }
  return { meta: header.meta, sections, lazy: lazySections, bytesRead: () => bytesRead };
}
