// The national bench's cached index is keyed by the code that builds it: a change to the
// query side (retrieval, evidence, ranking) must not force the 1.5M-clause rebuild, a change
// to the builder, anything it imports, or the generator must.
import { describe, expect, it } from 'vitest';
import { buildSources } from '../../../bench/national.ts';

describe('national bench cache key', () => {
  const { files, packages } = buildSources();

  it('follows the builders through their imports', () => {
    for (const f of [
      'shared/search/build.ts',
      'shared/search/merge.ts',
      'shared/search/postings.ts',
      'shared/search/keys.ts',
      'shared/search/fold.ts',
      'bench/generate.ts',
    ])
      expect(files).toContain(f);
    expect(packages.some((p) => /^pinyin-pro@\d/.test(p))).toBe(true);
  });

  it('leaves the query side out', () => {
    for (const f of [
      'shared/search/retrieval.ts',
      'shared/search/query.ts',
      'shared/search/evidence.ts',
      'shared/search/align.ts',
    ])
      expect(files).not.toContain(f);
  });
});
