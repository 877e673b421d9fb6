// The shortcuts the query side takes for speed must find what reading everything finds:
// postings decoded into a buffer and read chunk header by chunk header, an abbreviation read
// only against the offices whose name leads its rarer character's list, names for a pinyin
// pattern taken from the two smallest of its lists, duty pinyin pairs found within one
// character's run of keys, a one-pair term offered straight from its lists, and the
// alignment's reused matrices. Expectations are typed by hand from the records below.
import { describe, expect, it } from 'vitest';
import { alignWord } from '../../../shared/search/align.ts';
import { stringOfCodes } from '../../../shared/search/char-codes.ts';
import { idCounter } from '../../../shared/search/from-parsed.ts';
import { buildSearchIndex, loadSearchIndex, search } from '../../../shared/search/index.ts';
import { isOfficeName, recText } from '../../../shared/search/record.ts';
import { makeOffice } from './make-office.ts';

const ids = idCounter();
const index = loadSearchIndex(
  buildSearchIndex([
    makeOffice(
      {
        name: '测试市市场监督管理局',
        units: [
          { name: '办公室', duties: ['负责机关日常运转'] },
          { name: '护照签证科', duties: ['负责因公护照和签证的办理'] },
          { name: '户籍科', duties: ['负责户政管理', '负责户照核对'] },
        ],
      },
      ids,
    ),
    makeOffice(
      {
        name: '测试县公安局',
        units: [
          { name: '保管所', duties: ['负责物品保管'] },
          { name: '出入境管理科', duties: ['负责出入境证件', '承办ABC系统的维护'] },
          { name: '宾馆科', duties: ['负责宾馆登记'] },
        ],
      },
      ids,
    ),
    makeOffice({ name: '测试镇人民政府', units: [{ name: '党政办公室', duties: ['负责镇监督工作'] }] }, ids),
  ]),
);

const texts = (q: string) => search(index, q, { limit: 50 }).hits.map((h) => h.text);
const recordsHolding = (ch: string) =>
  Array.from({ length: index.recCount }, (_, r) => r).filter((r) => recText(index, r, 'norm').includes(ch));

describe('postings read into a buffer', () => {
  it('decodes a list as the records whose text holds the character, ascending', () => {
    const slot = index.uni.find('局'.charCodeAt(0));
    const out = new Int32Array(index.uni.byteLength(slot));
    const n = index.uni.decode(slot, out);
    expect([...out.subarray(0, n)]).toEqual(recordsHolding('局'));
  });

  it('lists the offices whose own name leads a list, from the chunk headers', () => {
    const leading = (ch: string) => {
      const slot = index.uni.find(ch.charCodeAt(0));
      const out = new Int32Array(index.meta.offices.length);
      return [...out.subarray(0, index.uni.officesLeading(slot, out))];
    };
    // 局 names the first two offices; 监 is in the first's name and only in a duty of the third.
    expect(leading('局')).toEqual([0, 1]);
    expect(leading('监')).toEqual([0]);
    expect(leading('镇')).toEqual([2]);
    expect(isOfficeName(index, index.officeStart[2])).toBe(true);
  });
});

describe('an abbreviation read against the offices whose name leads its rarer character', () => {
  it('still finds the office it abbreviates, whichever of its first two characters is rarer', () => {
    // 市 is in one office name, 监 in one name and a duty; 公安 only in the second office's name.
    expect(texts('市监局')).toContain('测试市市场监督管理局');
    expect(texts('县公局')).toContain('测试县公安局');
  });
});

describe('names for a pinyin pattern from its two smallest lists', () => {
  it('finds the names the whole pattern matches, and not those that match one list only', () => {
    expect(texts('huzhaoqian')).toContain('护照签证科');
    expect(texts('huzhaoqian')).not.toContain('户籍科');
    // Initials: 办公室 and 保管所 read b-g-s; 宾馆科 reads b-g-k.
    const bgs = texts('bgs');
    expect(bgs).toEqual(expect.arrayContaining(['办公室', '保管所', '党政办公室']));
    expect(bgs).not.toContain('宾馆科');
  });

  it('finds duty text by full pinyin through the character pairs of its first two syllables', () => {
    expect(texts('huzheng')).toContain('负责户政管理');
    expect(texts('yingong')).toContain('负责因公护照和签证的办理');
  });
});

describe('a term of one character pair', () => {
  it('offers every record holding the pair, or its homophone where the pair as typed is nowhere', () => {
    expect(texts('签证')).toEqual(expect.arrayContaining(['护照签证科', '负责因公护照和签证的办理']));
    // 户照 is in one record only, too few to trust as typed: its homophone 护照 is read too.
    expect(texts('户照')).toEqual(expect.arrayContaining(['负责户照核对', '护照签证科', '负责因公护照和签证的办理']));
  });
});

describe('Latin text found in the folded codes', () => {
  it('highlights the letters where the record holds them', () => {
    const hit = search(index, 'abc').hits.find((h) => h.text === '承办ABC系统的维护');
    expect(hit?.matches).toEqual([[2, 5]]);
  });
});

describe('the alignment with reused matrices', () => {
  it('aligns a record exactly after shorter and longer ones', () => {
    const codes = [...'护照'].map((c) => c.charCodeAt(0));
    const syls = codes.map((c) => index.hanSyl[c - 0x4e00]);
    const rec = (text: string) => recordsHolding(text).find((r) => recText(index, r, 'norm') === text)!;
    // A narrower matrix before leaves its second row where the next one's first row is.
    alignWord(index, rec('户籍科'), codes, syls);
    expect(alignWord(index, rec('负责因公护照和签证的办理'), codes, syls)).toEqual({ quality: 1, positions: [4, 5] });
    expect(alignWord(index, rec('护照签证科'), codes, syls)).toEqual({ quality: 1, positions: [0, 1] });
    expect(alignWord(index, rec('负责物品保管'), codes, syls).positions).toEqual([]);
  });
});

describe('strings from character codes', () => {
  it('makes short and very long strings whole', () => {
    expect(stringOfCodes(Uint16Array.from([0x62a4, 0x7167]))).toBe('护照');
    const long = '护照'.repeat(6000);
    expect(stringOfCodes(Uint16Array.from(long, (c) => c.charCodeAt(0)))).toBe(long);
    expect(stringOfCodes(new Uint16Array(0))).toBe('');
  });
});
