// Importing with a preview and corrections, office history and rollback, trusted signers.
// A file travels as base64 (the same over IPC and HTTP); nothing is kept between a preview
// and its apply, which sends the file and the corrections again.
import { z } from 'zod';
import { correctionsSchema } from '../corrections/schema.ts';
import type { AppliedImport, ImportPreview } from '../imports/types.ts';
import type { VersionDiff, VersionInfo } from '../versions/types.ts';
import { call } from './define.ts';
import { base64Content } from './fields.ts';

const upload = {
  /** The file's name as the user chose it (shown in history; the format is read from the content). */
  name: z.string().trim().min(1).max(255),
  content: base64Content,
};
const office = z.string().trim().min(1).max(500);
/** The stored office (id or name) a document is a new version of under a new name; null: a new office. */
const replaceOffice = office.nullable().optional();
const version = z.number().int().min(1).max(1_000_000_000);
const publicKey = z.string().min(1).max(100);

export interface OfficeHistory {
  office: string;
  versions: VersionInfo[];
  /** Newer shipped copies that were not written over this office (see store/shipped-offers.ts). */
  shippedUpdates: { file: string; foundAt: string }[];
}

export const historyCalls = {
  previewImport: call<ImportPreview>()(
    z.strictObject({ ...upload, corrections: correctionsSchema.optional(), replaceOffice }),
  ),
  applyImport: call<AppliedImport>()(
    z.strictObject({
      ...upload,
      corrections: correctionsSchema.optional(),
      replaceOffice,
      confirmUnverifiedSigner: z.boolean().optional(),
      /**
       * An id the caller chose (32 hex digits): the write runs in steps under it, so that
       * batchImportProgress reports it and cancelBatchImport rolls it back.
       */
      job: z
        .string()
        .regex(/^[0-9a-f]{32}$/)
        .optional(),
    }),
  ),
  officeHistory: call<OfficeHistory>()(z.strictObject({ office })),
  versionDiff: call<VersionDiff>()(z.strictObject({ office, from: version, to: version })),
  rollbackOffice: call<{ office: string; officeId: number; number: number; restoredFrom: number }>()(
    z.strictObject({ office, version }),
  ),
  trustedKeys: call<{ publicKey: string; label: string; addedAt: string; fingerprint: string }[]>()(z.strictObject({})),
  trustKey: call<{ publicKey: string }>()(z.strictObject({ publicKey, label: z.string().max(200).optional() })),
  untrustKey: call<{ removed: boolean }>()(z.strictObject({ publicKey })),
};

/** Calls whose arguments carry a file, and so may be larger than the others. */
export const UPLOAD_CALLS: ReadonlySet<string> = new Set(['previewImport', 'applyImport', 'readBatchFile']);
