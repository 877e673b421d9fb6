// `npm run web [-- --port N] [--renderer DIR]`: the browser host. Prints exactly one line on
// stdout, `OrgAtlas web: http://127.0.0.1:PORT/`, and serves until killed. The database and
// data folder come from the hosts' composition root (ORGATLAS_DB, ORGATLAS_DATA_DIR).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { electronViteBin, runFailure } from '../../../scripts/electron-vite.ts';
import { composeHost, type Host } from '../host/compose.ts';
import { startWebServer, type WebServer } from './server.ts';

const root = resolve(import.meta.dirname, '../../..');
const builtRenderer = join(root, 'out', 'renderer');

class StartError extends Error {}

interface WebHostOptions {
  port: number;
  /** Another build of the renderer (the e2e suite serves a snapshot). */
  rendererDir: string;
}

function parseWebHostArgs(argv: string[]): WebHostOptions {
  let values: { port?: string; renderer?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { port: { type: 'string' }, renderer: { type: 'string' } },
      strict: true,
    }));
  } catch (err) {
    throw new StartError(`${(err instanceof Error ? err.message : String(err)).split(/\.\s/)[0]}.`);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '0') || port > 65535) {
    throw new StartError(`--port needs a number from 0 to 65535, got "${values.port}".`);
  }
  return { port, rendererDir: values.renderer === undefined ? builtRenderer : resolve(values.renderer) };
}

/** Builds out/renderer when it is missing; the build's output goes to stderr so stdout keeps its one line. */
function ensureRenderer(rendererDir: string): void {
  if (!existsSync(join(rendererDir, 'index.html')) && rendererDir === builtRenderer) {
    process.stderr.write('OrgAtlas web: out/renderer is missing, building it first (electron-vite build)...\n');
    const build = spawnSync(process.execPath, [electronViteBin(root), 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
    if (build.error || build.status !== 0)
      throw new StartError(`${runFailure('the renderer build', build)} Run "npm run build" and look at its output.`);
  }
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new StartError(`no built renderer in ${rendererDir} (index.html missing).`);
}

async function start(argv: string[]): Promise<void> {
  const options = parseWebHostArgs(argv);
  ensureRenderer(options.rendererDir);
  let host: Host;
  try {
    host = composeHost({
      env: process.env,
      onNotice: (sentence) => process.stderr.write(`OrgAtlas web: ${sentence}\n`),
      serving: true,
    });
  } catch (err) {
    throw new StartError(`could not open the database: ${err instanceof Error ? err.message : String(err)}`);
  }
  let server: WebServer;
  try {
    server = await startWebServer({ rendererDir: options.rendererDir, dispatch: host.dispatch, port: options.port });
  } catch (err) {
    host.close();
    const code = (err as NodeJS.ErrnoException).code;
    throw new StartError(
      code === 'EADDRINUSE'
        ? `port ${options.port} is already in use; pick another with --port N.`
        : `could not start: ${(err as Error).message}`,
    );
  }
  process.stdout.write(`OrgAtlas web: ${server.url}\n`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      await server.close();
      host.close();
      process.exit(0);
    });
  }
}

start(process.argv.slice(2)).catch((err: unknown) => {
  const message =
    err instanceof StartError ? err.message : `could not start: ${err instanceof Error ? err.message : String(err)}`;
  process.stderr.write(`OrgAtlas web: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(1);
});
