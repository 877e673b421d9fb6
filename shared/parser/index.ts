// The document parser: bytes -> text (encoding detection) -> ParsedDocument.
export { decodeDocument, type DecodeOptions, type DecodeResult } from './decode.ts';
export { splitClauses, splitLines } from './lines.ts';
export { parseDocument, type ParseOptions } from './parse.ts';
export { cleanLine } from './noise.ts';
// For the file readers (shared/documents): whether a line starts with an item's numbering.
export { parseLabel } from './numbering.ts';
