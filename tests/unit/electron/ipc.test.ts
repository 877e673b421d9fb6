// The IPC wrapper, property-based: whatever a sender is and whatever it sends, the wrapper
// answers with an ApiResponse value and never throws; only the app's own top-level page is
// answered, and only arguments the contract accepts reach a handler.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApiResponse } from '../../../shared/api.ts';
import { dataCalls, desktopCalls } from '../../../shared/contract/index.ts';
import { appPageMatcher } from '../../../electron/main/app-page.ts';
import { ipcRoute, registerIpc, type IpcEvent } from '../../../electron/main/ipc.ts';

const page = 'app://orgatlas/index.html';
type Listener = (event: IpcEvent, ...args: unknown[]) => unknown;

/** Registers both channels over handlers that record what reached them. */
function wire(options: { throwing?: boolean } = {}) {
  const reached: [string, unknown][] = [];
  const handlers = new Proxy(
    {},
    {
      get: (_t, method: string) => (args: unknown) => {
        reached.push([method, args]);
        if (options.throwing) throw new Error('boom at /secret/path.ts:12');
        return 'answer';
      },
    },
  );
  const listeners = new Map<string, Listener>();
  registerIpc({ handle: (channel, listener) => void listeners.set(channel, listener) }, appPageMatcher(), [
    ipcRoute({ channel: 'api', declarations: dataCalls, handlersFor: () => handlers as never }),
    ipcRoute({ channel: 'desktop', declarations: desktopCalls, handlersFor: () => handlers as never }),
  ]);
  return { reached, listeners };
}

const anyValue = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withNullPrototype: true,
});
const methodName = fc.oneof(
  fc.constantFrom(
    ...Object.keys(dataCalls),
    ...Object.keys(desktopCalls),
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
  ),
  fc.string(),
  anyValue,
);
const foreignFrame = fc.oneof(
  fc.constant(null),
  fc.record({
    url: fc.oneof(
      fc.webUrl(),
      fc.constantFrom(
        'about:blank',
        'file:///x/index.html',
        'app://other/index.html',
        `${page}?q=1`,
        'data:text/html,x',
      ),
    ),
    parent: fc.constant(null),
  }),
  fc.record({ url: fc.constant(page), parent: fc.object() }),
);

describe('IPC wrapper', () => {
  it('answers a forged sender with a refusal and never reaches a handler', async () => {
    await fc.assert(
      fc.asyncProperty(
        foreignFrame,
        fc.constantFrom('api', 'desktop'),
        methodName,
        anyValue,
        async (frame, channel, method, args) => {
          const { reached, listeners } = wire();
          const answer = await listeners.get(channel)!({ senderFrame: frame as never }, method, args);
          expect(answer).toEqual({
            ok: false,
            error: { code: 'bad-request', message: 'Call from an untrusted frame refused' },
          });
          expect(reached).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on malformed calls from the app page, and lets only valid arguments through', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('api', 'desktop'), methodName, anyValue, async (channel, method, args) => {
        const { reached, listeners } = wire();
        const declarations: Record<string, { args: { safeParse(v: unknown): { success: boolean } } }> =
          channel === 'api' ? dataCalls : desktopCalls;
        const answer = (await listeners.get(channel)!(
          { senderFrame: { url: `${page}#/`, parent: null } },
          method,
          args,
        )) as ApiResponse<unknown>;
        const valid =
          typeof method === 'string' &&
          Object.hasOwn(declarations, method) &&
          declarations[method]!.args.safeParse(args ?? {}).success;
        expect(answer.ok).toBe(valid);
        expect(reached.length).toBe(valid ? 1 : 0);
        if (!answer.ok) expect(answer.error.code).toBe('bad-request');
      }),
      { numRuns: 500 },
    );
  });

  it('a well-formed call is answered, and a handler that throws becomes an internal error without its message', async () => {
    const { listeners } = wire();
    const sender = { senderFrame: { url: `${page}#/office/1`, parent: null } };
    expect(await listeners.get('api')!(sender, 'search', { query: '护照', limit: 5 })).toEqual({
      ok: true,
      value: 'answer',
    });
    const failing = wire({ throwing: true });
    const answer = await failing.listeners.get('api')!(sender, 'getOffice', { officeId: 1 });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Internal error while handling getOffice' },
    });
  });

  it('refuses near-miss arguments with the field named', async () => {
    const { listeners } = wire();
    const sender = { senderFrame: { url: page, parent: null } };
    const cases: [string, unknown, string][] = [
      ['getOffice', { officeId: 2 ** 53 }, 'officeId'],
      ['getOffice', { officeId: 1.5 }, 'officeId'],
      ['search', { query: 'x'.repeat(501) }, 'query'],
      ['search', { query: 'x', limit: 0 }, 'limit'],
      ['getSourceLines', { sourceId: 1, from: 5, to: 4 }, 'to'],
      ['getSourceLines', { sourceId: 1, from: 1, to: 5001 }, 'to'],
    ];
    for (const [method, args, field] of cases) {
      expect(await listeners.get('api')!(sender, method, args), `${method} ${JSON.stringify(args)}`).toMatchObject({
        ok: false,
        error: { code: 'bad-request', field },
      });
    }
  });
});
