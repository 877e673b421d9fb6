// The built preload (npm test builds before the unit stage): a sandboxed preload must be
// CommonJS, and it may hand the page exactly one object.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bundlePath = join(import.meta.dirname, '..', '..', '..', 'out', 'preload', 'index.cjs');

describe('built preload bundle', () => {
  it('exists (run `npx electron-vite build` first)', () => {
    expect(existsSync(bundlePath), bundlePath).toBe(true);
  });

  const code = existsSync(bundlePath) ? readFileSync(bundlePath, 'utf8') : '';

  it('is CommonJS: requires electron, no ES module syntax', () => {
    expect(code).toMatch(/\brequire\(\s*["']electron["']\s*\)/);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toContain('import.meta');
  });

  it('exposes exactly one key, "orgatlas", through contextBridge', () => {
    const calls = [...code.matchAll(/exposeInMainWorld\(\s*(["'])([^"']*)\1/g)].map((m) => m[2]);
    expect(calls).toEqual(['orgatlas']);
    expect(code.match(/exposeInMainWorld/g)).toHaveLength(1);
    expect(code).not.toContain('exposeInIsolatedWorld');
  });

  it('hands out no ipcRenderer object itself', () => {
    // Only calls of ipcRenderer.invoke on its channels and one listener, never the object.
    const uses = [...code.matchAll(/ipcRenderer(\.\w+)?/g)].map((m) => m[1] ?? '');
    expect(uses.length).toBeGreaterThan(0);
    expect(new Set(uses)).toEqual(new Set(['.invoke', '.on']));
  });

  it('listens on the files-waiting signal only, and passes the page neither the event nor its arguments', () => {
    const listeners = [...code.matchAll(/ipcRenderer\.on\(([^\n]*)/g)].map((m) => m[1]!);
    expect(listeners).toHaveLength(1);
    expect(listeners[0]).toMatch(/^[\w.$]+\.filesWaiting,\s*\(\)\s*=>\s*\w+\(\)\),?$/);
  });
});
