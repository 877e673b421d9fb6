// Round 41's shapes (tuning documents t496–t507: saved pages and text copies), one rule each,
// in small documents typed here; expectations by hand.
import { describe, expect, it } from 'vitest';
import { htmlContentLines } from '../../../electron/node/documents/html.ts';
import { parseLabel } from '../../../shared/parser/numbering.ts';
import { looksLikeOrgName } from '../../../shared/parser/names.ts';
import { parseDocument } from '../../../shared/parser/index.ts';

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const lines = (body: string) => htmlContentLines(page('机构设置', body));

describe('a paragraph of links set apart only by separators', () => {
  it('gives each link of a `|` run its own line', () => {
    expect(lines('<p><a href="a">综合科</a> | <a href="b">财务科</a>｜<a href="c">督查科</a></p>')).toContain('财务科');
  });

  it('gives each link of a full-width-space run its own line', () => {
    const out = lines('<p><a href="a">南浦县水文站</a>　<a href="b">南浦县灌区管理所</a></p>');
    expect(out).toContain('南浦县水文站');
    expect(out).toContain('南浦县灌区管理所');
  });

  it('keeps a paragraph with words between its links as one line', () => {
    expect(lines('<p>详见<a href="a">综合科</a>和<a href="b">财务科</a>的说明</p>')).toContain(
      '详见综合科和财务科的说明',
    );
  });
});

describe('a decimal <ol> inside an item of a decimal <ol>', () => {
  it('numbers the inner items as the level below (（1）), the outer ones as 1.', () => {
    const out = lines('<ol><li>秘书科<ol><li>承担会务。</li><li>负责督办。</li></ol></li><li>财务科</li></ol>');
    expect(out).toEqual(expect.arrayContaining(['1.秘书科', '（1）承担会务。', '（2）负责督办。', '2.财务科']));
  });

  it('reads each inner list as the duties of its item', () => {
    const html = page(
      '内设机构 - 东坪市林业局',
      '<h2>内设机构</h2><ol><li>秘书科<ol><li>承担会务。</li><li>办理文电。</li></ol></li>' +
        '<li>造林科<ol><li>指导植树造林。</li><li>拟订造林计划。</li><li>组织苗木调运。</li></ol></li></ol>',
    );
    const units = parseDocument(htmlContentLines(html).join('\n')).office.units;
    expect(units.map((u) => [u.name, u.duties.length])).toEqual([
      ['秘书科', 2],
      ['造林科', 3],
    ]);
  });
});

describe('zero-padded numbers set apart by a space', () => {
  it('reads `01 name` and `12 name` as numbered items', () => {
    expect(parseLabel('01 综合办公室')).toMatchObject({ start: 1, rest: '综合办公室' });
    expect(parseLabel('12　应急管理办公室')).toMatchObject({ start: 12, rest: '应急管理办公室' });
  });

  it('leaves years, phones and glued numbers alone', () => {
    expect(parseLabel('2026 年工作要点')).toBeNull();
    expect(parseLabel('0731-8865210')).toBeNull();
    expect(parseLabel('05办公室')).toBeNull();
  });
});

describe('bracketed field labels under a unit', () => {
  it('reads `【职责】` as the unit\u2019s duty and `【电话】` as its phone, not sections', () => {
    const text = [
      '西岭区人力资源和社会保障局',
      '内设机构',
      '劳动关系科',
      '【职责】指导劳动合同实施和集体协商工作。',
      '【电话】0833-2210456',
      '职业能力建设科',
      '【职责】拟订职业技能培训计划。',
      '【电话】0833-2210461',
    ].join('\n');
    const units = parseDocument(text).office.units;
    expect(units.map((u) => [u.name, u.duties.length])).toEqual([
      ['劳动关系科', 1],
      ['职业能力建设科', 1],
    ]);
  });
});

describe('storehouses are bodies', () => {
  it('reads X仓库, X储备库 and X粮库 as names', () => {
    expect(looksLikeOrgName('西岭省物资储备仓库')).toBe(true);
    expect(looksLikeOrgName('西岭县中心粮库')).toBe(true);
    expect(looksLikeOrgName('建立数据库')).toBe(false);
  });
});
