// A term held by more than 3,000 records (管理 in a big directory) costs thousands of reads and
// weighs little: over the whole directory it is not read when another term selects, only names
// still come in past the first 3,000 records, and the union of candidates is the selective
// terms'. One office of 3,100 clauses, the smallest directory that reaches the cap.
import { describe, expect, it } from 'vitest';
import { idCounter } from '../../../shared/search/from-parsed.ts';
import { buildSearchIndex, loadSearchIndex } from '../../../shared/search/index.ts';
import { recText } from '../../../shared/search/record.ts';
import { planTerms, retrieve, type RecordRange } from '../../../shared/search/retrieval.ts';
import { queryTerms } from '../../../shared/search/terms.ts';
import { makeOffice } from './make-office.ts';

const ids = idCounter();
const big = makeOffice(
  {
    name: '测试市城市管理局',
    units: [
      { name: '锅炉科', duties: ['负责锅炉管理'] },
      { name: '综合科', duties: Array.from({ length: 3100 }, (_, i) => `管理${i + 1}工作`) },
      { name: '管理科' },
    ],
  },
  ids,
);
const small = makeOffice({ name: '测试县教育局', units: [{ name: '教师股', duties: ['负责教师管理'] }] }, ids);
const index = loadSearchIndex(buildSearchIndex([big, small]));
const whole: RecordRange = { lo: 0, hi: index.recCount };
const bigOffice: RecordRange = { lo: 0, hi: index.officeStart[1] };

function retrieved(query: string, range: RecordRange) {
  const plans = planTerms(index, queryTerms(query, index.t2s));
  const r = retrieve(index, plans, range, 10_000, (_rec, coverage) => coverage);
  const texts = r.candidates.map((c) => recText(index, c.rec, 'orig'));
  const coverage = new Map(r.candidates.map((c, i) => [texts[i], c.coverage]));
  return { ...r, texts, coverage, terms: plans.map((p) => p.term.text) };
}

describe('a term past the cap, over the whole directory, next to a selective term', () => {
  it('is not read: only the selective term brings candidates, and the common one weighs but is not credited', () => {
    const r = retrieved('锅炉 管理', whole);
    expect(r.terms).toEqual(['锅炉', '管理']);
    expect(r.texts.sort()).toEqual(['负责锅炉管理', '锅炉科']);
    const [boilers, management] = r.weights;
    expect(management).toBeGreaterThan(0);
    expect(management).toBeLessThan(boilers);
    expect(r.coverage.get('负责锅炉管理')).toBeCloseTo(boilers / (boilers + management), 6);
    // Not read, so no office's name is noted as holding it (测试市城市管理局 does).
    expect(r.officeNames[1].size).toBe(0);
  });

  it('is not read next to a Latin term either (a Latin term always selects)', () => {
    const r = retrieved('guolu 管理', whole);
    const [boilers, management] = r.weights;
    expect(r.texts.sort()).toEqual(['负责锅炉管理', '锅炉科']);
    expect(r.coverage.get('负责锅炉管理')).toBeCloseTo(boilers / (boilers + management), 6);
  });
});

describe('a term past the cap within one office', () => {
  it('is read and credited, while the candidates are still the selective term’s', () => {
    const r = retrieved('锅炉 管理', bigOffice);
    expect(r.texts.sort()).toEqual(['负责锅炉管理', '锅炉科']);
    expect(r.coverage.get('负责锅炉管理')).toBeCloseTo(1, 6);
    expect(r.coverage.get('锅炉科')).toBeLessThan(1);
    expect([...r.officeNames[1].keys()]).toEqual([0]);
  });
});

describe('a term past the cap with nothing selective beside it', () => {
  it('brings its first 3,000 records, and after them names only', () => {
    const r = retrieved('管理', whole);
    // The office's name, 负责锅炉管理 and 2,998 clauses, then 管理科 (a name, after every
    // clause); the education office's 负责教师管理 comes after the first 3,000.
    expect(r.texts).toHaveLength(3001);
    expect(r.texts).toContain('测试市城市管理局');
    expect(r.texts).toContain('负责锅炉管理');
    expect(r.texts).toContain('管理科');
    expect(r.texts).toContain('管理2998工作');
    expect(r.texts).not.toContain('管理2999工作');
    expect(r.texts).not.toContain('负责教师管理');
  });

  it('brings the records of every term when all are past the cap', () => {
    const r = retrieved('管理 工作', whole);
    expect(r.terms).toEqual(['管理', '工作']);
    expect(r.texts).toContain('管理1工作');
    expect(r.coverage.get('管理1工作')).toBe(1);
    expect(r.coverage.get('测试市城市管理局')).toBeLessThan(1);
  });
});

describe('an abbreviation whose every character is past the cap', () => {
  it('is not looked for in clauses (管…工 in each 管理N工作 is too common to read per keystroke)', () => {
    expect(retrieved('管工', whole).texts).toEqual([]);
  });
});

describe('a term past the cap beside terms that find nothing', () => {
  it('is read after all: a question is never empty when one of its words is in the directory', () => {
    // 量子 is in no record; 怎么办理-like words are dropped earlier, this one is a real term.
    const r = retrieved('管理 量子', whole);
    expect(r.terms).toEqual(['管理', '量子']);
    expect(r.texts).toContain('负责锅炉管理');
    expect(r.texts).toContain('管理科');
  });

  it('is read beside a Latin word that finds nothing', () => {
    const r = retrieved('管理 qxzv', whole);
    expect(r.texts).toContain('负责锅炉管理');
    expect(r.texts).toContain('管理科');
  });
});
