// Per-office segments: an index merged from the stored index with one office replaced must
// answer exactly as an index built afresh from the offices as they are now.
import { describe, expect, it } from 'vitest';
import {
  DROPPED_OFFICE,
  buildSearchIndex,
  buildSegment,
  loadSearchIndex,
  mergeIndexes,
  search,
  type SearchIndex,
} from '../../../shared/search/index.ts';
import { idCounter } from '../../../shared/search/from-parsed.ts';
import { makeOffice } from './make-office.ts';

const ids = idCounter();
const foreign = makeOffice(
  {
    name: '测试省人民政府外事办公室',
    aliases: ['测试省外办'],
    units: [
      { name: '亚洲处', duties: ['负责亚洲地区国际友好城市的缔结'], people: [['处长', '顾健红']] },
      { name: '领事处', duties: ['办理因公护照和签证'] },
    ],
  },
  ids,
);
const educationBefore = makeOffice(
  {
    name: '测试省教育厅',
    units: [{ name: '教师工作处', duties: ['负责教师资格认定'] }],
    duties: ['拟订全省教育发展规划'],
  },
  ids,
);
const civil = makeOffice(
  {
    name: '测试省民政厅',
    units: [
      { name: '婚姻登记处', duties: ['指导婚姻登记和收养登记工作'] },
      { name: '社会救助处', duties: ['承担最低生活保障工作'] },
    ],
    address: '测试市北京路5号',
  },
  ids,
);
// The education office imported again: a new id (as the store gives it), different units.
const educationAfter = makeOffice(
  {
    name: '测试省教育厅',
    units: [
      { name: '学生资助处', duties: ['负责家庭经济困难学生资助工作'], people: [['处长', '闵学军']] },
      { name: '教师工作处', duties: ['负责中小学教师培训'] },
    ],
  },
  ids,
);

const QUERIES = ['教师', '教师资格', '学生资助', 'xszz', 'minxuejun', '婚姻登记', '护照', '亚州处', '北京路', '测试省'];

function answers(index: SearchIndex) {
  return QUERIES.map((q) =>
    search(index, q, { limit: 20 }).hits.map(
      ({ kind, office, unit, text, score, matches, officeId, unitId, line }) => ({
        kind,
        office,
        unit,
        text,
        score,
        matches,
        officeId,
        unitId,
        line,
      }),
    ),
  );
}

describe('per-office segments', () => {
  const before = loadSearchIndex(buildSearchIndex([foreign, educationBefore, civil]));
  const spliced = loadSearchIndex(
    mergeIndexes([{ index: before, drop: new Set([1]) }, { index: loadSearchIndex(buildSegment(educationAfter)) }]),
  );
  const fresh = loadSearchIndex(buildSearchIndex([foreign, civil, educationAfter]));

  it('answers after replacing one office exactly as an index built afresh', () => {
    expect(answers(spliced)).toEqual(answers(fresh));
  });

  it('finds the replacing office and nothing of the replaced one', () => {
    expect(search(spliced, '学生资助').hits[0]).toMatchObject({ unit: '学生资助处', officeId: educationAfter.id });
    expect(search(spliced, '教师资格').hits.filter((h) => h.officeId === educationBefore.id)).toEqual([]);
    // The replaced office's clause is gone; what is left of the words may still name an office.
    const clause = search(spliced, '拟订全省教育发展规划').hits;
    expect(clause.filter((h) => h.officeId === educationBefore.id || h.text.includes('发展规划'))).toEqual([]);
    expect(search(spliced, '护照', { officeId: educationBefore.id }).hits).toEqual([]);
    const teachers = search(spliced, '教师', { officeId: educationAfter.id }).hits;
    expect(new Set(teachers.map((h) => h.unit))).toEqual(new Set(['教师工作处']));
  });

  it('keeps the replaced office as an empty entry, so no other office is renumbered', () => {
    expect(spliced.meta.offices.map((o) => o.id)).toEqual([foreign.id, DROPPED_OFFICE, civil.id, educationAfter.id]);
    expect(spliced.officeStart[1]).toBe(spliced.officeStart[2]);
    expect(spliced.recCount).toBe(fresh.recCount);
  });

  it('merges a merged index again (a second replacement) to the same answers', () => {
    const again = loadSearchIndex(
      mergeIndexes([{ index: spliced, drop: new Set([0]) }, { index: loadSearchIndex(buildSegment(foreign)) }]),
    );
    expect(answers(again)).toEqual(answers(loadSearchIndex(buildSearchIndex([civil, educationAfter, foreign]))));
  });
});

describe('merging many segments', () => {
  // Past office 127 an office number takes two bytes in a list's chunk header: a merge must
  // size every list for the wider numbers. Each office holds 档 in one record, its duty.
  const many = Array.from({ length: 200 }, (_, k) =>
    makeOffice({ name: `测试市第${k + 1}局`, duties: ['负责档案管理'] }, ids),
  );
  const merged = loadSearchIndex(
    mergeIndexes(many.map((office) => ({ index: loadSearchIndex(buildSegment(office)) }))),
  );

  it('lists the one record of each of the 200 offices, in office order', () => {
    const slot = merged.uni.find('档'.charCodeAt(0));
    expect(merged.uni.size(slot)).toBe(200);
    const records = new Int32Array(merged.recCount);
    const n = merged.uni.decode(slot, records);
    expect(Array.from(records.subarray(0, n), (r) => merged.recOffice[r])).toEqual(many.map((_, k) => k));
  });

  it('finds the last office’s duty, whose list ends the merged lists', () => {
    const last = many[199]!;
    expect(search(merged, '档案管理', { officeId: last.id }).hits[0]).toMatchObject({
      officeId: last.id,
      text: '负责档案管理',
    });
  });
});
