// The Content-Security-Policy the Electron session sends: the app's own files only.
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../../shared/csp.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('content security policy', () => {
  const built = contentSecurityPolicy(undefined);

  it('is the shared policy in a built app', () => {
    expect(built).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows only the app itself', () => {
    const d = directives(built);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
  });

  it('allows no inline script or style, no eval, no wildcard and no remote host', () => {
    expect(directives(built).get('style-src')).toEqual(["'self'"]);
    expect(built).not.toContain("'unsafe-inline'");
    expect(built).not.toContain("'unsafe-eval'");
    expect(built).not.toMatch(/\*|https?:|wss?:|\/\//);
  });

  it('gives the dev server only its websocket, the inline refresh preamble and its injected styles, never eval', () => {
    const d = directives(contentSecurityPolicy('http://localhost:5173'));
    expect(d.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy('http://localhost:5173')).not.toContain("'unsafe-eval'");
  });
});
