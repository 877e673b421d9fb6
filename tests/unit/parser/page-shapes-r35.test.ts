// Round 35's shapes (tuning documents t418–t429: saved web pages and browser copies), one rule
// each, in small pages typed here; expectations by hand.
import { describe, expect, it } from 'vitest';
import { htmlContentLines } from '../../../electron/node/documents/html.ts';
import { furnitureKind } from '../../../shared/parser/headings.ts';
import { titledUnit, titleName } from '../../../shared/parser/names.ts';
import { cleanLine } from '../../../shared/parser/noise.ts';
import { readTableRow } from '../../../shared/parser/table.ts';
import { parseDocument } from '../../../shared/parser/index.ts';

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const parsePage = (html: string) => parseDocument(htmlContentLines(html).join('\n')).office;
const unitNames = (office: { units: { name: string; kind: string }[] }) =>
  office.units.map((u) => `${u.name}${u.kind === 'affiliated' ? '*' : ''}`);

describe('an organisation chart as an image map', () => {
  const chart = (areas: string) =>
    page(
      '机构设置-石桥县林业局',
      `<div class="main"><div class="t">石桥县林业局组织机构图</div><p>点击图中的科室查看职能。</p>
      <img src="jgt.jpg" usemap="#m"><map name="m">${areas}</map></div>
      <div class="foot">石桥县林业局 版权所有</div>`,
    );

  it('reads the areas\u2019 titles (or alts) as the units, leaving out a box that is a section (局领导)', () => {
    const office = parsePage(
      chart(`<area href="/ld/" title="局领导"><area href="/a.html" title="造林股" alt="造林股">
      <area href="/b.html" alt="资源管理股"><area href="/c.html" title="石桥县林木种苗站">`),
    );
    expect(office.name).toBe('石桥县林业局');
    expect(unitNames(office)).toEqual(['造林股', '资源管理股', '石桥县林木种苗站*']);
  });

  it('leaves a map of one area (a banner link) alone', () => {
    const lines = htmlContentLines(chart('<area href="/" title="返回首页图标">'));
    expect(lines).not.toContain('返回首页图标');
  });
});

describe('an organisation chart as a table', () => {
  it('takes the top box naming the office, under the section heading, for the title', () => {
    const office = parsePage(
      page(
        '组织机构_石桥县林业局',
        `<div class="content"><h2>组织机构</h2><table>
        <tr><td colspan="2">石桥县林业局</td></tr>
        <tr><td rowspan="2">内设股室</td><td>造林股</td></tr><tr><td>资源管理股</td></tr></table></div>`,
      ),
    );
    expect(office.name).toBe('石桥县林业局');
    expect(unitNames(office)).toEqual(['造林股', '资源管理股']);
  });

  it('reads a copied chart row of names as a list, its group label first when it has one', () => {
    expect(readTableRow('内设股室\t造林股\t资源管理股')).toBe('内设股室：造林股、资源管理股');
    expect(readTableRow('直属单位\t石桥县林木种苗站')).toBe('直属单位：石桥县林木种苗站');
    expect(readTableRow('造林股\t资源管理股')).toBe('造林股、资源管理股');
    // A unit and its duty, and a leader's row, are no chart rows.
    expect(readTableRow('造林股\t负责全县植树造林工作。')).toBe('造林股\u3000负责全县植树造林工作。');
    expect(readTableRow('局长\t王明')).toBe('局长\u3000王明');
  });
});

describe('list pages and cards', () => {
  it('drops the publish date a list page sets after a unit\u2019s link, not a date in a sentence', () => {
    expect(cleanLine('造林股2025-03-12')).toBe('造林股');
    expect(cleanLine('资源管理股　[2024-11-05]')).toBe('资源管理股');
    expect(cleanLine('本局成立于2019-03-12')).toBe('本局成立于2019-03-12');
  });

  it('reads a pager and a card\u2019s 查看详情 link as chrome', () => {
    expect(furnitureKind('共12条　每页10条　页次1/2　首页 上一页 1 2 下一页 尾页')).toBe('chrome');
    expect(furnitureKind('查看详情>>')).toBe('chrome');
    expect(furnitureKind('[更多]')).toBe('chrome');
    expect(furnitureKind('更多职能详见三定规定。')).toBeNull();
  });
});

describe('a unit\u2019s own page', () => {
  it('names the office by the title part after the unit, but a street office is an office', () => {
    expect(titleName('造林股_石桥县林业局')?.name).toBe('石桥县林业局');
    expect(titledUnit('造林股_石桥县林业局')).toBe('造林股');
    expect(titledUnit('城东街道办事处简介 - 石桥县人民政府')).toBeNull();
    expect(titledUnit('内设机构_石桥县林业局')).toBeNull();
  });

  it('gives the unit its fields and its 主要职责, not the office; its room is no address', () => {
    const office = parsePage(
      page(
        '造林股_石桥县林业局',
        `<div class="detail"><h1>造林股</h1><p>负责人：郑远山</p><p>办公地点：三楼302室</p>
        <h3>主要职责</h3><p>1.拟订全县造林绿化计划并组织实施。</p><p>2.指导林木种苗生产和管理。</p></div>`,
      ),
    );
    expect(office.name).toBe('石桥县林业局');
    expect(office.duties).toHaveLength(0);
    expect(office.address).toBeNull();
    expect(office.units.map((u) => [u.name, u.duties.length, u.people.map((p) => p.name)])).toEqual([
      ['造林股', 2, ['郑远山']],
    ]);
  });
});
