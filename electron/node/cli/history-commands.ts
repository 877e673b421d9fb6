// `orgatlas history`, `rollback`, `keygen`, `pack`, `verify`, `trust` and `updates`.
import { basename } from 'node:path';
import { PackageError } from '../packages/container.ts';
import { readPackageFile, writePackageFile } from '../packages/file.ts';
import { generateKeyFile, loadPrivateKey, parsePublicKey } from '../packages/keys.ts';
import { buildPackage } from '../packages/package.ts';
import { producer } from '../packages/producer.ts';
import { UsageError } from './args.ts';
import { defineCommand, onePositional, withHost } from './commands.ts';
import { formatHistory, formatPackageInfo } from './format-history.ts';

export const runHistory = defineCommand('history', async ({ values, positionals }, io) => {
  const office = onePositional('history', positionals, 'OFFICE', 'quote an office name with spaces');
  return await withHost(values.db, false, ({ store }) => {
    const versions = store.history(office);
    const name = store.resolveOffice(office);
    const offers = store.shippedOffers(name);
    if (values.json) {
      io.out(JSON.stringify({ office: name, versions, shippedUpdates: offers }, null, 2) + '\n');
    } else {
      io.out(formatHistory(name, versions));
      for (const o of offers) io.out(`  a newer shipped copy (${o.file}) is waiting; your version was kept\n`);
    }
    return 0;
  });
});

function versionNumber(raw: string): number {
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1)
    throw new UsageError(`rollback: VERSION must be a version number (1, 2, …), not "${raw}"`);
  return Number(raw);
}

export const runRollback = defineCommand('rollback', async ({ values, positionals }, io) => {
  if (positionals.length !== 2)
    throw new UsageError('rollback: expected OFFICE VERSION (see "orgatlas rollback --help")');
  const [office, raw] = positionals as [string, string];
  const number = versionNumber(raw);
  const report = await withHost(values.db, false, ({ store }) => store.rollback(office, number));
  io.out(`rolled back ${report.office}: version ${report.restoredFrom} is now version ${report.number}\n`);
  return 0;
});

export const runKeygen = defineCommand('keygen', async ({ values, positionals }, io) => {
  if (positionals.length) throw new UsageError(`keygen: unexpected argument "${positionals[0]}"`);
  if (!values.out) throw new UsageError('keygen: --out KEYFILE is required');
  io.out(generateKeyFile(values.out) + '\n');
  return 0;
});

export const runPack = defineCommand('pack', async ({ values, positionals }, io) => {
  if (!values.out) throw new UsageError('pack: --out FILE.orgatlas is required');
  const key = values.sign === undefined ? undefined : loadPrivateKey(values.sign);
  const offices = await withHost(values.db, false, ({ store }) => store.officesForPackage(positionals));
  writePackageFile(values.out, buildPackage(offices, producer(), key));
  const signed = key ? 'signed' : 'unsigned';
  io.out(`packed ${offices.length} ${offices.length === 1 ? 'office' : 'offices'} into ${values.out} (${signed})\n`);
  return 0;
});

export const runVerify = defineCommand('verify', async ({ values, positionals }, io) => {
  const file = onePositional('verify', positionals, 'FILE.orgatlas', 'verify checks one package at a time');
  let info;
  try {
    info = readPackageFile(file).info;
  } catch (err) {
    if (values.json && err instanceof PackageError) {
      io.out(
        JSON.stringify({ file: basename(file), intact: false, problem: err.kind, message: err.message }, null, 2) +
          '\n',
      );
    }
    throw err;
  }
  let trusted: boolean | null = null;
  const signer = info.signer;
  if (values.db !== undefined && signer)
    trusted = await withHost(values.db, false, ({ store }) => store.isTrusted(signer));
  io.out(
    values.json
      ? JSON.stringify(
          { file: basename(file), intact: true, ...info, signer: info.signer ?? 'unsigned', trusted },
          null,
          2,
        ) + '\n'
      : formatPackageInfo(basename(file), info, trusted),
  );
  return 0;
});

export const runTrust = defineCommand('trust', async ({ values, positionals }, io) => {
  const [action, key, ...rest] = positionals;
  if (rest.length) throw new UsageError(`trust: unexpected argument "${rest[0]}"`);
  if (action === 'list' && key === undefined) {
    const keys = await withHost(values.db, false, ({ store }) => store.trustedKeys());
    io.out(
      values.json
        ? JSON.stringify(keys, null, 2) + '\n'
        : keys.length
          ? keys.map((k) => `${k.publicKey}  ${k.label}`.trimEnd()).join('\n') + '\n'
          : 'no trusted keys\n',
    );
    return 0;
  }
  if ((action === 'add' || action === 'remove') && key !== undefined) {
    if (action === 'add') {
      parsePublicKey(key); // before the database is opened (and perhaps created)
      await withHost(values.db, true, ({ store }) => store.trustKey(key, values.label ?? ''));
      io.out(`trusted ${key}\n`);
    } else {
      const removed = await withHost(values.db, false, ({ store }) => store.untrustKey(key));
      if (!removed) throw new UsageError(`trust: ${key} was not trusted`);
      io.out(`no longer trusted: ${key}\n`);
    }
    return 0;
  }
  throw new UsageError('trust: expected "list", "add KEY" or "remove KEY" (see "orgatlas trust --help")');
});

export const runUpdates = defineCommand('updates', async ({ values, positionals }, io) => {
  if (positionals.length) throw new UsageError(`updates: unexpected argument "${positionals[0]}"`);
  if (values.accept !== undefined && values.dismiss !== undefined)
    throw new UsageError('updates: give --accept or --dismiss, not both');
  return await withHost(values.db, false, ({ store, paths }) => {
    if (values.accept !== undefined) {
      store.acceptShippedOffer(values.accept, paths.dataDir);
      io.out(`accepted the shipped ${values.accept}\n`);
    } else if (values.dismiss !== undefined) {
      store.dismissShippedOffer(values.dismiss);
      io.out(`dismissed the shipped ${values.dismiss}; your version stays\n`);
    } else {
      const offers = store.shippedOffers();
      io.out(
        values.json
          ? JSON.stringify(offers, null, 2) + '\n'
          : offers.length
            ? offers.map((o) => `${o.file}  ${o.office}  (found ${o.foundAt.slice(0, 10)})`).join('\n') + '\n'
            : 'no shipped updates are waiting\n',
      );
    }
    return 0;
  });
});
