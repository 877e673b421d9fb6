// The renderer's cache of API answers, over a counting transport.
import { describe, expect, it } from 'vitest';
import type { ApiResponse, ApiTransport } from '../../../shared/api.ts';
import { cachingTransport, callKey, type CachePolicy } from '../../../renderer/api-cache.ts';

const policy: CachePolicy = {
  cached: new Set(['getUnit', 'listOffices']),
  invalidating: new Set(['applyImport']),
  maxEntries: 3,
};

/** Answers every call with its own sequence number; `fail` names methods that answer an error. */
function counting(fail: Set<string> = new Set()) {
  const sent: string[] = [];
  const transport: ApiTransport = async (method, args) => {
    sent.push(`${method} ${JSON.stringify(args)}`);
    await Promise.resolve();
    return fail.has(method)
      ? { ok: false, error: { code: 'internal', message: 'no' } }
      : ({ ok: true, value: sent.length } as ApiResponse<unknown>);
  };
  return { sent, transport };
}

describe('cachingTransport', () => {
  it('sends a read call once, and shares a call already on its way', async () => {
    const inner = counting();
    const { transport } = cachingTransport(inner.transport, policy);
    const [a, b] = await Promise.all([transport('getUnit', { unitId: 1 }), transport('getUnit', { unitId: 1 })]);
    expect(await transport('getUnit', { unitId: 1 })).toEqual({ ok: true, value: 1 });
    expect(a).toBe(b);
    expect(inner.sent).toEqual(['getUnit {"unitId":1}']);
    await transport('getUnit', { unitId: 2 });
    expect(inner.sent).toHaveLength(2);
  });

  it('never keeps calls outside the policy', async () => {
    const inner = counting();
    const { transport } = cachingTransport(inner.transport, policy);
    await transport('search', { query: '护照' });
    await transport('search', { query: '护照' });
    expect(inner.sent).toHaveLength(2);
  });

  it('does not keep an error, so the next call retries', async () => {
    const inner = counting(new Set(['getUnit']));
    const { transport } = cachingTransport(inner.transport, policy);
    expect((await transport('getUnit', { unitId: 1 })).ok).toBe(false);
    await transport('getUnit', { unitId: 1 });
    expect(inner.sent).toHaveLength(2);
  });

  it('forgets everything after a successful changing call and tells the listeners', async () => {
    const inner = counting();
    const cache = cachingTransport(inner.transport, policy);
    let told = 0;
    const unsubscribe = cache.subscribe(() => (told += 1));
    await cache.transport('listOffices', {});
    await cache.transport('applyImport', { name: 'a.txt' });
    expect(told).toBe(1);
    expect(cache.generation()).toBe(1);
    expect(await cache.transport('listOffices', {})).toEqual({ ok: true, value: 3 });
    unsubscribe();
    await cache.transport('applyImport', { name: 'b.txt' });
    expect(told).toBe(1);
    expect(cache.generation()).toBe(2);
  });

  it('keeps everything after a failed changing call', async () => {
    const inner = counting(new Set(['applyImport']));
    const cache = cachingTransport(inner.transport, policy);
    await cache.transport('listOffices', {});
    await cache.transport('applyImport', {});
    await cache.transport('listOffices', {});
    expect(inner.sent).toHaveLength(2);
    expect(cache.generation()).toBe(0);
  });

  it('keeps at most maxEntries answers, dropping the least recently used', async () => {
    const inner = counting();
    const { transport } = cachingTransport(inner.transport, policy);
    for (const unitId of [1, 2, 3]) await transport('getUnit', { unitId });
    await transport('getUnit', { unitId: 1 }); // 1 is now the most recent; 2 the least
    await transport('getUnit', { unitId: 4 });
    await transport('getUnit', { unitId: 1 });
    await transport('getUnit', { unitId: 3 });
    expect(inner.sent).toHaveLength(4);
    await transport('getUnit', { unitId: 2 });
    expect(inner.sent).toHaveLength(5);
  });

  it('forgets a call whose transport threw, and rethrows', async () => {
    let calls = 0;
    const { transport } = cachingTransport(async () => {
      calls += 1;
      throw new Error('gone');
    }, policy);
    await expect(transport('getUnit', { unitId: 1 })).rejects.toThrow('gone');
    await expect(transport('getUnit', { unitId: 1 })).rejects.toThrow('gone');
    expect(calls).toBe(2);
  });
});

describe('callKey', () => {
  it('is the same for the same arguments in another order, and differs otherwise', () => {
    expect(callKey('versionDiff', { office: 'a', from: 1, to: 2 })).toBe(
      callKey('versionDiff', { to: 2, from: 1, office: 'a' }),
    );
    expect(callKey('versionDiff', { office: 'a', from: 1, to: 2 })).not.toBe(
      callKey('versionDiff', { office: 'a', from: 2, to: 1 }),
    );
    expect(callKey('getUnit', { unitId: 1 })).not.toBe(callKey('getOffice', { unitId: 1 }));
    expect(callKey('listOffices', undefined)).toBe(callKey('listOffices', {}));
  });
});
