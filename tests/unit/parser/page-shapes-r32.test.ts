// Round 32's shapes (tuning documents t382–t393: web pages and text copies), one rule each, in
// small pages typed here; expectations by hand.
import { describe, expect, it } from 'vitest';
import { htmlContentLines } from '../../../electron/node/documents/html.ts';
import { proseAliases, titleName } from '../../../shared/parser/names.ts';
import { parseDocument } from '../../../shared/parser/index.ts';

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const unitNames = (html: string) =>
  parseDocument(htmlContentLines(html).join('\n')).office.units.map(
    (u) => `${u.name}${u.kind === 'affiliated' ? '*' : ''}`,
  );

describe('ARIA tabs', () => {
  const tabs = (pairing: (i: number) => [string, string]) =>
    page(
      '机构设置 - 南岭县气象局',
      `<div class="main"><h3>内设机构</h3><ul role="tablist">
      ${['业务科', '政策法规科'].map((n, i) => `<li role="tab" id="t${i}" ${pairing(i)[0]}>${n}</li>`).join('')}</ul>
      <div class="panes">
      <div role="tabpanel" id="p0" ${pairing(0)[1]}><p>负责气象观测业务的组织实施和质量管理。</p></div>
      <div role="tabpanel" id="p1" ${pairing(1)[1]} hidden><p>负责气象法规的宣传和行政执法监督工作。</p></div></div></div>`,
    );

  it('puts each tab label over the pane its aria-controls names, even when the labels are unit names', () => {
    const html = tabs((i) => [`aria-controls="p${i}"`, '']);
    const lines = htmlContentLines(html);
    expect(lines.indexOf('政策法规科')).toBe(lines.indexOf('负责气象法规的宣传和行政执法监督工作。') - 1);
    expect(unitNames(html)).toEqual(['业务科', '政策法规科']);
  });

  it('pairs them by the pane\u2019s aria-labelledby as well', () => {
    const lines = htmlContentLines(tabs((i) => ['', `aria-labelledby="t${i}"`]));
    expect(lines.indexOf('业务科')).toBe(lines.indexOf('负责气象观测业务的组织实施和质量管理。') - 1);
  });
});

describe('Bootstrap tabs', () => {
  const strip = (attr: (i: number) => string, pane1: string) =>
    page(
      '内设机构_南岭县审计局',
      `<div class="main"><h2>内设机构</h2><ul class="nav nav-tabs">
      ${['办公室', '财政审计股'].map((n, i) => `<li><a ${attr(i)}>${n}</a></li>`).join('')}</ul>
      <div class="tab-content"><div class="tab-pane active" id="p0"><p>负责机关日常运转，承担文电、会务和档案工作。</p></div>
      <div class="tab-pane" id="p1">${pane1}<p>组织实施县本级预算执行和决算草案审计。</p></div></div></div>`,
    );

  it('puts each tab link over the pane its href or data-target names', () => {
    const byHref = strip((i) => `href="#p${i}" data-toggle="tab"`, '');
    expect(unitNames(byHref)).toEqual(['办公室', '财政审计股']);
    const byTarget = strip((i) => `href="javascript:;" data-bs-target="#p${i}" data-bs-toggle="tab"`, '');
    expect(unitNames(byTarget)).toEqual(['办公室', '财政审计股']);
  });

  it('adds no second heading to a pane that opens with its label', () => {
    const lines = htmlContentLines(strip((i) => `href="#p${i}" data-toggle="tab"`, '<h4>财政审计股</h4>'));
    expect(lines.filter((line) => line === '财政审计股')).toHaveLength(1);
  });

  it('leaves in-page links that are no tabs alone', () => {
    const lines = htmlContentLines(strip((i) => `href="#p${i}"`, ''));
    expect(lines.indexOf('财政审计股')).toBeLessThan(lines.indexOf('负责机关日常运转，承担文电、会务和档案工作。'));
  });
});

describe('accordions in several boxes', () => {
  it('reads every box of the same kind, with the headings between them, when the best one holds only cards', () => {
    const item = (name: string, duty: string) =>
      `<div class="acc-item"><button class="acc-head">${name}</button><div class="acc-body" hidden><p>${duty}</p></div></div>`;
    const html = page(
      '内设机构_南岭县审计局',
      `<div class="main"><h2>内设机构</h2><div class="accordion">
      ${item('办公室', '负责机关日常运转，承担文电、会务和档案工作。')}
      ${item('财政审计股', '组织实施县本级预算执行和决算草案审计。')}</div>
      <h2>直属单位</h2><div class="accordion">${item('南岭县审计信息中心', '承担审计数据采集和分析的技术保障工作。')}</div></div>`,
    );
    expect(unitNames(html)).toEqual(['办公室', '财政审计股', '南岭县审计信息中心*']);
  });
});

describe('names', () => {
  it('reads the second name of 一个机构两块牌子 as an alias', () => {
    expect(proseAliases('中共南岭县委党校与南岭县行政学校实行一个机构两块牌子，为县委直属事业单位。')).toEqual([
      '南岭县行政学校',
    ]);
  });

  it('takes no body\u2019s kind in a title (学校简介) for a name', () => {
    expect(titleName('学校简介')).toBeNull();
    expect(titleName('学校简介--中共南岭县委党校')?.name).toBe('中共南岭县委党校');
    expect(titleName('南岭县实验学校')?.name).toBe('南岭县实验学校');
  });
});

describe('a column heading naming the body by its kind', () => {
  it('gives a text copy opening with 学校简介 no alias 学校', () => {
    const d = parseDocument(
      ['学校简介', '中共南岭县委党校是县委直属事业单位。', '主要职能', '1.承担全县干部教育培训任务。'].join('\n'),
    );
    expect(d.office.name).toBe('中共南岭县委党校');
    expect(d.office.aliases).toEqual([]);
  });
});
