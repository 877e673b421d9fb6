// Scores the parser against hand-written expectations (format: tests/parser-eval/FORMAT.md,
// summarised in tests/parser-eval/README.md). One point per check; micro pools every check
// of a set, macro averages the documents' fractions.
//
// `node tests/parser-eval/score.ts [--misses] [DIR...]` prints one JSON line per set to stdout
// (tune, and test and test2 when those folders exist) and each document's misses to stderr. The
// held-out sets' misses are printed only with --misses, so tuning the parser never reads them.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadDocument } from '../../electron/node/documents/load.ts';
import type { ParsedDocument, ParsedUnit } from '../../shared/types.ts';

export const expectSchema = z
  .object({
    about: z.string().min(1),
    kind: z.string().min(1),
    level: z.enum(['national', 'province', 'city', 'county', 'township']),
    renderAs: z.enum(['docx', 'pdf', 'doc', 'rtf', 'odt', 'ofd']).optional(),
    /**
     * How the renderer lays the document out. Word (docx, and doc, rtf, odt converted from it): `numbering` (Word lists, default
     * true), `table` (`名称：内容` runs as a table), `title`, `headerRow`, `header` (a page header
     * over a `第 N 页 共 M 页` footer). PDF: `printer`
     * `"chromium"` prints an HTML page (then `columns`, ruled tab tables) instead of pdfkit's
     * typesetting (then `headerRow` repeats each table's first row on every page); both take
     * `header` and `pageNumbers`, pdfkit's also `fontSize`, `pageNumberFormat` (`— N —`) and
     * `titleSpacing` (a letter-spaced title, in points). OFD: `header` (on a template page),
     * `perCharacter` (a text object per character), `scaled` (Size 1 objects scaled by a CTM).
     */
    render: z
      .object({
        numbering: z.boolean(),
        table: z.boolean(),
        title: z.boolean(),
        headerRow: z.boolean(),
        printer: z.literal('chromium'),
        columns: z.number().int().min(1).max(3),
        header: z.string(),
        pageNumbers: z.boolean(),
        pageNumberFormat: z.string().includes('N'),
        titleSpacing: z.number().min(0).max(20),
        fontSize: z.number().min(6).max(30),
        perCharacter: z.boolean(),
        scaled: z.boolean(),
      })
      .partial()
      .strict()
      .optional(),
    office: z.string(),
    aliases: z.array(z.string()).optional(),
    notAliases: z.array(z.string()).optional(),
    duties: z.number().int().nonnegative(),
    dutyStarts: z.array(z.string().min(1)).optional(),
    units: z.array(z.string().min(1)),
    affiliated: z.array(z.string()).optional(),
    children: z.record(z.string(), z.array(z.string())).optional(),
    unitDuties: z.record(z.string(), z.number().int().nonnegative()).optional(),
    people: z.array(z.object({ name: z.string(), title: z.string() })).optional(),
    honors: z.number().int().nonnegative().optional(),
    address: z.string().optional(),
    notUnits: z.array(z.string()).optional(),
    maxWarnings: z.record(z.string(), z.number().int().nonnegative()).optional(),
  })
  .strict();

export type Expectation = z.infer<typeof expectSchema>;

export interface Check {
  name: string;
  ok: boolean;
  /** What was found, for a miss. */
  found?: string;
}

export interface DocumentScore {
  document: string;
  checks: Check[];
  /** How the document was read: `text`, or the format it was rendered into. */
  readAs: string;
}

export interface SetScore {
  set: string;
  documents: number;
  checks: number;
  passed: number;
  micro: number;
  macro: number;
}

/** Every unit in pre-order: internal units first, then affiliated, children after their parent. */
function flatten(units: readonly ParsedUnit[]): ParsedUnit[] {
  return units.flatMap((u) => [u, ...flatten(u.units)]);
}

/** The checks of one document, exactly as FORMAT.md lists them. */
export function scoreDocument(doc: ParsedDocument, e: Expectation): Check[] {
  const o = doc.office;
  const units = flatten(o.units);
  const names = units.map((u) => u.name);
  const byName = new Map(units.map((u) => [u.name, u] as const));
  const checks: Check[] = [];
  const check = (name: string, ok: boolean, found?: string): void => {
    checks.push(ok ? { name, ok } : { name, ok, found });
  };

  check('office name', o.name === e.office, o.name);
  for (const a of e.aliases ?? []) check(`alias ${a}`, o.aliases.includes(a), o.aliases.join('、'));
  for (const a of e.notAliases ?? []) check(`not alias ${a}`, !o.aliases.includes(a), o.aliases.join('、'));
  check('duty count', o.duties.length === e.duties, String(o.duties.length));
  (e.dutyStarts ?? []).forEach((start, k) => {
    const text = o.duties[k]?.text ?? '';
    check(`duty ${k + 1} starts ${start}`, text.startsWith(start), text.slice(0, 30));
  });
  for (const u of e.units) check(`unit ${u}`, byName.has(u), names.join('、'));
  const expected = new Set(e.units);
  const foundInOrder = names.filter((n) => expected.has(n));
  const listedFound = e.units.filter((n) => byName.has(n));
  check('unit order', foundInOrder.join('|') === listedFound.join('|'), foundInOrder.join('、'));
  const extra = names.filter((n) => !expected.has(n));
  check('no extra units', extra.length === 0, extra.join('、'));
  for (const a of e.affiliated ?? []) check(`affiliated ${a}`, byName.get(a)?.kind === 'affiliated', byName.get(a)?.kind ?? 'missing');
  // Where the expectation says which bodies are affiliated, the office's own units must not be
  // read as affiliated (a unit under a listed body is affiliated with it).
  if (e.affiliated !== undefined) {
    const listed = new Set(e.affiliated);
    const underListed = (u: ParsedUnit): ParsedUnit[] =>
      listed.has(u.name) ? [] : [u, ...u.units.flatMap(underListed)];
    const own = o.units.flatMap(underListed).filter((u) => expected.has(u.name));
    const wrong = own.filter((u) => u.kind === 'affiliated').map((u) => u.name);
    check('own units not affiliated', wrong.length === 0, wrong.join('、'));
  }
  for (const [parent, kids] of Object.entries(e.children ?? {})) {
    const got = byName.get(parent)?.units.map((u) => u.name) ?? [];
    check(`children of ${parent}`, got.join('|') === kids.join('|'), got.join('、'));
  }
  for (const [unit, n] of Object.entries(e.unitDuties ?? {})) {
    const got = byName.get(unit)?.duties.length;
    check(`duties of ${unit}`, got === n, String(got ?? 'missing'));
  }
  const people = [...o.people, ...units.flatMap((u) => u.people)];
  for (const p of e.people ?? []) {
    check(`person ${p.title} ${p.name}`, people.some((q) => q.name === p.name && q.title === p.title), people.map((q) => `${q.title}:${q.name}`).join('、'));
  }
  if (e.honors !== undefined) check('honour count', o.honors.length === e.honors, String(o.honors.length));
  if (e.address !== undefined) check('address', (o.address ?? '').includes(e.address), o.address ?? 'none');
  for (const n of e.notUnits ?? []) check(`not unit ${n}`, !byName.has(n));
  for (const [code, max] of Object.entries(e.maxWarnings ?? {})) {
    const got = doc.diagnostics.filter((d) => d.code === code);
    check(`at most ${max} ${code}`, got.length <= max, got.map((d) => `line ${d.line}`).join(', '));
  }
  return checks;
}

const HERE = fileURLToPath(new URL('.', import.meta.url));

type RenderAs = NonNullable<Expectation['renderAs']>;
type RenderOptions = NonNullable<Expectation['render']>;
type Renderer = (text: string, options: RenderOptions) => Promise<Uint8Array>;

/** The formats helpers (tests/helpers/render-*.ts) that turn a document's text into a real file of its format. */
async function renderer(format: RenderAs, options: RenderOptions): Promise<Renderer> {
  if (format === 'docx') return (await import('../helpers/render-docx.ts')).renderDocx;
  if (format === 'doc' || format === 'rtf' || format === 'odt') {
    const { renderOffice } = await import('../helpers/render-office.ts');
    return (text, options) => renderOffice(format, text, options);
  }
  if (format === 'ofd') return (await import('../helpers/render-ofd.ts')).renderOfd;
  if (options.printer === 'chromium') return (await import('../helpers/render-printed-pdf.ts')).renderPrintedPdf;
  return (await import('../helpers/render-pdf.ts')).renderPdf;
}

/** Reads a document the way the CLI does; a rendered one through a temporary file of its format. */
async function readDocument(source: string, e: Expectation): Promise<{ doc: ParsedDocument; readAs: string }> {
  if (!e.renderAs) return { doc: (await loadDocument(source)).parsed, readAs: 'text' };
  const options = e.render ?? {};
  const out = await (await renderer(e.renderAs, options))(readFileSync(source, 'utf8'), options);
  const dir = mkdtempSync(join(tmpdir(), 'parser-eval-'));
  try {
    const file = join(dir, `${basename(source).replace(/\.\w+$/, '')}.${e.renderAs}`);
    writeFileSync(file, out);
    return { doc: (await loadDocument(file)).parsed, readAs: e.renderAs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Reads and validates one `.expect.json`; a malformed one is a thrown error naming the file. */
export function readExpectation(path: string): Expectation {
  const parsed = expectSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export async function scoreFolder(dir: string): Promise<{ summary: SetScore; documents: DocumentScore[] }> {
  const files = readdirSync(dir).sort();
  const documents: DocumentScore[] = [];
  for (const file of files.filter((f) => f.endsWith('.expect.json'))) {
    const stem = file.slice(0, -'.expect.json'.length);
    const source = files.find((f) => f === `${stem}.txt` || f === `${stem}.html` || f === `${stem}.htm`);
    const e = readExpectation(join(dir, file));
    if (!source) {
      documents.push({ document: stem, readAs: 'missing', checks: [{ name: 'source file', ok: false, found: 'none' }] });
      continue;
    }
    const { doc, readAs } = await readDocument(join(dir, source), e);
    documents.push({ document: stem, readAs, checks: scoreDocument(doc, e) });
  }
  const checks = documents.flatMap((d) => d.checks);
  const passed = checks.filter((c) => c.ok).length;
  const fractions = documents.map((d) => d.checks.filter((c) => c.ok).length / Math.max(1, d.checks.length));
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    summary: {
      set: basename(dir),
      documents: documents.length,
      checks: checks.length,
      passed,
      micro: round(passed / Math.max(1, checks.length)),
      macro: round(fractions.reduce((a, b) => a + b, 0) / Math.max(1, fractions.length)),
    },
    documents,
  };
}

export function describeMisses(documents: readonly DocumentScore[]): string[] {
  return documents.flatMap((d) =>
    d.checks.filter((c) => !c.ok).map((c) => `${d.document}: ${c.name}${c.found === undefined ? '' : ` (found: ${c.found})`}`),
  );
}

/** The held-out sets, each written independently of the parser's tuning and never tuned on. */
const HELD_OUT = ['test', 'test2'];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const showHeldOut = args.includes('--misses');
  const named = args.filter((a) => a !== '--misses');
  const dirs = named.length > 0 ? named : ['tune', ...HELD_OUT].map((s) => join(HERE, s)).filter((d) => existsSync(d));
  for (const dir of dirs) {
    const { summary, documents } = await scoreFolder(dir);
    const heldOut = HELD_OUT.includes(basename(dir));
    if (!heldOut || showHeldOut) for (const line of describeMisses(documents)) process.stderr.write(`${line}\n`);
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    process.stderr.write(`parser-eval: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
