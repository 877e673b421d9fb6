// Handlers of shared/contract/history.ts.
import { ApiError } from '../../../shared/api.ts';
import type { Handlers } from '../../../shared/contract/define.ts';
import type { historyCalls } from '../../../shared/contract/history.ts';
import type { Correction } from '../../../shared/corrections/index.ts';
import { refusal as refusalOf, refusalLine, type DocumentRefusal } from '../../../shared/documents/refusals.ts';
import type { AppliedImport, ImportPreview, PreviewOffice } from '../../../shared/imports/types.ts';
import { readUpload, type Upload } from '../imports/upload.ts';
import { keyFingerprint } from '../packages/keys.ts';
import { packageInputs } from '../store/package-store.ts';
import type { Store } from '../store/store.ts';
import type { DocumentUpdate, UpdateInput } from '../store/update.ts';
import type { ApiContext } from './context.ts';

function previewOffice(update: DocumentUpdate, correctable: boolean): PreviewOffice {
  return {
    file: update.file,
    office: update.parsed.office.name,
    replaces: update.replaces,
    sameOffice: update.sameOffice,
    lines: update.source.lines,
    lineRoles: update.parsed.lineRoles,
    tree: update.parsed.office,
    diagnostics: update.parsed.diagnostics,
    diff: update.diff,
    corrections: update.corrections,
    unapplied: update.unapplied,
    correctable,
  };
}

/** What the user said about a document: its corrections, and which office it replaces (see UpdateInput). */
interface Choices {
  corrections?: Correction[];
  replaceOffice?: string | null;
  /** A preview also offers an office that is merely alike; an apply takes the user's answer. */
  guessSimilar?: boolean;
}

export function inputsOf(upload: Upload, file: string, choices: Choices): UpdateInput[] {
  if (upload.kind === 'package') return packageInputs(upload.pkg, file);
  const { parsed, source } = upload.document;
  return [{ file, parsed, source: { ...source, path: file }, ...choices }];
}

async function preview(store: Store, name: string, content: string, choices: Choices): Promise<ImportPreview> {
  const upload = await readUpload(name, content);
  const updates = store.planUpdates(inputsOf(upload, name, choices));
  if (upload.kind === 'document')
    return { kind: 'document', offices: updates.map((u) => previewOffice(u, true)), package: null };
  const { signer, producer, createdAt } = upload.pkg.info;
  return {
    kind: 'package',
    offices: updates.map((u) => previewOffice(u, false)),
    package: { signer, producer, createdAt, trusted: signer !== null && store.isTrusted(signer) },
  };
}

/** What an applied write reports per office. */
export const appliedOffices = (officeIds: number[], updates: DocumentUpdate[]): AppliedImport['offices'] =>
  updates.map((u, i) => ({ officeId: officeIds[i]!, office: u.parsed.office.name, changes: u.diff.changes }));

/** Why an upload cannot be applied as it is (an untrusted package not confirmed, a document with no office name), or null. */
export function refusal(
  store: Store,
  upload: Upload,
  name: string,
  { corrections, confirmUnverifiedSigner }: { corrections?: Correction[]; confirmUnverifiedSigner?: boolean },
): { why: DocumentRefusal; field?: string } | null {
  if (upload.kind === 'package') {
    const signer = upload.pkg.info.signer;
    if (signer !== null && store.isTrusted(signer)) return null;
    if (confirmUnverifiedSigner) return null;
    return {
      why: refusalOf('package-untrusted', { context: signer ? 'signed' : 'unsigned' }),
      field: 'confirmUnverifiedSigner',
    };
  }
  const { parsed } = upload.document;
  const named = corrections?.some((c) => c.kind === 'office-name');
  if (!named && (!parsed.office.name.trim() || parsed.diagnostics.some((d) => d.code === 'no-office-name'))) {
    return { why: refusalOf('apply-no-office-name', {}) };
  }
  return null;
}

export const historyHandlers = ({ store, writes, stepped }: ApiContext): Handlers<typeof historyCalls> => ({
  previewImport: ({ name, content, corrections, replaceOffice }) =>
    preview(store, name, content, { corrections, replaceOffice, guessSimilar: replaceOffice === undefined }),
  async applyImport({ name, content, corrections, replaceOffice, confirmUnverifiedSigner, job }) {
    const upload = await readUpload(name, content);
    const refused = refusal(store, upload, name, { corrections, confirmUnverifiedSigner });
    if (refused) {
      throw new ApiError('bad-request', refusalLine(name, refused.why), refused.field, {
        file: name,
        refusal: refused.why,
      });
    }
    const inputs = inputsOf(upload, name, { corrections, replaceOffice });
    // With a job id, written in steps that batchImportProgress and cancelBatchImport reach.
    const { officeIds, updates } = job
      ? await stepped.run(job, inputs.length, (steps) => writes(() => store.applyUpdateInputsInSteps(inputs, steps)))
      : await writes(() => store.applyUpdateInputs(inputs));
    return { offices: appliedOffices(officeIds, updates) };
  },
  officeHistory({ office }) {
    const versions = store.history(office);
    const name = store.resolveOffice(office);
    return {
      office: name,
      versions,
      shippedUpdates: store.shippedOffers(name).map(({ file, foundAt }) => ({ file, foundAt })),
    };
  },
  versionDiff: ({ office, from, to }) => store.diffVersions(office, from, to),
  rollbackOffice: ({ office, version }) => writes(() => store.rollback(office, version)),
  trustedKeys: () => store.trustedKeys().map((k) => ({ ...k, fingerprint: keyFingerprint(k.publicKey) })),
  async trustKey({ publicKey, label }) {
    await writes(() => store.trustKey(publicKey, label ?? ''));
    return { publicKey };
  },
  untrustKey: async ({ publicKey }) => ({ removed: await writes(() => store.untrustKey(publicKey)) }),
});
