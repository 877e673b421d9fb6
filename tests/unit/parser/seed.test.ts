// The seed document (data/000_8d796a1540accf81.txt), checked against values typed by hand
// from the source text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../shared/parser/index.ts';
import { SEED_UNIT_NAMES } from '../../fixtures/seed-expected.ts';
import { allTexts, codes, parseBytes, parseFixture, ROOT, unit, unitNames } from './helpers.ts';

const doc = parseBytes(readFileSync(`${ROOT}data/000_8d796a1540accf81.txt`));
const office = doc.office;

describe('the seed: 江西省人民政府外事办公室', () => {
  it('names the office by its full formal name, with the heading name and the nameplate as aliases', () => {
    expect(office.name).toBe('江西省人民政府外事办公室');
    expect(office.aliases).toContain('江西省外事办公室');
    expect(office.aliases).toContain('省政府港澳事务办公室');
    expect(office.aliases).not.toContain('江西省人民政府外事办公室');
    expect(office.formerNames).toEqual(['江西省人民政府外事侨务办公室']);
  });

  it('reads the two intro paragraphs as the summary', () => {
    expect(office.summary).toHaveLength(2);
    expect(office.summary[0].startsWith('江西省人民政府外事办公室,是江西省2018年机构改革')).toBe(true);
    expect(office.summary[0].endsWith('加挂省政府港澳事务办公室牌子。')).toBe(true);
    expect(office.summary[1].endsWith('坚持和加强党对外事工作的集中统一。')).toBe(true);
  });

  it('reads the nine main duties with their labels and lines', () => {
    expect(office.duties.map((d) => d.label)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九']);
    expect(office.duties.map((d) => d.line)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(office.duties[0].text.startsWith('坚持和加强党对全省对外工作的集中统一领导')).toBe(true);
    expect(office.duties[0].text.endsWith('负责协调处理全省重大外事工作和涉港涉澳工作。')).toBe(true);
    expect(office.duties[8].text).toBe('完成省委、省政府交办的其他任务。');
  });

  it('reads the nine units in source order with their labels, lines and duties', () => {
    expect(unitNames(doc)).toEqual(SEED_UNIT_NAMES);
    expect(office.units.map((u) => u.label)).toEqual(['一', '二', '三', '三', '四', '五', '六', '七', '八']);
    expect(office.units.map((u) => u.line)).toEqual([15, 17, 19, 21, 23, 25, 27, 29, 32]);
    for (const u of office.units) expect(u.duties).toHaveLength(1);
    expect(unit(doc, '省委外办秘书处').duties[0]).toEqual({
      label: null,
      text: '承担省委外事工作委员会日常工作。',
      line: 16,
    });
    expect(unit(doc, '综合处').duties[0].text.startsWith('负责机关文电、会务、财务')).toBe(true);
    expect(unit(doc, '出国(境)管理处').duties[0].line).toBe(20);
    expect(unit(doc, '领事安全处').duties[0].text.endsWith('在赣的采访工作。')).toBe(true);
    expect(unit(doc, '亚洲处').aliases).toEqual(['省港澳事务处']);
    expect(unit(doc, '亚洲处').duties[0].text.endsWith('负责统筹、指导我省与港澳各领域的交流合作。')).toBe(true);
    expect(unit(doc, '出国(境)管理处').aliases).toEqual([]);
    expect(unit(doc, '机关后勤服务中心').duties[0]).toEqual({
      label: null,
      text: '承担省政府外事办公室机关后勤服务工作。',
      line: 33,
    });
  });

  it('marks every unit internal, 直属机关党委 too (it is listed under 内设机构)', () => {
    expect(office.units.map((u) => u.kind)).toEqual(Array(9).fill('internal'));
  });

  it('attaches the person to 直属机关党委', () => {
    expect(unit(doc, '直属机关党委').people).toEqual([{ title: '专职副书记', name: '顾健红', line: 31 }]);
    expect(unit(doc, '直属机关党委').duties).toHaveLength(1);
    expect(office.people).toEqual([]);
  });

  it('reads both honours with their dates, and the address', () => {
    expect(office.honors).toEqual([
      { date: '2019-03', text: '2019年3月,获得“江西省第十五届文明单位”荣誉。', line: 35 },
      {
        date: '2020-04',
        text: '2020年4月,获得江西省平安江西建设领导小组“2019年度全省平安建设(综治工作)先进单位”表彰。',
        line: 36,
      },
    ]);
    expect(office.address).toBe('南昌市苏圃路157号');
    expect(office.contacts).toEqual([{ label: '地址', value: '南昌市苏圃路157号', line: 38 }]);
    expect(office.asOf).toBeNull();
  });

  it('leaves no watermark token anywhere and keeps the disclaimer out', () => {
    const texts = allTexts(doc);
    for (const token of [
      'r,?3HH4?1UQ8:8m',
      'q3=5Ho9-7rk87N',
      'T6~60s4?7tC2~4l',
      'l5.2xW9:5Rp1-9N',
      'J7?7uW2:4ZK4+2b',
    ]) {
      expect(texts.some((t) => t.includes(token))).toBe(false);
    }
    expect(texts.some((t) => /[A-Za-z]\d[!-~]*[?~!=+;:]/.test(t))).toBe(false);
    expect(texts.some((t) => t.includes('免责声明') || t.includes('网站收录目的'))).toBe(false);
  });

  it('reports the repeated 三 on line 21 and nothing else', () => {
    expect(codes(doc)).toEqual(['duplicate-label@21']);
    expect(doc.diagnostics[0].severity).toBe('warning');
  });
});

describe('the seed in other encodings and line ends', () => {
  it.each(['seed-reencoded-gbk-crlf.txt', 'seed-reencoded-utf16le.txt'])(
    '%s parses exactly like the UTF-8 original',
    (file) => {
      expect(parseFixture(file)).toEqual(doc);
    },
  );
});

describe('the seed cut off', () => {
  const lines = readFileSync(`${ROOT}data/000_8d796a1540accf81.txt`, 'utf8').split('\n');

  it('after the last unit heading: reports the unit left without duties', () => {
    const cut = parseDocument(lines.slice(0, 32).join('\n'));
    expect(cut.diagnostics.map((d) => `${d.code}@${d.line}`)).toEqual(['duplicate-label@21', 'truncated@32']);
  });

  it('in the middle of the last duty: reports the unfinished paragraph', () => {
    const cut = parseDocument([...lines.slice(0, 32), '承担省政府外事办公室机关后勤'].join('\n'));
    expect(cut.diagnostics.map((d) => `${d.code}@${d.line}`)).toEqual(['duplicate-label@21', 'truncated@33']);
  });
});
