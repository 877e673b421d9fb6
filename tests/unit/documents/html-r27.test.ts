// Round 27's web-page shapes (tuning documents t290–t309), one rule each, in small pages typed
// here; expectations by hand.
import { describe, expect, it } from 'vitest';
import { htmlContentLines } from '../../../electron/node/documents/html.ts';

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

describe('web page shapes of round 27', () => {
  it('nests a list item over bare unit names, and drops a class label over units of its own kind', () => {
    const lines = htmlContentLines(
      page(
        '政协北川县委员会',
        '<div class="main"><h2>政协北川县委员会</h2><p>主要职能是围绕全县改革发展稳定的重要问题开展政治协商，提出意见建议。</p><ul>' +
          '<li>办公室<ul><li>秘书科</li><li>综合科</li></ul></li>' +
          '<li>专门委员会<ul><li>提案委员会</li><li>经济委员会</li></ul></li></ul></div>',
      ),
    );
    expect(lines).toContain('办公室：秘书科、综合科');
    expect(lines).toContain('提案委员会');
    expect(lines).not.toContain('专门委员会');
  });

  it('adds the units a site menu lists when the content has none', () => {
    const lines = htmlContentLines(
      page(
        '主要职责-北川县住房和城乡建设局',
        '<div class="menu"><ul><li><a>主要职责</a></li><li><a>内设机构</a><ul><li><a>办公室</a></li><li><a>住房保障股</a></li></ul></li></ul></div>' +
          '<div class="main"><h2>主要职责</h2><p>1.贯彻执行住房和城乡建设方面的法律法规和方针政策，拟订相关政策措施。</p><p>2.承担保障城镇低收入家庭住房的责任，拟订住房保障政策。</p></div>',
      ),
    );
    expect(lines.slice(-3)).toEqual(['内设机构', '办公室', '住房保障股']);
  });

  it('names the office from the masthead when the title names none, and takes the footer address then', () => {
    const lines = htmlContentLines(
      page(
        '机构设置 - 清风北川',
        '<div class="banner"><span class="a">清风北川</span><span class="b">中共北川县纪律检查委员会　北川县监察委员会</span></div>' +
          '<div class="content"><h2>机构设置</h2><h3>内设机构</h3><ul><li>办公室</li><li>信访室</li><li>案件审理室</li></ul>' +
          '<p>县委巡察工作领导小组办公室设在县纪委监委机关，负责巡察工作的统筹协调和日常管理。</p></div>' +
          '<div class="footer">版权所有：中共北川县纪律检查委员会　北川县监察委员会　地址：北川县人民路1号</div>',
      ),
    );
    expect(lines[0]).toBe('北川县监察委员会\u3000中共北川县纪律检查委员会');
    expect(lines.at(-1)).toBe('地址：北川县人民路1号');
  });

  it('takes no masthead name when the title names the office', () => {
    const lines = htmlContentLines(
      page(
        '机构设置_北川县财政局',
        '<div class="header">北川县人民政府</div><div class="content"><h2>机构设置</h2><p>北川县财政局内设办公室、预算股、国库股3个股室，负责全县财政工作。</p></div>',
      ),
    );
    expect(lines.join('|')).not.toContain('北川县人民政府');
  });

  it('takes no masthead name from a content box classed as a head', () => {
    const lines = htmlContentLines(
      page(
        '机构设置 - 政务公开',
        '<div class="side"><div class="side-head">北川县人民政府</div><ul><li><a href="/a">通知公告</a></li></ul></div>' +
          '<div class="content"><h2>机构设置</h2><p>办公室、法规科。</p></div>',
      ),
    );
    expect(lines.join('|')).not.toContain('北川县人民政府');
  });

  it('takes no masthead name when the content opens with a sentence naming the office', () => {
    const lines = htmlContentLines(
      page(
        '机构职能 - 政务公开',
        '<div class="header">北川县人民政府</div><div class="content"><h2>机构职能</h2><p>北川县财政局是县人民政府工作部门，主管全县财政收支和财税政策工作。</p></div>',
      ),
    );
    expect(lines.join('|')).not.toContain('北川县人民政府');
  });

  it('matches the footer to the office by the short name the content gives it', () => {
    const lines = htmlContentLines(
      page(
        '机构设置_北川市人民代表大会常务委员会',
        '<div class="article"><h1>北川市人民代表大会常务委员会</h1><p>北川市人民代表大会常务委员会（简称市人大常委会）是市人民代表大会的常设机关。</p>' +
          '<h3>办公室</h3><p>负责常委会会议的组织和服务工作。</p></div>' +
          '<div class="footer">版权所有：北川市人大常委会办公室　地址：北川市政府大院2号楼</div>',
      ),
    );
    expect(lines.at(-1)).toBe('地址：北川市政府大院2号楼');
  });
});
