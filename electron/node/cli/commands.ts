// The parse, search and export commands and what every command shares (import:
// import-command.ts; history and packages: history-commands.ts). Each returns its exit code;
// failures are thrown as one-line errors.
// Every database is opened through the hosts' composition root, and search goes through
// the same API the app serves, so its limits and defaults are the app's.
import { ApiError } from '../../../shared/api.ts';
import type { OfficeLevel } from '../../../shared/types.ts';
import { loadDocument } from '../documents/load.ts';
import { exportFormats, type ExportFormat } from '../store/export.ts';
import { composeHost, type Host } from '../host/compose.ts';
import { limitError, parseDocumentOptions, parseFlags, parseLimit, UsageError, type FlagCommand } from './args.ts';
import { formatParsed, formatSearch } from './format.ts';
import { LEVELS_LISTED, usage } from './usage.ts';

export interface Output {
  out(text: string): void;
}

/** What opening the database found (a damaged file rebuilt, lost imports): on stderr, not in the output. */
const note = (sentence: string) => void process.stderr.write(`orgatlas: ${sentence}\n`);

/** An explicit --db must exist (except for import, which creates it); else the default database. */
export async function withHost<T>(
  db: string | undefined,
  create: boolean,
  run: (host: Host) => T | Promise<T>,
): Promise<T> {
  const host = composeHost({ env: process.env, dbFlag: db, create, onNotice: note });
  try {
    return await run(host);
  } finally {
    host.close();
  }
}

export type Flags<C extends FlagCommand> = ReturnType<typeof parseFlags<C>>;

/** A command: its flags parsed, --help answered with its usage, else `run`. */
export function defineCommand<C extends FlagCommand>(
  name: C,
  run: (flags: Flags<C>, io: Output) => number | Promise<number>,
): (argv: string[], io: Output) => number | Promise<number> {
  return (argv, io) => {
    const flags = parseFlags(name, argv);
    // Every command has --help; TypeScript cannot see that through the generic.
    const { help }: { help?: boolean } = flags.values;
    if (help) {
      io.out(usage[name] + '\n');
      return 0;
    }
    return run(flags, io);
  };
}

/** The command's one argument; `hint` says what to do instead of giving several. */
export function onePositional(command: string, positionals: string[], what: string, hint: string): string {
  if (positionals.length === 0) throw new UsageError(`${command}: missing ${what} (see "orgatlas ${command} --help")`);
  if (positionals.length > 1) {
    throw new UsageError(`${command}: expected one ${what}, got ${positionals.length} (${hint})`);
  }
  return positionals[0]!;
}

export const runParse = defineCommand('parse', async ({ values, positionals }, io) => {
  const file = onePositional(
    'parse',
    positionals,
    'FILE',
    'parse reads one file at a time; "orgatlas import" takes several',
  );
  const { parsed, format, note: readNote } = await loadDocument(file, parseDocumentOptions(values.options));
  io.out(
    values.json
      ? JSON.stringify(parsed, null, 2) + '\n'
      : formatParsed(file, parsed, { format, ...(readNote ? { note: readNote } : {}) }),
  );
  return 0;
});

/** --office as an id or the office's exact name (or one of its aliases). */
async function resolveOffice(raw: string, client: Host['client']): Promise<number> {
  const offices = await client.listOffices({});
  const byId = /^\d+$/.test(raw) ? offices.find((o) => o.id === Number(raw)) : undefined;
  const named =
    byId ?? offices.find((o) => o.name === raw.trim()) ?? offices.find((o) => o.aliases.includes(raw.trim()));
  if (!named)
    throw new UsageError(
      `search: no office ${/^\d+$/.test(raw) ? 'with id' : 'named'} "${raw}" (see "orgatlas export --format json")`,
    );
  return named.id;
}

export const runSearch = defineCommand('search', async ({ values, positionals }, io) => {
  const query = onePositional('search', positionals, 'QUERY', 'quote a query with spaces');
  const limit = parseLimit(values.limit);
  const { region, level } = values;
  const result = await withHost(values.db, false, async ({ client }) => {
    const officeId = values.office === undefined ? undefined : await resolveOffice(values.office, client);
    // The level is checked by the API; the CLI only passes what was typed.
    return client
      .search({ query, limit, officeId, region, level: level as OfficeLevel | undefined })
      .catch((err: unknown) => {
        // The API refused an argument: name it as the command line spells it.
        if (err instanceof ApiError && err.field === 'limit') throw limitError(values.limit);
        if (err instanceof ApiError && err.field === 'level')
          throw new UsageError(`search: --level must be ${LEVELS_LISTED}, not "${level}"`);
        if (err instanceof ApiError && err.code === 'bad-request') throw new UsageError(`search: ${err.message}`);
        throw err;
      });
  });
  io.out(values.json ? JSON.stringify(result, null, 2) + '\n' : formatSearch(result));
  return 0;
});

export const runExport = defineCommand('export', async ({ values, positionals }, io) => {
  if (positionals.length) throw new UsageError(`export: unexpected argument "${positionals[0]}"`);
  const format = values.format;
  if (format === undefined) throw new UsageError('export: --format json|csv is required');
  if (!exportFormats.includes(format as ExportFormat)) {
    throw new UsageError(`export: unknown format "${format}" (use json or csv)`);
  }
  io.out(await withHost(values.db, false, ({ store }) => store.exportAll(format as ExportFormat)));
  return 0;
});
