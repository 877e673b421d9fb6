#!/usr/bin/env node
// Entry point of the `orgatlas` command. The CLI is TypeScript run by Node's own type
// stripping (Node 22.18+), so it needs no build step after `npm install`.
import module from 'node:module';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(`orgatlas: Node.js 22.18 or newer is required (this is ${process.version}).\n`);
  process.exit(2);
}
// Caches the compiled (and type-stripped) modules between runs: halves the start-up time.
module.enableCompileCache?.();
// A reader that stops early (`orgatlas export --format csv | head`) is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import('../electron/node/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
