// Round 28's shapes (tuning documents t310–t329: townships, 群团, 事业单位, WeChat articles), one
// rule each, in small documents typed here; expectations by hand.
import { describe, expect, it } from 'vitest';
import { htmlContentLines } from '../../../electron/node/documents/html.ts';
import { cleanLine } from '../../../shared/parser/noise.ts';
import { parseDocument } from '../../../shared/parser/index.ts';

const doc = (...lines: string[]) => parseDocument(lines.join('\n'));
const unitNames = (d: ReturnType<typeof doc>) =>
  d.office.units.map((u) => `${u.name}${u.kind === 'affiliated' ? '*' : ''}`);

describe('WeChat articles', () => {
  it('takes emoji bullets off a line, but not a copyright sign', () => {
    expect(cleanLine('🔹 负责辖区平安建设工作；')).toBe('负责辖区平安建设工作；');
    expect(cleanLine('☎️ 电话：0755-2890123')).toBe('电话：0755-2890123');
    expect(cleanLine('© 北川县博物馆')).toBe('© 北川县博物馆');
  });

  it('reads the office after a column tag in the title, and leaves the byline and follow prompts out', () => {
    const d = doc(
      '一图读懂｜北川街道办事处机构职能',
      '原创 北川街道 北川发布 2024-03-18 09:30 发表于广东',
      '点击蓝字 关注我们',
      '▲ 内设机构',
      '◆ 党政办公室：负责机关运转和督查督办。',
      '◆ 城市管理办公室：负责市容环境工作。',
      '📍 地址：北川路1号',
      '👇 长按识别二维码关注我们',
      '喜欢就点个“在看”吧',
    );
    expect(d.office.name).toBe('北川街道办事处');
    expect(unitNames(d)).toEqual(['党政办公室', '城市管理办公室']);
    expect(d.office.units[1]!.duties).toHaveLength(1);
    expect(d.office.address).toBe('北川路1号');
  });
});

describe('explainer titles and keycap numbers', () => {
  it('reads the office after a 【tag】 and an 一文了解 lead, and keycap digits as numbering', () => {
    const d = doc(
      '【收藏】一文了解北川镇人民政府机构设置',
      '北川镇人民政府',
      '👉 主要职责',
      '1️⃣ 负责全镇经济社会发展规划的实施；',
      '2️⃣ 负责全镇公共服务工作。',
      '👉 内设机构',
      '✅ 党政综合办公室',
    );
    expect(d.office.name).toBe('北川镇人民政府');
    expect(d.office.duties.map((x) => [x.label, x.text])).toEqual([
      ['1.', '负责全镇经济社会发展规划的实施；'],
      ['2.', '负责全镇公共服务工作。'],
    ]);
    expect(unitNames(d)).toEqual(['党政综合办公室']);
  });
});

describe('lists of other bodies and places', () => {
  it('reads a government page\u2019s 工作部门 and its townships as no duties and no units', () => {
    const d = doc(
      '北川县人民政府',
      '县政府职能',
      '1、执行县人民代表大会的决议。',
      '2、领导所属各工作部门的工作。',
      '县政府工作部门',
      '北川县财政局',
      '北川县教育局',
      '乡镇',
      '城关镇、石桥镇',
    );
    expect(d.office.duties).toHaveLength(2);
    expect(d.office.units).toEqual([]);
  });

  it('reads the companies an office oversees and a federation\u2019s associations as no units', () => {
    const d = doc(
      '北川县国有资产事务中心',
      '内设机构',
      '中心设办公室、产权股2个股室。',
      '监管企业',
      '1. 北川县城市建设投资集团有限公司',
      '2. 北川县交通投资有限公司',
    );
    expect(unitNames(d)).toEqual(['办公室', '产权股']);
    const e = doc('北川县残疾人联合会', '内设机构：办公室、康复部。', '残疾人专门协会：县盲人协会、县聋人协会。');
    expect(unitNames(e)).toEqual(['办公室', '康复部']);
  });

  it('reads communities under a street office, with their heads in brackets, as no units', () => {
    const d = doc(
      '北川街道办事处',
      '【机构设置】',
      '街道设党政综合办公室、公共服务办公室2个内设机构。',
      '【辖区社区】',
      '北湖社区居委会（社区党委书记、居委会主任：孙红）',
      '南湖社区居委会（社区党委书记、居委会主任：赵军）',
    );
    expect(unitNames(d)).toEqual(['党政综合办公室', '公共服务办公室']);
  });
});

describe('unit sections', () => {
  it('opens units at 部门设置 and 机关部门, and affiliated bodies at 区域站', () => {
    expect(unitNames(doc('北川市博物馆', '部门设置', '办公室', '典藏部'))).toEqual(['办公室', '典藏部']);
    expect(unitNames(doc('北川市侨联', '机关部门', '办公室、联络部'))).toEqual(['办公室', '联络部']);
    const d = doc(
      '北川县农业技术推广中心',
      '【区域站】',
      '北川县城东区域农业技术推广站（服务范围：城东、新塘2个乡镇）',
      '北川县河西区域农业技术推广站（服务范围：河西乡）',
    );
    expect(unitNames(d)).toEqual(['北川县城东区域农业技术推广站*', '北川县河西区域农业技术推广站*']);
  });

  it('reads a unit named with a duty verb (统筹发展处, 组织处) as a unit, not as the duty of the one before', () => {
    const d = doc('北川市发展改革委', '内设机构', '综合处', '统筹发展处', '组织处', '统筹中心');
    expect(unitNames(d)).toEqual(['综合处', '统筹发展处', '组织处', '统筹中心']);
  });

  it('reads 区域中心 or 分中心 numbered over its duties as a unit, not as a section heading', () => {
    const d = doc(
      '北川市测绘局',
      '内设机构',
      '一、综合处',
      '负责机关日常运转。',
      '二、区域中心',
      '负责区域测绘协调。',
      '三、分中心',
      '负责分中心业务。',
    );
    expect(unitNames(d)).toEqual(['综合处', '区域中心', '分中心']);
  });

  it('reads 事业站所 counted in prose as affiliated', () => {
    const d = doc(
      '北川乡人民政府',
      '机构设置',
      '北川乡设党政综合办公室、经济发展办公室2个内设机构；设农业综合服务中心、便民服务中心2个事业站所。',
    );
    expect(unitNames(d)).toEqual(['党政综合办公室', '经济发展办公室', '农业综合服务中心*', '便民服务中心*']);
  });

  it('keeps a list whose line goes on with a sentence about bodies it does not name', () => {
    const d = doc(
      '北川县卫生健康局',
      '下属单位',
      '县直医疗卫生单位：北川县人民医院、北川县中医医院。另管理乡镇卫生院16所。',
    );
    expect(unitNames(d)).toEqual(['北川县人民医院*', '北川县中医医院*']);
    expect(d.office.units.every((u) => u.duties.length === 0)).toBe(true);
  });
});

describe('the office\u2019s names', () => {
  it('reads a short name alone in brackets under the title as an alias, but not a date', () => {
    expect(doc('北川县残疾人联合会', '（县残联）', '主要职能：', '（一）维护残疾人合法权益。').office.aliases).toEqual([
      '县残联',
    ]);
    expect(doc('北川县农业农村局领导分工', '（2024年3月调整）').office.aliases).toEqual([]);
  });

  it('reads a bracketed heading with its text on the same line', () => {
    const d = doc(
      '北川街道办事处',
      '【街道概况】北川街道办事处成立于2002年，为北川区人民政府派出机关。',
      '【联系方式】办公地址：北川路200号',
    );
    expect(d.office.name).toBe('北川街道办事处');
    expect(d.office.address).toBe('北川路200号');
  });

  it('names a text page by its footer\u2019s 主办单位 when nothing else names an office, with the footer address', () => {
    const d = doc(
      '机构职能',
      '一、主要职责',
      '（一）负责全市统计工作。',
      '主办单位：北川市统计局',
      '地址：北川市政务中心7楼',
    );
    expect(d.office.name).toBe('北川市统计局');
    expect(d.office.address).toBe('北川市政务中心7楼');
    // A portal's footer under a named office gives neither the name nor the address.
    const e = doc(
      '北川街道办事处',
      '主要职责',
      '1.负责辖区党建工作。',
      '北川区人民政府办公室主办',
      '地址：北川区政府大院1号',
    );
    expect(e.office.name).toBe('北川街道办事处');
    expect(e.office.address).toBeNull();
    // A body the office's text names as organised by someone (`由X主办`) is prose, not the footer.
    const f = doc(
      '北川县政协',
      '主要职责',
      '1.编辑出版文史资料，《北川文史》由县政协文史委主办',
      '2.联系全县政协委员。',
    );
    expect(f.office.duties).toHaveLength(2);
  });

  it('takes no footer host when the content says which office it is', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>机构职能</title></head><body>
      <div class="detail"><h2>机构职能</h2><p>北川市统计局是市人民政府工作部门，主管全市统计工作。</p></div>
      <div class="footer"><p>主办单位：北川市人民政府办公室</p><p>地址：北川市府前路1号</p></div></body></html>`;
    const d = parseDocument(htmlContentLines(html).join('\n'));
    expect(d.office.name).toBe('北川市统计局');
    expect(d.office.address).toBeNull();
  });

  it('names a saved page by its footer\u2019s 主办单位 when title and heading name no office', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>机构职能</title></head><body>
      <div class="detail"><h2>机构职能</h2><h4>一、主要职责</h4><p>（一）贯彻执行国家统计法律法规，拟订全市统计工作规范。</p>
      <p>（二）组织实施全市重大国情国力普查工作。</p><h4>二、内设科室</h4><p>办公室、综合核算科、农村统计科。</p></div>
      <div class="footer"><p>主办单位：北川市统计局　承办：北川市统计信息中心</p><p>地址：北川市政务中心7楼</p></div></body></html>`;
    const d = parseDocument(htmlContentLines(html).join('\n'));
    expect(d.office.name).toBe('北川市统计局');
    expect(d.office.address).toBe('北川市政务中心7楼');
  });
});
