// `npm test` stage: Electronegativity over the Electron sources and the built page (for its
// CSP meta tag), gated on its CSV report (see electronegativity-gate.ts). The tool needs a
// Node of at most 22 (on 24 it crashes in its release check, which also wants the network):
// ORGATLAS_ELECTRONEGATIVITY_NODE, else /usr/bin/node (Node 20 here and in CI), else this one.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { failures, parseReport, REVIEW_NOTES } from './electronegativity-gate.ts';

const root = resolve(import.meta.dirname, '..');

function fail(message: string): never {
  process.stderr.write(`electronegativity: ${message}\n`);
  process.exit(1);
}

function nodeMajor(node: string): number | null {
  const run = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' });
  return run.status === 0 ? Number(run.stdout.split('.')[0]) : null;
}

function pickNode(): string {
  const candidates = [process.env.ORGATLAS_ELECTRONEGATIVITY_NODE, '/usr/bin/node', process.execPath].filter(
    (c): c is string => !!c,
  );
  return candidates.find((node) => existsSync(node) && (nodeMajor(node) ?? 99) <= 22) ?? process.execPath;
}

const require = createRequire(join(root, 'package.json'));
const cli = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
const page = join(root, 'out', 'renderer', 'index.html');
if (!existsSync(page)) fail('out/renderer/index.html is missing; run "npm run build" first.');
const electronVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
).version;

const work = mkdtempSync(join(tmpdir(), 'orgatlas-electronegativity-'));
try {
  const input = join(work, 'app');
  cpSync(join(root, 'electron'), join(input, 'electron'), { recursive: true });
  mkdirSync(join(input, 'renderer'));
  cpSync(page, join(input, 'renderer', 'index.html'));
  const report = join(work, 'report.csv');
  const node = pickNode();
  const orderedWrites = pathToFileURL(join(root, 'scripts', 'electronegativity-ordered-writes.mjs')).href;
  const args = ['--import', orderedWrites, cli, '-i', input, '-o', report, '-r', '-e', electronVersion];
  const run = spawnSync(node, args, {
    encoding: 'utf8',
    timeout: 180_000,
  });
  // The report is written before the release check that needs the network; without it, say why.
  if (!existsSync(report)) {
    const reason = run.error?.message ?? (run.stderr.split('\n').find((l) => /Error/.test(l)) || `exit ${run.status}`);
    fail(
      `no report was written (ran ${node}, Node ${nodeMajor(node)}: ${reason.trim()}); set ORGATLAS_ELECTRONEGATIVITY_NODE to a Node 20 or 22.`,
    );
  }
  const findings = parseReport(readFileSync(report, 'utf8'));
  for (const f of findings) {
    const note = REVIEW_NOTES[f.id] ? ` (review note: ${REVIEW_NOTES[f.id]})` : '';
    console.log(`  ${f.id} ${f.severity}/${f.confidence} ${f.file}:${f.location}${note}`);
  }
  const failed = failures(findings);
  if (failed.length)
    fail(
      `${failed.length} finding(s) of MEDIUM or above, or a weak CSP: ${failed.map((f) => `${f.id} at ${f.file}:${f.location}`).join('; ')}.`,
    );
  console.log(
    `electronegativity: ${findings.length} finding(s), none of MEDIUM or above beyond the review notes (Node ${nodeMajor(node)}).`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
