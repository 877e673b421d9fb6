// Data packages of offices: each office as stored now (its newest version: the structure,
// the source lines and the corrections) in the container of container.ts.
import type { KeyObject } from 'node:crypto';
import { strFromU8, strToU8 } from 'fflate';
import type { Correction } from '../../../shared/corrections/index.ts';
import type { ParsedDocument } from '../../../shared/types.ts';
import type { SourceDocument } from '../store/write.ts';
import { PackageError, readContainer, sha256Hex, writeContainer } from './container.ts';
import {
  correctionsPartSchema,
  PACKAGE_FORMAT,
  PACKAGE_VERSION,
  parsedDocumentSchema,
  sourcePartSchema,
  type Manifest,
} from './schema.ts';
import type { z } from 'zod';

export interface PackagedOffice {
  parsed: ParsedDocument;
  source: SourceDocument;
  documentKey: string;
  corrections: Correction[];
}

export interface PackageInfo {
  producer: string;
  createdAt: string;
  formatVersion: number;
  signer: string | null;
  offices: string[];
}

export interface OpenedPackage {
  info: PackageInfo;
  offices: PackagedOffice[];
}

const encode = (value: unknown) => strToU8(JSON.stringify(value));

export function buildPackage(
  offices: readonly PackagedOffice[],
  producer: string,
  key?: KeyObject,
  createdAt = new Date().toISOString(),
): Uint8Array {
  const parts = new Map<string, Uint8Array>();
  const manifest: Manifest = {
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    producer,
    createdAt,
    offices: [],
    parts: [],
  };
  offices.forEach((office, i) => {
    const dir = `offices/${String(i + 1).padStart(3, '0')}`;
    const entry = {
      name: office.parsed.office.name,
      structure: `${dir}/structure.json`,
      source: `${dir}/source.json`,
      corrections: `${dir}/corrections.json`,
    };
    parts.set(entry.structure, encode(office.parsed));
    const { path: file, ...source } = office.source;
    parts.set(entry.source, encode({ file, ...source }));
    parts.set(entry.corrections, encode({ documentKey: office.documentKey, corrections: office.corrections }));
    manifest.offices.push(entry);
  });
  for (const [path, bytes] of parts) manifest.parts.push({ path, sha256: sha256Hex(bytes), size: bytes.length });
  return writeContainer(manifest, parts, key);
}

function part<T>(parts: Map<string, Uint8Array>, path: string, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(strFromU8(parts.get(path)!));
  } catch {
    throw new PackageError('altered', `${path} is not valid JSON`);
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new PackageError(
      'altered',
      `${path} is not what an OrgAtlas package holds (${issue?.path.join('.') || 'form'}: ${issue?.message ?? 'invalid'})`,
    );
  }
  return result.data;
}

/** Opens, checks (see readContainer) and reads a package. Throws PackageError. */
export function openPackage(bytes: Uint8Array): OpenedPackage {
  const { manifest, signer, parts } = readContainer(bytes);
  const offices = manifest.offices.map((entry): PackagedOffice => {
    const parsed = part(parts, entry.structure, parsedDocumentSchema);
    const { file, ...source } = part(parts, entry.source, sourcePartSchema);
    const { documentKey, corrections } = part(parts, entry.corrections, correctionsPartSchema);
    if (parsed.office.name !== entry.name)
      throw new PackageError('altered', `${entry.structure} is not the office its manifest names`);
    return { parsed, source: { path: file, ...source }, documentKey, corrections };
  });
  return {
    info: {
      producer: manifest.producer,
      createdAt: manifest.createdAt,
      formatVersion: manifest.version,
      signer,
      offices: manifest.offices.map((o) => o.name),
    },
    offices,
  };
}
