// The document parser: bytes -> text (encoding detection) -> ParsedDocument.
// PLACEHOLDER signatures; the parser work fills them in.
import type { ParsedDocument } from '../types.ts';

export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: 'empty' | 'binary' | 'undecodable'; message: string };

/** Detects the encoding (BOM, UTF-8, UTF-16, GB18030/GBK) and decodes; rejects binary/empty input. */
export interface DecodeOptions {
  /** Force an encoding label (e.g. `gbk`) instead of detecting it. */
  encoding?: string;
}

export function decodeDocument(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  void options;
  if (bytes.length === 0) return { ok: false, reason: 'empty', message: 'the file is empty' };
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
}

/** Splits text into lines exactly as the parser numbers them (1-based in diagnostics). */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** Splits a duty into clauses at ；/; and 。 (keeps each clause's own text). */
export function splitClauses(text: string): string[] {
  return text.split(/[；;。]/).map((c) => c.trim()).filter(Boolean);
}

export function parseDocument(text: string): ParsedDocument {
  void text;
  throw new Error('parser not implemented yet');
}
