import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex, search } from '../../../shared/search/index.ts';
import { makeOffice } from './make-office.ts';

const index = loadSearchIndex(
  buildSearchIndex([
    makeOffice({
      name: '测试金融办公室',
      units: [
        { name: '综合处', duties: ['负责机关文电、档案工作'] },
        { name: '银行业务处', duties: ['负责银行机构的联络服务'] },
        { name: '重庆联络处', duties: ['负责与重庆市的联络'] },
        { name: '领事安全处', people: [['处长', '顾健红']] },
      ],
    }),
  ]),
);

const top = (q: string) => search(index, q).hits[0];

describe('pinyin computed at import', () => {
  it('finds names by full pinyin', () => {
    expect(top('zonghechu').unit).toBe('综合处');
    expect(top('zonghechu').matches).toEqual([[0, 3]]);
  });

  it('finds names by initials', () => {
    expect(top('lsaq').unit).toBe('领事安全处');
    expect(top('lsaq').matches).toEqual([[0, 4]]);
  });

  it('finds people by the pinyin of their name, highlighting the name', () => {
    const hit = top('gujianhong');
    expect(hit.kind).toBe('person');
    expect(hit.unit).toBe('领事安全处');
    expect(hit.text).toBe('处长 顾健红');
    expect(hit.matches).toEqual([[3, 6]]);
  });

  it('reads polyphonic characters in context (银行 hang, 重庆 chong)', () => {
    expect(top('yinhangyewu').unit).toBe('银行业务处');
    expect(top('chongqing').unit).toBe('重庆联络处');
    expect(search(index, 'yinxingyewu').hits).toEqual([]);
    expect(search(index, 'zhongqinglianluo').hits).toEqual([]);
  });

  it('finds duty words by full pinyin', () => {
    const hit = top('dangan');
    expect(hit.unit).toBe('综合处');
    expect(hit.text).toBe('负责机关文电、档案工作');
    expect(hit.matches).toEqual([[7, 9]]);
  });

  it('takes a last syllable that is whole but also starts a longer one as still being typed (lin → ling)', () => {
    expect(search(index, 'lin').hits.map((h) => h.unit)).toContain('领事安全处');
    expect(top('lingshian').unit).toBe('领事安全处');
    expect(top('lingshian').matches).toEqual([[0, 3]]);
  });

  it('answers every prefix of a pinyin word as it is typed', () => {
    for (const prefix of ['zo', 'zon', 'zong', 'zongh', 'zonghe', 'zonghec']) {
      expect(search(index, prefix).hits.map((h) => h.unit)).toContain('综合处');
    }
  });
});
