// Importing many files as one job through the API as every host serves it: each file is read
// when it arrives, nothing is written before the commit, a cancelled job writes nothing and
// cannot be committed, and unreadable files are left out with their sentence.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api.ts';
import { setImmediate } from 'node:timers/promises';
import { generateDirectoryDocuments } from '../../../bench/directory.ts';
import { readDocumentsForImportNow } from '../../../electron/node/store/import.ts';
import { apiClient, seedFile } from './helpers.ts';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
/** A small office of its own per n, as a published page would give it. */
const office = (n: number) =>
  [
    `第${n}测试市外事办公室`,
    '一、主要职责',
    '（一）负责本市外事工作。',
    '二、内设机构',
    '（一）办公室',
    '负责机关日常运转。',
    '（二）护照签证科',
    '负责因公护照和签证工作。',
  ].join('\n');

const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ApiError) return err.message;
    throw err;
  }
  throw new Error('the call was accepted');
};

describe('batch import', () => {
  it('reads each file as it arrives, writes nothing until the commit, then every office at once', async () => {
    const { store, api } = apiClient();
    const { job } = await api.startBatchImport({ files: 3 });
    const reads = [];
    for (const n of [1, 2, 3]) reads.push(await api.readBatchFile({ job, name: `o${n}.txt`, content: b64(office(n)) }));
    const first = { kind: 'first', units: 2, duties: 3 };
    expect(reads).toEqual(
      [1, 2, 3].map((n) => ({
        index: n - 1,
        file: `o${n}.txt`,
        status: 'read',
        offices: [{ office: `第${n}测试市外事办公室`, units: 2, replaces: null, changes: first, warnings: [] }],
      })),
    );
    expect(store.listOffices()).toEqual([]);
    const done = await api.commitBatchImport({ job });
    expect(done.offices.map((o) => [o.office, o.changes])).toEqual([
      ['第1测试市外事办公室', { kind: 'first', units: 2, duties: 3 }],
      ['第2测试市外事办公室', { kind: 'first', units: 2, duties: 3 }],
      ['第3测试市外事办公室', { kind: 'first', units: 2, duties: 3 }],
    ]);
    expect(done.skipped).toEqual([]);
    expect(done.leftOut).toEqual([]);
    expect(store.listOffices().map((o) => o.name)).toEqual([
      '第1测试市外事办公室',
      '第2测试市外事办公室',
      '第3测试市外事办公室',
    ]);
    // The job is over: it cannot be committed twice.
    expect(await refusal(api.commitBatchImport({ job }))).toMatch(/cancelled or has ended/);
    store.close();
  });

  it('a cancelled job writes nothing and cannot be committed or fed', async () => {
    const { store, api } = apiClient();
    const { job } = await api.startBatchImport({ files: 2 });
    await api.readBatchFile({ job, name: 'o1.txt', content: b64(office(1)) });
    expect(await api.cancelBatchImport({ job })).toEqual({ cancelled: true });
    expect(await refusal(api.readBatchFile({ job, name: 'o2.txt', content: b64(office(2)) }))).toMatch(/cancelled/);
    expect(await refusal(api.commitBatchImport({ job }))).toMatch(/cancelled/);
    expect(store.listOffices()).toEqual([]);
    expect(await api.cancelBatchImport({ job })).toEqual({ cancelled: false });
    store.close();
  });

  it('leaves out a binary file and one with no office name, each with one sentence, and imports the rest', async () => {
    const { store, api } = apiClient();
    const { job } = await api.startBatchImport({ files: 3 });
    const binary = Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7]).toString('base64');
    const read = [
      await api.readBatchFile({ job, name: 'scan.bin', content: binary }),
      await api.readBatchFile({ job, name: 'duties.txt', content: b64('（一）负责外事工作。\n（二）负责接待工作。') }),
      await api.readBatchFile({ job, name: 'o1.txt', content: b64(office(1)) }),
    ];
    expect(read.map((r) => r.status)).toEqual(['skipped', 'skipped', 'read']);
    const done = await api.commitBatchImport({ job });
    expect(done.offices.map((o) => o.office)).toEqual(['第1测试市外事办公室']);
    expect(done.skipped.map((s) => s.file)).toEqual(['scan.bin', 'duties.txt']);
    for (const s of done.skipped) {
      expect(s.reason).not.toMatch(/\n|at .*\.ts/);
      expect(s.reason.length).toBeGreaterThan(10);
    }
    expect(done.skipped[1]!.reason).toBe('duties.txt: no office name found in it; import it alone to name the office');
    // Typed, so a UI words them in its language.
    expect(done.skipped.map((s) => s.refusal?.code)).toEqual(['binary', 'batch-no-office-name']);
    store.close();
  });

  it('refuses more files than the job was started for, and a commit before all arrived', async () => {
    const { store, api } = apiClient();
    const { job } = await api.startBatchImport({ files: 2 });
    await api.readBatchFile({ job, name: 'o1.txt', content: b64(office(1)) });
    expect(await refusal(api.commitBatchImport({ job }))).toBe("1 of the import's files were not sent");
    expect(store.listOffices()).toEqual([]);
    const other = (await api.startBatchImport({ files: 1 })).job;
    await api.readBatchFile({ job: other, name: 'o2.txt', content: b64(office(2)) });
    expect(await refusal(api.readBatchFile({ job: other, name: 'o3.txt', content: b64(office(3)) }))).toBe(
      'this import was started for 1 file',
    );
    expect(await refusal(api.readBatchFile({ job: 'nope', name: 'o3.txt', content: b64(office(3)) }))).toMatch(
      /Invalid arguments for readBatchFile \(job\)/,
    );
    store.close();
  });

  it('shows per file what it would change against the stored office, and writes nothing of a file left out', async () => {
    const { store, api } = apiClient();
    const seed = await api.startBatchImport({ files: 1 });
    await api.readBatchFile({ job: seed.job, name: 'o1.txt', content: b64(office(1)) });
    await api.commitBatchImport({ job: seed.job });

    const { job } = await api.startBatchImport({ files: 3 });
    // A new version of office 1: one unit more, and its numbering repeats a label.
    const newer = `${office(1)}\n（三）领事科\n负责领事工作。\n（三）礼宾科\n负责礼宾工作。`;
    const reads = [
      await api.readBatchFile({ job, name: 'o1-new.txt', content: b64(newer) }),
      await api.readBatchFile({ job, name: 'o2.txt', content: b64(office(2)) }),
      await api.readBatchFile({ job, name: 'o3.txt', content: b64(office(3)) }),
    ];
    const [o1] = reads[0]!.status === 'read' ? reads[0]!.offices : [];
    expect(o1).toMatchObject({
      office: '第1测试市外事办公室',
      units: 4,
      replaces: '第1测试市外事办公室',
      changes: { kind: 'changed', unitsAdded: 2, unitsRemoved: 0, renamedTo: null },
    });
    expect(o1!.warnings.map((w) => [w.code, w.params?.label])).toEqual([['duplicate-label', '（三）']]);

    const done = await api.commitBatchImport({ job, leaveOut: [1] });
    expect(done.offices.map((o) => o.office)).toEqual(['第1测试市外事办公室', '第3测试市外事办公室']);
    expect(done.leftOut).toEqual(['o2.txt']);
    expect(store.listOffices().map((o) => o.name)).toEqual(['第1测试市外事办公室', '第3测试市外事办公室']);
    store.close();
  });

  /** A job with `count` directory offices read and waiting for its commit, over a store holding the seed. */
  async function readJob(count: number) {
    const { store, api } = apiClient();
    store.applyUpdateInputs(
      readDocumentsForImportNow([seedFile]).map((d) => ({ file: d.path, parsed: d.parsed, source: d.source })),
    );
    const { job } = await api.startBatchImport({ files: count });
    for (const doc of generateDirectoryDocuments(count))
      await api.readBatchFile({ job, name: doc.file, content: b64(doc.text) });
    return { store, api, job };
  }

  it('cancelled while its commit is being written, rolls it back: nothing was changed', async () => {
    const { store, api, job } = await readJob(120);
    const commit = api.commitBatchImport({ job });
    commit.catch(() => undefined);
    let progress = await api.batchImportProgress({ job });
    while (!(progress.stage === 'writing' && progress.done > 0)) {
      await setImmediate();
      progress = await api.batchImportProgress({ job });
    }
    expect(progress.total).toBe(120);
    expect(progress.done).toBeLessThan(120);
    // Another commit of the same job is refused while it is written.
    expect(await refusal(api.commitBatchImport({ job }))).toBe('this import is being written');
    expect(await api.cancelBatchImport({ job })).toEqual({ cancelled: true });
    expect(await refusal(commit)).toBe('the import was cancelled while it was being written; nothing was changed');
    expect(store.listOffices().map((o) => o.name)).toEqual(['江西省人民政府外事办公室']);
    expect(await refusal(api.batchImportProgress({ job }))).toBe('this import is not being written');
    expect(await api.cancelBatchImport({ job })).toEqual({ cancelled: false });
    store.close();
  });

  it('a single-file Apply given a job id reports its progress and is rolled back by a cancel, as a commit is', async () => {
    const { store, api } = apiClient();
    const job = 'ab'.repeat(16);
    const apply = api.applyImport({ name: 'o1.txt', content: b64(office(1)), job });
    apply.catch(() => undefined);
    let progress = await api.batchImportProgress({ job }).catch(() => undefined);
    while (!progress) {
      await setImmediate();
      progress = await api.batchImportProgress({ job }).catch(() => undefined);
    }
    expect(progress.total).toBe(1);
    expect(await api.cancelBatchImport({ job })).toEqual({ cancelled: true });
    expect(await refusal(apply)).toBe('the import was cancelled while it was being written; nothing was changed');
    expect(store.listOffices()).toEqual([]);
    expect(await refusal(api.batchImportProgress({ job }))).toBe('this import is not being written');
    // Not cancelled, the same Apply writes its office.
    const done = await api.applyImport({ name: 'o1.txt', content: b64(office(1)), job });
    expect(done.offices.map((o) => o.office)).toEqual(['第1测试市外事办公室']);
    expect(store.listOffices().map((o) => o.name)).toEqual(['第1测试市外事办公室']);
    store.close();
  });

  it('a cancel that comes after the commit was made says it cancelled nothing', async () => {
    const { store, api, job } = await readJob(3);
    const done = await api.commitBatchImport({ job });
    expect(done.offices).toHaveLength(3);
    expect(await api.cancelBatchImport({ job })).toEqual({ cancelled: false });
    expect(store.listOffices()).toHaveLength(4);
    store.close();
  });
});
