// Runs the project's own electron-vite with this Node (process.execPath), never through
// `npx`: a shell-less spawn of npx fails on Windows (ENOENT, or EINVAL for npx.cmd).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The electron-vite command-line script installed under `root`. */
export function electronViteBin(root: string): string {
  const require = createRequire(join(root, 'package.json'));
  return join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
}

/** The one sentence a failed spawn (the error event) or a failed run reports. */
export function runFailure(
  what: string,
  outcome: { error?: Error; status?: number | null; signal?: NodeJS.Signals | null },
): string {
  if (outcome.error) return `${what} could not be started (${outcome.error.message}).`;
  return `${what} failed (${outcome.signal ? `killed by ${outcome.signal}` : `exit code ${outcome.status}`}).`;
}
