// Reads a fixture document through the same path the CLI uses: bytes -> decode -> parse.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeDocument, parseDocument } from '../../../shared/parser/index.ts';
import type { ParsedDocument, ParsedUnit } from '../../../shared/types.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(`${ROOT}tests/fixtures/documents/${name}`);
}

export function parseBytes(bytes: Uint8Array): ParsedDocument {
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) throw new Error(`fixture did not decode: ${decoded.message}`);
  return parseDocument(decoded.text);
}

export function parseFixture(name: string): ParsedDocument {
  return parseBytes(fixtureBytes(name));
}

export function unitNames(doc: ParsedDocument): string[] {
  return doc.office.units.map((u) => u.name);
}

export function unit(doc: ParsedDocument, name: string): ParsedUnit {
  const found = doc.office.units.find((u) => u.name === name);
  if (!found) throw new Error(`no unit ${name}; units: ${unitNames(doc).join(', ')}`);
  return found;
}

export function codes(doc: ParsedDocument): string[] {
  return doc.diagnostics.map((d) => `${d.code}@${d.line}`);
}

/** Every text the parser returns, for checks that must hold everywhere (no noise left). */
export function allTexts(doc: ParsedDocument): string[] {
  const o = doc.office;
  const unitTexts = (u: ParsedUnit): string[] => [
    u.name,
    ...u.aliases,
    ...u.formerNames,
    ...u.duties.map((d) => d.text),
    ...u.people.flatMap((p) => [p.title, p.name]),
    ...u.units.flatMap(unitTexts),
  ];
  return [
    o.name,
    ...o.aliases,
    ...o.formerNames,
    ...o.summary,
    ...o.duties.map((d) => d.text),
    ...o.units.flatMap(unitTexts),
    ...o.people.flatMap((p) => [p.title, p.name]),
    ...o.honors.map((h) => h.text),
    ...o.contacts.map((c) => c.value),
    o.address ?? '',
  ];
}
