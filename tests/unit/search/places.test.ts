// A place of the directory typed before the topic is a word of its own: 柯桥挥发性有机物 asks the
// office in 柯桥, not another office whose duty holds the same words (over a whole directory:
// the tune8 thresholds in labelled-sets.test.ts).
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex } from '../../../shared/search/index.ts';
import { idCounter } from '../../../shared/search/from-parsed.ts';
import { placesApart, placesOfIndex } from '../../../shared/search/places.ts';
import { makeOffice } from './make-office.ts';

const ids = idCounter();
const nantong = makeOffice(
  { name: '南通市生态环境局', units: [{ name: '大气环境科', duties: ['负责挥发性有机物治理'] }] },
  ids,
);
const keqiao = makeOffice(
  {
    name: '绍兴市生态环境局柯桥分局',
    units: [{ name: '大气与噪声科', duties: ['负责工业废气和挥发性有机物的污染治理'] }],
  },
  ids,
);
const party = makeOffice({ name: '中共测试市委宣传部', units: [{ name: '新闻科' }] }, ids);
const index = loadSearchIndex(buildSearchIndex([nantong, keqiao, party]));

describe('places of the directory', () => {
  it('are read off office names: at the start or after a level or a 局, before a level or a branch', () => {
    expect([...placesOfIndex(index)].sort()).toEqual(['南通', '柯桥', '测试', '绍兴'].sort());
  });

  it('are cut off the front of a word with at least two characters after them, and nowhere else', () => {
    const cut = (text: string) => placesApart([{ text, han: true }], index, 8).map((t) => t.text);
    expect(cut('柯桥挥发性有机物')).toEqual(['柯桥', '挥发性有机物']);
    expect(cut('柯桥区')).toEqual(['柯桥区']);
    expect(cut('挥发性有机物柯桥')).toEqual(['挥发性有机物柯桥']);
    expect(cut('杭州挥发性有机物')).toEqual(['杭州挥发性有机物']);
  });
});
