// Command-line parsing: flags per command (node:util parseArgs, strict) and the --options
// JSON (zod, strict). Every mistake becomes one UsageError line.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { DocumentOptions } from '../documents/load.ts';
import { SEARCH_LIMITS } from '../../../shared/contract/limits.ts';

export class UsageError extends Error {}

const flagSpecs = {
  parse: { json: { type: 'boolean' }, options: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  import: {
    db: { type: 'string' },
    options: { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
    yes: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  search: {
    db: { type: 'string' },
    json: { type: 'boolean' },
    limit: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    office: { type: 'string' },
    region: { type: 'string' },
    level: { type: 'string' },
  },
  export: { db: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  history: { db: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  rollback: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  keygen: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  pack: {
    db: { type: 'string' },
    out: { type: 'string' },
    sign: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  verify: { db: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  updates: {
    db: { type: 'string' },
    json: { type: 'boolean' },
    accept: { type: 'string' },
    dismiss: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  trust: {
    db: { type: 'string' },
    json: { type: 'boolean' },
    label: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
} as const;

export type FlagCommand = keyof typeof flagSpecs;

/**
 * `--limit -5` as `--limit=-5`: parseArgs calls a value that starts with a dash "ambiguous",
 * while a negative number is plainly a value, to be refused by the option's own check.
 */
function attachNegativeNumbers(options: Record<string, { type: string }>, argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (arg.startsWith('--') && options[arg.slice(2)]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

export function parseFlags<C extends FlagCommand>(command: C, argv: string[]) {
  try {
    const args = attachNegativeNumbers(flagSpecs[command], argv);
    return parseArgs({ args, options: flagSpecs[command], allowPositionals: true, strict: true });
  } catch (err) {
    // Node's messages add advice over several sentences; the first one says what is wrong.
    const first = (err instanceof Error ? err.message : String(err)).split(/\.\s/)[0]!.replace(/\.$/, '');
    throw new UsageError(`${command}: ${first} (see "orgatlas ${command} --help")`);
  }
}

function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

const documentOptionsSchema = z.strictObject({
  encoding: z
    .string()
    .refine(isKnownEncoding, 'not an encoding this system knows (try "utf-8", "gbk", "gb18030")')
    .optional(),
  name: z.string().trim().min(1, 'must not be empty').optional(),
});

export function parseDocumentOptions(raw: string | undefined): DocumentOptions {
  if (raw === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new UsageError(`--options is not valid JSON: ${raw}`);
  }
  const result = documentOptionsSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length ? `"${issue.path.join('.')}" ` : '';
    const message =
      issue.code === 'unrecognized_keys' ? `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
    throw new UsageError(`--options: ${where}${message} (allowed keys: "encoding", "name")`);
  }
  return result.data;
}

export function limitError(raw: string | undefined): UsageError {
  return new UsageError(`--limit must be a whole number from 1 to ${SEARCH_LIMITS.maxHits}, not "${raw ?? ''}"`);
}

/** A whole number; whether it is in range is the API's to say (see commands.ts). */
export function parseLimit(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^-?\d+$/.test(raw)) throw limitError(raw);
  return Number(raw);
}
