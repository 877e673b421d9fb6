// The import, history and trust calls through the API as every host serves them (validated
// dispatch over a real store): preview writes nothing, apply writes the corrected office,
// history and rollback, and data packages with their signer checks.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateKeyFile, loadPrivateKey } from '../../../electron/node/packages/keys.ts';
import { buildPackage, openPackage } from '../../../electron/node/packages/package.ts';
import { ApiError } from '../../../shared/api.ts';
import { anchorOf } from '../../../shared/corrections/index.ts';
import { apiClient, SEED_OFFICE, seedFile, tempDir } from './helpers.ts';

const seed = readFileSync(seedFile);
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const lines = seed.toString('utf8').split('\n');

const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ApiError) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error('the call was accepted');
};

describe('import preview and apply', () => {
  it('previews the source with its line roles, the tree and the diff, and writes nothing', async () => {
    const { store, api } = apiClient();
    const preview = await api.previewImport({ name: 'seed.txt', content: b64(seed) });
    expect(preview.kind).toBe('document');
    const [office] = preview.offices;
    expect(office).toMatchObject({ office: SEED_OFFICE, replaces: false, correctable: true, file: 'seed.txt' });
    expect(office!.lines[22]).toMatch(/^四、亚洲处/);
    expect(office!.lineRoles.find((r) => r.line === 23)!.role).toBe('unit-heading');
    expect(office!.lineRoles.find((r) => r.line === 24)!.role).toBe('unit-duty');
    expect(office!.tree.units.map((u) => u.name)).toHaveLength(9);
    expect(office!.diff.unitsAdded).toHaveLength(9);
    expect(store.listOffices()).toEqual([]);
    store.close();
  });

  it('applies with corrections in one call, and the next preview of the same file shows them in force', async () => {
    const { store, api } = apiClient();
    const corrections = [
      { kind: 'merge' as const, unit: anchorOf(lines, 21), into: anchorOf(lines, 19), name: '出国和领事处' },
    ];
    const applied = await api.applyImport({ name: 'seed.txt', content: b64(seed), corrections });
    expect(applied.offices).toEqual([
      { officeId: expect.any(Number), office: SEED_OFFICE, changes: { kind: 'first', units: 8, duties: 18 } },
    ]);
    const hits = store.search('出国和领事处').hits;
    expect(hits[0]).toMatchObject({ kind: 'unit', unit: '出国和领事处' });

    const again = await api.previewImport({ name: 'seed.txt', content: b64(seed) });
    expect(again.offices[0]!.corrections).toEqual(corrections);
    expect(again.offices[0]!.diff.summary).toBe('无变化');
    store.close();
  });

  it('refuses a file that is no document, and bad arguments, with one sentence', async () => {
    const { store, api } = apiClient();
    expect(
      await refusal(
        api.previewImport({ name: 'x.png', content: b64(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3])) }),
      ),
    ).toMatchObject({ code: 'bad-request', message: expect.stringMatching(/^x\.png: /) });
    expect(await refusal(api.previewImport({ name: 'a.txt', content: '***' }))).toMatchObject({ code: 'bad-request' });
    expect(await refusal(api.rollbackOffice({ office: SEED_OFFICE, version: 1 }))).toMatchObject({ code: 'not-found' });
    store.close();
  });
});

describe('history, diff and rollback', () => {
  it('lists versions, diffs two and rolls back', async () => {
    const { store, api } = apiClient();
    await api.applyImport({ name: 'v1.txt', content: b64(seed) });
    const newer = Buffer.from(seed.toString('utf8').replace('五、欧洲处', '五、欧洲事务处'));
    const preview = await api.previewImport({ name: 'v2.txt', content: b64(newer) });
    expect(preview.offices[0]!.diff.summary).toBe('更名 1 个处室');
    await api.applyImport({ name: 'v2.txt', content: b64(newer) });

    const history = await api.officeHistory({ office: SEED_OFFICE });
    expect(history.versions.map((v) => [v.number, v.sourceFile])).toEqual([
      [2, 'v2.txt'],
      [1, 'v1.txt'],
    ]);
    expect((await api.versionDiff({ office: SEED_OFFICE, from: 1, to: 2 })).diff.unitsRenamed[0]!.after.name).toBe(
      '欧洲事务处',
    );
    expect(await api.rollbackOffice({ office: SEED_OFFICE, version: 1 })).toMatchObject({ number: 3, restoredFrom: 1 });
    expect(store.search('欧洲处').hits[0]).toMatchObject({ unit: '欧洲处' });
    store.close();
  });
});

describe('data packages through the API', () => {
  async function packageBytes(sign: boolean) {
    const { store, api } = apiClient();
    await api.applyImport({ name: 'seed.txt', content: b64(seed) });
    const keyFile = path.join(tempDir(), 'k.key');
    const publicKey = generateKeyFile(keyFile);
    const bytes = buildPackage(store.officesForPackage(), 'test', sign ? loadPrivateKey(keyFile) : undefined);
    store.close();
    return { bytes, publicKey };
  }

  it('shows the signer, asks before an unknown signer, and imports once confirmed or trusted', async () => {
    const { bytes, publicKey } = await packageBytes(true);
    const { store, api } = apiClient();
    const preview = await api.previewImport({ name: 'dir.orgatlas', content: b64(bytes) });
    expect(preview).toMatchObject({
      kind: 'package',
      package: { signer: publicKey, trusted: false, producer: 'test' },
    });
    expect(preview.offices[0]).toMatchObject({ office: SEED_OFFICE, correctable: false });
    expect(await refusal(api.applyImport({ name: 'dir.orgatlas', content: b64(bytes) }))).toMatchObject({
      code: 'bad-request',
      message: 'dir.orgatlas is signed by a key you do not trust; confirm to import it anyway',
    });
    expect(store.listOffices()).toEqual([]);
    await api.trustKey({ publicKey, label: 'ministry' });
    expect((await api.previewImport({ name: 'dir.orgatlas', content: b64(bytes) })).package!.trusted).toBe(true);
    await api.applyImport({ name: 'dir.orgatlas', content: b64(bytes) });
    expect(store.listOffices().map((o) => o.name)).toEqual([SEED_OFFICE]);
    expect(await api.trustedKeys({})).toEqual([
      {
        publicKey,
        label: 'ministry',
        addedAt: expect.any(String),
        fingerprint: expect.stringMatching(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/),
      },
    ]);
    store.close();
  });

  it('refuses an altered package even when confirmed', async () => {
    const { bytes } = await packageBytes(false);
    const altered = Buffer.from(bytes);
    // Flip one byte inside the stored (compressed) data of the first part.
    altered[200] = altered[200]! ^ 0xff;
    const { store, api } = apiClient();
    const r = await refusal(
      api.applyImport({ name: 'bad.orgatlas', content: b64(altered), confirmUnverifiedSigner: true }),
    );
    expect(r).toMatchObject({ code: 'bad-request', message: expect.stringMatching(/^bad\.orgatlas: refused/) });
    expect(store.listOffices()).toEqual([]);
    store.close();
  });
});

describe('exporting packages from the app', () => {
  it('exports the chosen offices unsigned, or signed with the key it keeps beside the database', async () => {
    const { api } = apiClient();
    await api.applyImport({ name: 'seed.txt', content: b64(seed) });
    expect(await api.signingKey({})).toEqual({ publicKey: null, fingerprint: null });
    expect(await refusal(api.exportPackage({ offices: [], sign: true }))).toEqual({
      code: 'bad-request',
      message: 'there is no signing key yet; create one first',
    });
    const unsigned = await api.exportPackage({ offices: [SEED_OFFICE], sign: false });
    expect(unsigned).toMatchObject({ offices: [SEED_OFFICE], signer: null });
    expect(unsigned.fileName).toMatch(/^OrgAtlas-江西省人民政府外事办公室-\d{4}-\d{2}-\d{2}\.orgatlas$/);
    expect(openPackage(Buffer.from(unsigned.content, 'base64')).info.signer).toBeNull();

    const made = await api.createSigningKey({});
    expect(made.publicKey).toMatch(/^ed25519:/);
    // The fingerprint, computed here on its own: sha256 of the key's 32 bytes, 16 hex digits in fours.
    const digest = createHash('sha256')
      .update(Buffer.from(made.publicKey!.slice('ed25519:'.length), 'base64'))
      .digest('hex');
    expect(made.fingerprint).toBe(
      `${digest.slice(0, 4)} ${digest.slice(4, 8)} ${digest.slice(8, 12)} ${digest.slice(12, 16)}`,
    );
    expect(await api.signingKey({})).toEqual(made);
    expect((await refusal(api.createSigningKey({}))).message).toMatch(/already exists; keygen never overwrites a key/);

    const signed = await api.exportPackage({ offices: [], sign: true });
    expect(signed).toMatchObject({ offices: [SEED_OFFICE], signer: made.publicKey });
    const opened = openPackage(Buffer.from(signed.content, 'base64'));
    expect(opened.info.signer).toBe(made.publicKey);
    expect(opened.offices.map((o) => o.parsed.office.name)).toEqual([SEED_OFFICE]);
    expect(await refusal(api.exportPackage({ offices: ['没有这个机构'], sign: false }))).toMatchObject({
      code: 'not-found',
    });
  });

  it('lists trusted keys with their fingerprints', async () => {
    const { api } = apiClient();
    const key = generateKeyFile(path.join(tempDir(), 'k.pem'));
    await api.trustKey({ publicKey: key, label: '省外办' });
    const [listed] = await api.trustedKeys({});
    expect(listed).toMatchObject({ publicKey: key, label: '省外办' });
    expect(listed!.fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
  });
});

describe('corrections in provenance', () => {
  it('a source line the user corrected says so, and how; the others carry nothing', async () => {
    const { store, api } = apiClient();
    const corrections = [
      { kind: 'merge' as const, unit: anchorOf(lines, 21), into: anchorOf(lines, 19), name: '出国和领事处' },
      { kind: 'role' as const, at: anchorOf(lines, 22), role: 'ignored' as const },
    ];
    const applied = await api.applyImport({ name: 'seed.txt', content: b64(seed), corrections });
    const sourceId = (await api.getOffice({ officeId: applied.offices[0]!.officeId })).source.id;
    const shown = await api.getSourceLines({ sourceId, from: 19, to: 23 });
    expect(shown.map((l) => [l.line, l.corrected])).toEqual([
      [19, undefined],
      [20, undefined],
      [21, [{ kind: 'merge', into: 19, name: '出国和领事处' }]],
      [22, [{ kind: 'role', role: 'ignored' }]],
      [23, undefined],
    ]);
    // Imported again without corrections: provenance no longer shows any.
    await api.applyImport({ name: 'seed.txt', content: b64(seed), corrections: [] });
    const office = store.listOffices()[0]!;
    const plain = await api.getSourceLines({ sourceId: store.getOffice(office.id).source.id, from: 21, to: 22 });
    expect(plain.map((l) => l.corrected)).toEqual([undefined, undefined]);
    store.close();
  });
});

describe('an office under a new name', () => {
  const text = (name: string, units: string[], intro = `${name}是县政府工作部门。`) =>
    [
      name,
      intro,
      '主要职责',
      '一、负责全县文化和广播电视工作。',
      '二、负责全县文物保护工作。',
      '内设机构',
      ...units.flatMap((u, i) => [`${'一二三四五'[i]}、${u}`, `负责${u}的日常工作。`]),
    ].join('\n');
  const upload = (name: string, units: string[], intro?: string) => ({
    name: `${name}.txt`,
    content: b64(Buffer.from(text(name, units, intro))),
  });
  const OLD = '青溪县文化广电新闻出版局';
  const NEW = '青溪县文化广电旅游局';
  const RENAMED = `${NEW}是县政府工作部门，由原${OLD}更名组建。`;

  it('continues the stored office it replaces: one office, one line of versions', async () => {
    const { store, api } = apiClient();
    await api.applyImport(upload(OLD, ['办公室', '艺术科']));
    const preview = await api.previewImport(upload(NEW, ['办公室', '艺术科', '文物科'], RENAMED));
    expect(preview.offices[0]).toMatchObject({ replaces: false, sameOffice: { office: OLD, reason: 'stated' } });
    expect(preview.offices[0]!.diff.summary).toBe(`机构名称改为“${NEW}”，新增 1 个处室`);
    await api.applyImport({ ...upload(NEW, ['办公室', '艺术科', '文物科'], RENAMED), replaceOffice: OLD });
    expect(store.listOffices().map((o) => o.name)).toEqual([NEW]);
    const history = await api.officeHistory({ office: NEW });
    expect(history.versions.map((v) => [v.number, v.summary])).toEqual([
      [2, `机构名称改为“${NEW}”，新增 1 个处室`],
      [1, '首次收录：2 个处室，4 项职责'],
    ]);
    store.close();
  });

  it('is a new office beside the other when the user says it replaces none', async () => {
    const { store, api } = apiClient();
    await api.applyImport(upload(OLD, ['办公室', '艺术科']));
    const preview = await api.previewImport({ ...upload(NEW, ['办公室'], RENAMED), replaceOffice: null });
    expect(preview.offices[0]!.sameOffice).toBeNull();
    expect(preview.offices[0]!.diff.summary).toBe('首次收录：1 个处室，3 项职责');
    await api.applyImport({ ...upload(NEW, ['办公室'], RENAMED), replaceOffice: null });
    expect(
      store
        .listOffices()
        .map((o) => o.name)
        .sort(),
    ).toEqual([OLD, NEW].sort());
    store.close();
  });
});

describe('an office alike to a stored one under another name', () => {
  it('is offered in the preview as the office it replaces, and replaces it only when the apply says so', async () => {
    const { store, api } = apiClient();
    const doc = (name: string) => ({
      name: `${name}.txt`,
      content: b64(
        Buffer.from(
          [
            name,
            '主要职责',
            '一、负责全县文化艺术事业发展规划的拟订和组织实施工作。',
            '二、负责全县广播电视和网络视听节目的监督管理工作。',
            '内设机构',
            '一、办公室',
            '负责机关文电、会务和档案等日常运转工作。',
            '二、艺术科',
            '负责艺术创作生产和艺术团体的指导管理工作。',
            '三、广播电视科',
            '负责广播电视节目和传输覆盖的监督管理工作。',
          ].join('\n'),
        ),
      ),
    });
    await api.applyImport(doc('青溪县文化广电新闻出版局'));
    const preview = await api.previewImport(doc('青溪县文化广电旅游局'));
    expect(preview.offices[0]!.sameOffice).toEqual({ office: '青溪县文化广电新闻出版局', reason: 'similar' });
    // An apply that names nothing (the command line) only follows what a document states.
    await api.applyImport(doc('青溪县文化广电旅游局'));
    expect(store.listOffices()).toHaveLength(2);
    store.close();
  });
});
