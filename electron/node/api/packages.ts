// Handlers of shared/contract/packages.ts.
import { ApiError } from '../../../shared/api.ts';
import type { Handlers } from '../../../shared/contract/define.ts';
import type { packageCalls, SigningKeyInfo } from '../../../shared/contract/packages.ts';
import { keyFingerprint } from '../packages/keys.ts';
import { buildPackage } from '../packages/package.ts';
import { producer } from '../packages/producer.ts';
import { createSigningKey, readSigningKey, signingPublicKey } from '../packages/signing-key.ts';
import type { ApiContext } from './context.ts';

const keyInfo = (publicKey: string | null): SigningKeyInfo => ({
  publicKey,
  fingerprint: publicKey ? keyFingerprint(publicKey) : null,
});

/** `OrgAtlas-<office>-<date>.orgatlas` for one office, `OrgAtlas-<n>-offices-<date>.orgatlas` for more. */
function fileName(offices: string[], date: string): string {
  const what = offices.length === 1 ? offices[0]! : `${offices.length}-offices`;
  return `OrgAtlas-${what}-${date}.orgatlas`;
}

export const packageHandlers = ({ store, writes }: ApiContext): Handlers<typeof packageCalls> => ({
  signingKey() {
    const key = readSigningKey(store.path);
    return keyInfo(key ? signingPublicKey(key) : null);
  },
  createSigningKey: () => writes(() => keyInfo(createSigningKey(store.path))),
  exportPackage({ offices, sign }) {
    const key = sign ? readSigningKey(store.path) : null;
    if (sign && !key) throw new ApiError('bad-request', 'there is no signing key yet; create one first', 'sign');
    const packed = store.officesForPackage(offices);
    const createdAt = new Date().toISOString();
    const bytes = buildPackage(packed, producer(), key ?? undefined, createdAt);
    const names = packed.map((o) => o.parsed.office.name);
    return {
      fileName: fileName(names, createdAt.slice(0, 10)),
      content: Buffer.from(bytes).toString('base64'),
      offices: names,
      signer: key ? signingPublicKey(key) : null,
    };
  },
});
