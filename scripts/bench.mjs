// `npm run bench`: every bench/*.bench.ts module (each exports `run(): Promise<object[]>`),
// then the search benchmark, whose summary is the last line. One JSON object per line on
// stdout and nothing else; progress on stderr. npm itself prints a banner on stdout before
// any script starts, unless run silent: `npm run -s bench` (or `node scripts/bench.mjs`)
// gives a stdout of JSON lines only, and `--out FILE` writes the same lines to FILE however
// the script is started. `--size 10k` limits the search benchmark to one size
// (`national10x` to the national one). Node 24 runs the TypeScript in bench/ directly.
import { spawnSync } from 'node:child_process';
import { appendFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

if (typeof globalThis.gc !== 'function') {
  // Memory figures need a garbage collection before each measurement.
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(r.status ?? 1);
}

const args = process.argv.slice(2);
const sizes = args.flatMap((a, i) => (a === '--size' && args[i + 1] ? [args[i + 1]] : []));
const out = args.flatMap((a, i) => (a === '--out' && args[i + 1] ? [args[i + 1]] : []))[0];
if (out) writeFileSync(out, '');
const benchDir = new URL('../bench/', import.meta.url);
const print = (lines) => {
  for (const line of lines) {
    const json = JSON.stringify(line);
    console.log(json);
    if (out) appendFileSync(out, `${json}\n`);
  }
};

try {
  for (const file of readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort()) {
    const mod = await import(new URL(file, benchDir).href);
    print(await mod.run());
  }
  const searchBench = await import(new URL('search.ts', benchDir).href);
  print(await searchBench.run(sizes.length ? { sizes } : {}));
} catch (err) {
  console.error(`npm run bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
