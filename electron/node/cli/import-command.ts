// `orgatlas import`: documents and data packages, all in one transaction, or with --dry-run
// only what each office would change.
import { readDocumentsForImport } from '../store/import.ts';
import { packageInputs } from '../store/package-store.ts';
import type { UpdateInput } from '../store/update.ts';
import { isPackageFile, readPackageFile } from '../packages/file.ts';
import { parseDocumentOptions, UsageError } from './args.ts';
import { defineCommand, withHost } from './commands.ts';
import { formatImport } from './format.ts';
import { formatPlan, planJson, type PlannedImport } from './format-history.ts';
import { updateReport } from '../store/update.ts';

export const runImport = defineCommand('import', async ({ values, positionals }, io) => {
  if (positionals.length === 0) throw new UsageError('import: missing FILE (see "orgatlas import --help")');
  const options = parseDocumentOptions(values.options);
  if (options.name !== undefined && positionals.length > 1) {
    throw new UsageError('import: --options "name" applies to one file only');
  }
  const dryRun = values['dry-run'] ?? false;
  if (values.json && !dryRun) throw new UsageError('import: --json goes with --dry-run');
  // Everything is read and checked before the database is opened: a bad file never creates an empty one.
  const packagePaths = positionals.filter(isPackageFile);
  const documents = await readDocumentsForImport(
    positionals.filter((p) => !packagePaths.includes(p)),
    options,
  );
  const packages = packagePaths.map((path) => ({ path, pkg: readPackageFile(path) }));

  return await withHost(values.db, !dryRun, ({ store }) => {
    const signers = new Map<UpdateInput, PlannedImport['signer']>();
    const inputs: UpdateInput[] = documents.map((d) => ({ file: d.path, parsed: d.parsed, source: d.source }));
    for (const { path, pkg } of packages) {
      const publicKey = pkg.info.signer;
      const trusted = publicKey !== null && store.isTrusted(publicKey);
      if (!trusted && !dryRun && !values.yes) {
        const why = publicKey ? `is signed by ${publicKey}, a key this database does not trust` : 'is not signed';
        throw new UsageError(
          `import: ${path} ${why}; nothing was imported (check it with "orgatlas verify", then run again with --yes${publicKey ? ', or trust the key with "orgatlas trust add KEY"' : ''})`,
        );
      }
      for (const input of packageInputs(pkg, path)) {
        inputs.push(input);
        signers.set(input, { publicKey, trusted });
      }
    }
    if (dryRun) {
      const plans = store.planUpdates(inputs).map((update, i) => ({ update, signer: signers.get(inputs[i]!) }));
      io.out(
        values.json
          ? JSON.stringify({ dryRun: true, offices: plans.map(planJson) }, null, 2) + '\n'
          : plans.map(formatPlan).join(''),
      );
      return 0;
    }
    const { officeIds, updates } = store.applyUpdateInputs(inputs);
    // Documents come first in `inputs`, in order; each report names the format its file was read as.
    updates.forEach((update, i) =>
      io.out(formatImport({ ...updateReport(update, officeIds[i]!), format: documents[i]?.format })),
    );
    return 0;
  });
});
