// What counts as a Han character, once, for the parser, search and document reading: the
// CJK unified ideographs of the Basic Multilingual Plane, extension A and the compatibility
// ideographs. (Extension B and beyond take two UTF-16 units; the one-unit-per-character
// folding of search cannot index them, and the parser treats them as it treats search.)

/** Inclusive code ranges, in code order. */
export const HAN_RANGES: readonly (readonly [number, number])[] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

/** The ranges as the inside of a regular-expression character class: `[${HAN}]`. */
export const HAN = HAN_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('');

const HAN_RE = new RegExp(`[${HAN}]`);
const HAN_ALL = new RegExp(`[${HAN}]`, 'g');

/** 1 for each Han UTF-16 unit: the index builder asks for every character of a directory. */
const HAN_TABLE = new Uint8Array(65536);
for (const [from, to] of HAN_RANGES) HAN_TABLE.fill(1, from, to + 1);

export function isHanCode(code: number): boolean {
  return HAN_TABLE[code] === 1;
}

export function hasHan(s: string): boolean {
  return HAN_RE.test(s);
}

export function countHan(s: string): number {
  return s.match(HAN_ALL)?.length ?? 0;
}

/** Every Han character, in code order. */
export function hanCharacters(): string[] {
  const out: string[] = [];
  for (const [from, to] of HAN_RANGES) for (let c = from; c <= to; c++) out.push(String.fromCharCode(c));
  return out;
}
