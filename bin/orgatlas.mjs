#!/usr/bin/env node
// Entry point of the `orgatlas` command. The CLI is TypeScript run by Node's own type
// stripping (Node 22.18+), so it needs no build step after `npm install`.
import module from 'node:module';
import { requireSupportedNode } from '../scripts/node-version.mjs';

requireSupportedNode('orgatlas');
// Caches the compiled (and type-stripped) modules between runs: halves the start-up time.
module.enableCompileCache?.();
// A reader that stops early (`orgatlas export --format csv | head`) is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import('../electron/node/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
