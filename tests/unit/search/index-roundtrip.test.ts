import { describe, expect, it } from 'vitest';
import { CorruptIndexError, buildSearchIndex, loadSearchIndex, search } from '../../../shared/search/index.ts';
import { makeOffice } from './make-office.ts';

const offices = [
  makeOffice({
    name: '测试外事办公室',
    aliases: ['测试港澳办'],
    units: [
      { name: '亚洲处', aliases: ['港澳事务处'], duties: ['负责亚洲地区国际友好城市的缔结'] },
      { name: '欧洲处', duties: ['负责欧洲地区国际友好城市缔结与交流工作'] },
    ],
    address: '南昌市苏圃路157号',
  }),
];

const answers = (index: ReturnType<typeof loadSearchIndex>) =>
  ['亚洲', '友好城市', 'gangao', '苏圃路', 'ozc'].map((q) =>
    search(index, q).hits.map(({ kind, unit, text, matches, line }) => ({ kind, unit, text, matches, line })),
  );

describe('index bytes', () => {
  const bytes = buildSearchIndex(offices);

  it('loads back into an index that gives the answers the source data calls for', () => {
    const index = loadSearchIndex(bytes);
    const [asia, twinning, gangao, address, initials] = answers(index);
    expect(asia[0]).toMatchObject({ kind: 'unit', unit: '亚洲处', text: '亚洲处', matches: [[0, 2]] });
    expect(twinning.map((h) => h.unit)).toEqual(['亚洲处', '欧洲处']);
    expect(gangao.map((h) => h.text)).toEqual(['港澳事务处', '测试港澳办']);
    expect(address[0]).toMatchObject({ kind: 'contact', unit: null, text: '南昌市苏圃路157号' });
    expect(initials[0].unit).toBe('欧洲处');
  });

  it('gives the same answers from a copy of the bytes at an odd offset (as a database may hand them over)', () => {
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(answers(loadSearchIndex(shifted.subarray(1)))).toEqual(answers(loadSearchIndex(bytes)));
  });

  it('is built the same way every time', () => {
    expect(buildSearchIndex(offices)).toEqual(bytes);
  });

  it('rejects damaged bytes with one clear error', () => {
    expect(() => loadSearchIndex(new Uint8Array(0))).toThrow(CorruptIndexError);
    expect(() => loadSearchIndex(new TextEncoder().encode('[{"kind":"unit"}]'))).toThrow(/search index is unreadable/);
    expect(() => loadSearchIndex(bytes.subarray(0, Math.floor(bytes.length / 2)))).toThrow(CorruptIndexError);
  });

  it('indexes an empty store', () => {
    expect(search(loadSearchIndex(buildSearchIndex([])), '护照').hits).toEqual([]);
  });
});
