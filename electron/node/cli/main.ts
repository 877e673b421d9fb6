// `orgatlas`: the command-line tool (see usage.ts). Every failure
// is one line on stderr and a non-zero exit code; nothing below throws past main().
import { ApiError } from '../../../shared/api.ts';
import { DocumentError } from '../documents/load.ts';
import { StoreError } from '../store/errors.ts';
import { UsageError } from './args.ts';
import { runExport, runParse, runSearch, type Output } from './commands.ts';
import { runHistory, runKeygen, runPack, runRollback, runTrust, runUpdates, runVerify } from './history-commands.ts';
import { runImport } from './import-command.ts';
import { PackageError } from '../packages/container.ts';
import { KeyError } from '../packages/keys.ts';
import { commandNames, usage, type CommandName } from './usage.ts';

/** Exit codes: 1 for usage and database errors, 2 for a document that cannot be read. */
export const EXIT_FAILURE = 1;
export const EXIT_UNREADABLE = 2;

const commands: Record<CommandName, (argv: string[], io: Output) => number | Promise<number>> = {
  parse: runParse,
  import: runImport,
  search: runSearch,
  export: runExport,
  history: runHistory,
  rollback: runRollback,
  keygen: runKeygen,
  pack: runPack,
  verify: runVerify,
  trust: runTrust,
  updates: runUpdates,
};

const stdout: Output = { out: (text) => void process.stdout.write(text) };

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

export async function main(argv: string[], io: Output = stdout): Promise<number> {
  const fail = (message: string, code: number) => {
    process.stderr.write(`orgatlas: ${oneLine(message)}\n`);
    return code;
  };
  try {
    const [name, ...rest] = argv;
    if (name === undefined) return fail('missing command (see "orgatlas --help")', EXIT_FAILURE);
    if (name === '--help' || name === '-h' || name === 'help') {
      io.out(usage.main + '\n');
      return 0;
    }
    if (!(commandNames as readonly string[]).includes(name)) {
      return fail(
        `unknown command "${name}" (commands: ${commandNames.join(', ')}; see "orgatlas --help")`,
        EXIT_FAILURE,
      );
    }
    return await commands[name as CommandName](rest, io);
  } catch (err) {
    if (err instanceof DocumentError) return fail(err.message, EXIT_UNREADABLE);
    if (err instanceof PackageError)
      return fail(err.message, err.kind === 'unreadable' ? EXIT_UNREADABLE : EXIT_FAILURE);
    if (err instanceof KeyError) return fail(err.message, EXIT_FAILURE);
    if (err instanceof UsageError || err instanceof StoreError || err instanceof ApiError)
      return fail(err.message, EXIT_FAILURE);
    return fail(`internal error: ${err instanceof Error ? err.message : String(err)}`, EXIT_FAILURE);
  }
}
