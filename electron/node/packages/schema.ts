// What a data package holds, checked with zod as it is read: a package is a file from
// elsewhere, so nothing in it is used before it passes these.
import { z } from 'zod';
import { LINE_ROLES } from '../../../shared/corrections/index.ts';
import { correctionsSchema } from '../../../shared/corrections/schema.ts';
import { DIAGNOSTIC_CODES, type LineRole, type ParsedDocument, type ParsedUnit } from '../../../shared/types.ts';

export const PACKAGE_FORMAT = 'orgatlas-package';
export const PACKAGE_VERSION = 1;

const text = z.string().max(100_000);
const line = z.number().int().min(1);
const names = z.array(z.string().max(1000)).max(1000);
const duty = z.strictObject({ label: z.string().max(50).nullable(), text, line });
const person = z.strictObject({ title: z.string().max(200), name: z.string().max(200), line });

const unit: z.ZodType<ParsedUnit> = z.lazy(() =>
  z.strictObject({
    name: z.string().min(1).max(500),
    kind: z.enum(['internal', 'affiliated']),
    aliases: names,
    formerNames: names,
    label: z.string().max(50).nullable(),
    line,
    duties: z.array(duty).max(10_000),
    people: z.array(person).max(10_000),
    units: z.array(unit).max(10_000),
  }),
);

export const parsedDocumentSchema: z.ZodType<ParsedDocument> = z.strictObject({
  office: z.strictObject({
    name: z.string().trim().min(1).max(500),
    aliases: names,
    formerNames: names,
    summary: z.array(text).max(10_000),
    duties: z.array(duty).max(10_000),
    units: z.array(unit).max(10_000),
    people: z.array(person).max(10_000),
    honors: z.array(z.strictObject({ date: z.string().max(20).nullable(), text, line })).max(10_000),
    address: z.string().max(1000).nullable(),
    contacts: z.array(z.strictObject({ label: z.string().max(100), value: z.string().max(1000), line })).max(10_000),
    asOf: z.string().max(20).nullable(),
  }),
  diagnostics: z
    .array(
      z.strictObject({
        line: z.number().int().min(0),
        severity: z.enum(['error', 'warning', 'info']),
        code: z.enum(DIAGNOSTIC_CODES),
        message: text,
        params: z.record(z.string().max(100), z.union([z.string().max(10_000), z.number()])).optional(),
      }),
    )
    .max(100_000),
  lineRoles: z.array(z.strictObject({ line, role: z.enum(LINE_ROLES as [LineRole, ...LineRole[]]) })).max(1_000_000),
});

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const sourcePartSchema = z.strictObject({
  file: z.string().min(1).max(500),
  sha256,
  encoding: z.string().min(1).max(50),
  lines: z.array(text).max(1_000_000),
});

export const correctionsPartSchema = z.strictObject({
  documentKey: z.string().min(1).max(1000),
  corrections: correctionsSchema,
});

const partPath = z.string().regex(/^offices\/\d{1,6}\/(?:structure|source|corrections)\.json$/);

export const manifestSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  version: z.number().int(),
  producer: z.string().max(200),
  createdAt: z.string().max(40),
  offices: z
    .array(
      z.strictObject({
        name: z.string().min(1).max(500),
        structure: partPath,
        source: partPath,
        corrections: partPath,
      }),
    )
    .min(1)
    .max(100_000),
  parts: z.array(z.strictObject({ path: partPath, sha256, size: z.number().int().min(0) })).max(300_000),
});

export type Manifest = z.infer<typeof manifestSchema>;

export const signatureSchema = z.strictObject({
  algorithm: z.literal('ed25519'),
  publicKey: z.string().max(100),
  signature: z.string().max(200),
});

export type SignatureFile = z.infer<typeof signatureSchema>;
