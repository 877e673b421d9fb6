// Round 25's text shapes (tuning documents t250–t269), one rule each, in small documents typed
// here; expectations by hand.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../shared/parser/index.ts';

const doc = (...lines: string[]) => parseDocument(lines.join('\n'));
const unitNames = (d: ReturnType<typeof doc>) =>
  d.office.units.map((u) => `${u.name}${u.kind === 'affiliated' ? '*' : ''}`);

describe('unit lists', () => {
  it('reads （一）X。（二）Y。 run into one paragraph as one unit a name, and 另设 units outside the count', () => {
    const d = doc(
      '北川省水利厅',
      '内设机构',
      '省水利厅内设4个处室：（一）办公室。（二）规划计划处。（三）河湖管理处。（四）水旱灾害防御处。另设机关党委。',
    );
    expect(unitNames(d)).toEqual(['办公室', '规划计划处', '河湖管理处', '水旱灾害防御处', '机关党委']);
    expect(d.diagnostics.filter((x) => x.code === 'count-mismatch')).toEqual([]);
  });

  it('reads half-width (一) names with second names in parentheses, and bare names after them', () => {
    const d = doc(
      '北川省人民政府办公厅',
      '内设机构',
      '省政府办公厅内设3个处室。 (一)秘书处(办公室)。 (二)督查处(省政府督查室)。 (三)行政处。 离退休干部处。 机关党委。',
    );
    expect(unitNames(d)).toEqual(['秘书处', '督查处', '行政处', '离退休干部处', '机关党委']);
    expect(d.office.units[1]!.aliases).toEqual(['省政府督查室']);
  });

  it('drops the numbers of items numbered inside an inline list (1.办公室；2.预算股)', () => {
    const d = doc('北川县财政局', '机构设置', '县财政局内设机构3个：1.办公室；2.预算股；3.国库股。');
    expect(unitNames(d)).toEqual(['办公室', '预算股', '国库股']);
  });

  it('still warns when the numbered list itself falls short of its count', () => {
    const d = doc(
      '北川省水利厅',
      '内设机构',
      '省水利厅内设5个处室：（一）办公室。（二）规划计划处。（三）河湖管理处。另设机关党委。',
    );
    expect(d.diagnostics.map((x) => x.code)).toContain('count-mismatch');
  });

  it('leaves numbered duties run into one paragraph as they were (no item is a name)', () => {
    const d = doc('北川省水利厅', '主要职责', '（一）负责全省水资源管理。（二）负责河湖保护。（三）指导水文工作。');
    expect(d.office.units).toEqual([]);
  });

  it('reads the names after a count and a colon: 下辖X2个：A、B and 下属事业单位1个：C', () => {
    const d = doc(
      '国家统计局北川调查队',
      '机构设置',
      '本队内设办公室、住户调查科2个科室；下辖县级调查队2个：国家统计局东坪调查队、国家统计局西坪调查队。',
    );
    expect(unitNames(d)).toEqual(['办公室', '住户调查科', '国家统计局东坪调查队*', '国家统计局西坪调查队*']);
    const e = doc(
      '北川县委编办',
      '内设机构',
      '县委编办内设综合股、编制股2个股室；下属事业单位1个：北川县机构编制服务中心。',
    );
    expect(unitNames(e)).toContain('北川县机构编制服务中心*');
  });

  it('reads 部内司局 and 职能科所 as units headings, and 监督司 as a name', () => {
    const d = doc('中华人民共和国某某部', '部内司局', '办公厅', '监督司', '人事司');
    expect(unitNames(d)).toEqual(['办公厅', '监督司', '人事司']);
    const e = doc('北川市疾病预防控制中心', '职能科所', '免疫规划所', '负责全市预防接种管理。');
    expect(e.office.units.map((u) => [u.name, u.duties.length])).toEqual([['免疫规划所', 1]]);
  });

  it('under 内设机构及事业单位 reads the 中心 and 队 as the institutions, the 办 as internal', () => {
    const d = doc(
      '北门街道办事处',
      '内设机构及事业单位',
      '党政综合办公室：负责机关日常运转。',
      '便民服务中心：承担社区事务受理服务。',
      '综合行政执法队：承担辖区综合执法事项。',
    );
    expect(unitNames(d)).toEqual(['党政综合办公室', '便民服务中心*', '综合行政执法队*']);
    const plain = doc(
      '北门街道办事处',
      '内设机构',
      '党政综合办公室：负责机关日常运转。',
      '便民服务中心：承担社区事务受理服务。',
    );
    expect(unitNames(plain)).toEqual(['党政综合办公室', '便民服务中心']);
  });
});

describe('names, people and contacts', () => {
  it('names a bank branch and a 文化宫', () => {
    expect(doc('中国人民银行北川市分行_内设部门', '办公室：负责文秘工作。').office.name).toBe('中国人民银行北川市分行');
    const d = doc('北川市总工会', '直属单位', '北川市工人文化宫', '北川市职工服务中心');
    expect(unitNames(d)).toEqual(['北川市工人文化宫*', '北川市职工服务中心*']);
  });

  it("takes a nameplate's own second name in parentheses as one more alias", () => {
    const d = doc(
      '中共北川省委宣传部',
      '中共北川省委宣传部是省委的工作部门，加挂北川省新闻出版局（北川省版权局）、北川省电影局牌子。',
    );
    expect(d.office.aliases).toEqual(['北川省新闻出版局', '北川省版权局', '北川省电影局']);
  });

  it('reads leaders written title then name, clause by clause, with no colons', () => {
    const d = doc('中共北川省委宣传部', '部领导：部长林远；副部长沈清、高原。');
    expect(d.office.people.map((p) => `${p.title}:${p.name}`)).toEqual(['部长:林远', '副部长:沈清', '副部长:高原']);
    const joined = doc('北川县统计局', '局领导：党组书记、局长钟明；副局长许可。');
    expect(joined.office.people.map((p) => `${p.title}:${p.name}`)).toEqual(['党组书记、局长:钟明', '副局长:许可']);
    // A person and the next title run together make no title.
    expect(doc('北川县统计局', '局长钟明、副局长许可；办公室主任程远。').office.people).not.toContainEqual(
      expect.objectContaining({ title: '局长钟明、副局长' }),
    );
    // A sentence that only mentions a post is no list of leaders.
    expect(doc('北川县统计局', '局长负责全面工作；副局长协助局长工作。').office.people).toEqual([]);
  });

  it('reads numbered 基本情况 fields: 办公地点 is the address', () => {
    const d = doc('中共北川市委统战部', '一、基本情况', '（一）单位负责人：宋雨', '（二）办公地点：北川市行政中心5楼');
    expect(d.office.address).toBe('北川市行政中心5楼');
    expect(d.office.people.map((p) => p.name)).toEqual(['宋雨']);
  });

  it("takes the address from a text page's footer that names the office, not from a portal's", () => {
    const own = doc(
      '北川县人民政府办公室',
      '主要职责',
      '（一）负责县政府会议的准备工作。',
      '版权所有：北川县人民政府办公室　　地址：北川县文昌路2号　　网站标识码：123',
    );
    expect(own.office.address).toBe('北川县文昌路2号');
    const portal = doc(
      '北川县林业局',
      '主要职责',
      '（一）负责全县林业工作。',
      '版权所有：北川县人民政府　　地址：北川县文昌路2号',
    );
    expect(portal.office.address).toBeNull();
  });

  it("names the office from a title 'X 机构职能' written with a space", () => {
    expect(doc('国家某某储备局 机构职能', '主要职责', '1.拟订储备政策。').office.name).toBe('国家某某储备局');
  });
});
