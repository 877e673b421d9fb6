// A browser host of a spec's own, on a database the spec built (so the other specs keep the
// two-office e2e database they assert on): the real `npm run web` script on a free port.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export interface OwnHost {
  origin: string;
  stop(): void;
  /** Calls an API method as the renderer does. */
  api<T>(method: string, args?: unknown): Promise<T>;
}

export async function startHost(db: string): Promise<OwnHost> {
  const host = spawn(process.execPath, [join(root, 'scripts', 'web.mjs'), '--port', '0'], {
    cwd: root,
    env: { ...process.env, ORGATLAS_DB: db },
  });
  const origin = await new Promise<string>((resolve, reject) => {
    let out = '';
    host.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /OrgAtlas web: (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1]!);
    });
    host.on('exit', (code) => reject(new Error(`browser host exited with ${code}`)));
  });
  return {
    origin,
    stop: () => host.kill('SIGTERM'),
    api: async <T>(method: string, args: unknown = {}) => {
      const res = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(args),
      });
      return ((await res.json()) as { value: T }).value;
    },
  };
}
