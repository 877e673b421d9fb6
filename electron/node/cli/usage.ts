// Help texts of the `orgatlas` command.
import { SEARCH_LIMITS } from '../../../shared/contract/limits.ts';

export const commandNames = ['parse', 'import', 'search', 'export'] as const;
export type CommandName = (typeof commandNames)[number];

const DB_NOTE = `Without --db the app's default database is used (built from the shipped documents
on first use and kept up to date with them, your own imports left as they are;
$ORGATLAS_DB overrides its location).`;

export const usage: Record<CommandName | 'main', string> = {
  main: `orgatlas — the OrgAtlas (机构职能图谱) command-line tool

Usage:
  orgatlas parse FILE [--json] [--options JSON]      parse a document, write nothing
  orgatlas import FILE... [--db PATH] [--options JSON]  import documents (all or none)
  orgatlas search QUERY [--db PATH] [--json] [--limit N]
  orgatlas export [--db PATH] --format json|csv       print the whole database

Run "orgatlas COMMAND --help" for details of one command.
${DB_NOTE}`,
  parse: `Usage: orgatlas parse FILE [--json] [--options JSON]

Parses one office description and prints a summary, or with --json the parsed document.
Writes nothing. Exit 0 when parsed (warnings allowed), 2 when the file is unreadable,
empty or not text.

  --json          print the parsed document as JSON
  --options JSON  {"encoding":"gbk"} forces the encoding; {"name":"…"} overrides the office name`,
  import: `Usage: orgatlas import FILE... [--db PATH] [--options JSON]

Imports documents in one transaction: if any file fails, the database is unchanged.
Re-importing an office (same name) replaces it.

  --db PATH       the database file (created when missing)
  --options JSON  {"encoding":"gbk"} forces the encoding; {"name":"…"} overrides the office
                  name (one file only)

${DB_NOTE}`,
  search: `Usage: orgatlas search QUERY [--db PATH] [--json] [--limit N]

Searches offices, units, duties, people, honours and contacts; best hit first.

  --db PATH   the database file (must exist)
  --json      print the search result as JSON
  --limit N   at most N hits (1-${SEARCH_LIMITS.maxHits}, default ${SEARCH_LIMITS.defaultHits})

${DB_NOTE}`,
  export: `Usage: orgatlas export [--db PATH] --format json|csv

Prints the whole database: json (every office with its sources) or csv (one row per
record, UTF-8 with BOM for spreadsheets).

  --db PATH        the database file (must exist)
  --format FORMAT  json or csv

${DB_NOTE}`,
};
