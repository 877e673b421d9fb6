// Help texts of the `orgatlas` command.
import { SEARCH_LIMITS } from '../../../shared/contract/limits.ts';
import { OFFICE_LEVELS } from '../../../shared/types.ts';

/** The office levels as a sentence lists them (…, county or township). */
export const LEVELS_LISTED = `${OFFICE_LEVELS.slice(0, -1).join(', ')} or ${OFFICE_LEVELS.at(-1)}`;

export const commandNames = [
  'parse',
  'import',
  'search',
  'export',
  'history',
  'rollback',
  'keygen',
  'pack',
  'verify',
  'trust',
  'updates',
] as const;
export type CommandName = (typeof commandNames)[number];

const DB_NOTE = `Without --db the app's default database is used (built from the shipped documents
on first use and kept up to date with them, your own imports left as they are;
$ORGATLAS_DB overrides its location).`;

export const usage: Record<CommandName | 'main', string> = {
  main: `orgatlas — the OrgAtlas (机构职能图谱) command-line tool

Usage:
  orgatlas parse FILE [--json] [--options JSON]      parse a document, write nothing
  orgatlas import FILE... [--db PATH] [--options JSON]  import documents (all or none)
  orgatlas search QUERY [--db PATH] [--json] [--limit N] [--office ID|NAME] [--region NAME] [--level LEVEL]
  orgatlas export [--db PATH] --format json|csv       print the whole database
  orgatlas import FILE... --dry-run [--json]          what an import would change; writes nothing
  orgatlas history OFFICE [--db PATH] [--json]        an office's versions, newest first
  orgatlas rollback OFFICE VERSION [--db PATH]        make an old version the newest one
  orgatlas keygen --out KEYFILE                       a new Ed25519 signing key
  orgatlas pack --out FILE.orgatlas [--sign KEYFILE] [OFFICE...]  a data package
  orgatlas verify FILE.orgatlas [--json]              whether a data package is intact, and its signer
  orgatlas trust list|add KEY|remove KEY              the signers whose packages you trust
  orgatlas updates [--accept FILE | --dismiss FILE]   shipped updates kept from your own versions

Run "orgatlas COMMAND --help" for details of one command.
${DB_NOTE}`,
  parse: `Usage: orgatlas parse FILE [--json] [--options JSON]

Parses one office description and prints a summary, or with --json the parsed document.
FILE is a text file, a web page (.html, .htm, .mht), a Word file (.docx) or a PDF,
recognised by its content. Writes nothing. Exit 0 when parsed (warnings allowed), 2 when
the file is unreadable, empty, damaged, encrypted, scanned or not a document.

  --json          print the parsed document as JSON
  --options JSON  {"encoding":"gbk"} forces the encoding (text and web pages); {"name":"…"}
                  overrides the office name`,
  import: `Usage: orgatlas import FILE... [--db PATH] [--dry-run] [--json] [--yes] [--options JSON]

Imports documents (.txt, .html, .docx, .pdf) and OrgAtlas data packages (.orgatlas) in
one transaction: if any file fails, the database is unchanged. Re-importing an office
(same name) makes a new version of it; the earlier versions stay (see "orgatlas history").
Corrections made to a document earlier are applied again.

A package that was altered is refused. An unsigned package, or one signed by a key you do
not trust (see "orgatlas trust"), is imported only with --yes.

  --db PATH       the database file (created when missing)
  --dry-run       print what would change per office (units added, removed, renamed,
                  moved, duties changed); write nothing
  --json          with --dry-run: print that as JSON
  --yes           import unsigned packages and packages from signers you do not trust
  --options JSON  {"encoding":"gbk"} forces the encoding; {"name":"…"} overrides the office
                  name (one file only)

${DB_NOTE}`,
  search: `Usage: orgatlas search QUERY [--db PATH] [--json] [--limit N] [--office ID|NAME] [--region NAME] [--level LEVEL]

Searches offices, units, duties, people, honours and contacts; best hit first.

  --db PATH   the database file (must exist)
  --json      print the search result as JSON
  --limit N   at most N hits (1-${SEARCH_LIMITS.maxHits}, default ${SEARCH_LIMITS.defaultHits})
  --office X  only this office: its id or its exact name
  --region X  only offices in this place, at any level (江西省, 南昌市, 朝阳区)
  --level X   only offices at this level: ${LEVELS_LISTED}

${DB_NOTE}`,
  export: `Usage: orgatlas export [--db PATH] --format json|csv

Prints the whole database: json (every office with its sources) or csv (one row per
record, UTF-8 with BOM for spreadsheets).

  --db PATH        the database file (must exist)
  --format FORMAT  json or csv

${DB_NOTE}`,
  history: `Usage: orgatlas history OFFICE [--db PATH] [--json]

Lists an office's versions, newest first: number, when it was stored, the date its
document states (or "undated"), the source file and what changed. OFFICE is an office id
or its exact name. Exit 1 for an unknown office.

  --db PATH   the database file (must exist)
  --json      print the versions as JSON

${DB_NOTE}`,
  rollback: `Usage: orgatlas rollback OFFICE VERSION [--db PATH]

Makes the office as it was in VERSION its newest version (with that version's
corrections); nothing is deleted, so a rollback can itself be rolled back.

  --db PATH   the database file (must exist)

${DB_NOTE}`,
  keygen: `Usage: orgatlas keygen --out KEYFILE

Writes a new Ed25519 private key to KEYFILE (PKCS#8 PEM, readable by you only) and prints
its public key on one line (ed25519:…). Never overwrites an existing file. Give the public
key to the people who import your packages, so they can trust it.

  --out KEYFILE   where to write the private key`,
  pack: `Usage: orgatlas pack --out FILE.orgatlas [--sign KEYFILE] [--db PATH] [OFFICE...]

Writes a data package of the named offices (ids or exact names), or of all offices: each
office as stored now, with its source and corrections, and a manifest with the format
version, the producer, the date and a sha256 for each part.

  --out FILE      the package file to write
  --sign KEYFILE  sign the manifest with this Ed25519 key (see "orgatlas keygen")
  --db PATH       the database file (must exist)

${DB_NOTE}`,
  verify: `Usage: orgatlas verify FILE.orgatlas [--json] [--db PATH]

Checks a data package: every part against the manifest, and the signature over the
manifest. Prints whether it is intact and its signer's public key, or "unsigned".
Exit 0 intact, 1 altered, 2 unreadable.

  --json      print the result as JSON
  --db PATH   also say whether the signer is trusted in this database`,
  trust: `Usage: orgatlas trust list [--json] | add KEY [--label TEXT] | remove KEY  [--db PATH]

Manages the public keys whose data packages import without --yes.

  list              the trusted keys
  add KEY           trust KEY (ed25519:…, as "orgatlas keygen" and "verify" print it)
  remove KEY        stop trusting KEY
  --label TEXT      a name for the key (who it belongs to)
  --db PATH         the database file (created when missing for add)

${DB_NOTE}`,
  updates: `Usage: orgatlas updates [--json] [--accept FILE | --dismiss FILE] [--db PATH]

An app update never replaces an office you re-imported, corrected or rolled back; its
newer shipped copy waits here instead. Lists those waiting; --accept FILE makes the
shipped copy the office's next version (and the office follows the shipped documents
again); --dismiss FILE forgets it.

  --json          print the waiting updates as JSON
  --accept FILE   take the shipped copy FILE (a name from the list)
  --dismiss FILE  keep your version and forget FILE
  --db PATH       the database file (must exist)

${DB_NOTE}`,
};
