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

export function readBlob<M>(input: Uint8Array): LoadedBlob<M> {
  if (input.byteLength < 8) throw new CorruptIndexError('too short');
  // Views need 4-byte alignment; a buffer handed over by SQLite may not have it.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new CorruptIndexError('not an OrgAtlas search index');
  const headerLength = view.getUint32(4, true);
  if (8 + headerLength > bytes.byteLength) throw new CorruptIndexError('truncated header');
  let header: Header<M>;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as Header<M>;
  } catch {
    throw new CorruptIndexError('bad header');
  }
  if (header.version !== FORMAT_VERSION)
    throw new CorruptIndexError(`format ${String(header.version)}, expected ${FORMAT_VERSION}`);
  const dataStart = bytes.byteOffset + align4(8 + headerLength);
  const sections = new Map<string, SectionArray>();
  for (const s of header.sections) {
    const width = s.type === 'u8' ? 1 : s.type === 'u16' ? 2 : 4;
    if (dataStart + s.offset + s.length * width > bytes.byteOffset + bytes.byteLength) {
      throw new CorruptIndexError(`truncated section ${s.name}`);
    }
    const at = dataStart + s.offset;
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
  return { meta: header.meta, sections };
}
