// Round 34's shapes (tuning documents t406–t417: a county government, townships and streets,
// a hospital, a university, a school, a state group, an association, a party department, a
// vertically managed bureau, a 事业单位 annual report), one rule each, in small documents typed
// here; expectations by hand.
import { describe, expect, it } from 'vitest';
import { splitUnitName } from '../../../shared/parser/names.ts';
import { parseDocument } from '../../../shared/parser/index.ts';
import type { ParsedUnit } from '../../../shared/types.ts';

const doc = (...lines: string[]) => parseDocument(lines.join('\n'));
const tree = (units: readonly ParsedUnit[]): string[] =>
  units.map(
    (u) => `${u.name}${u.kind === 'affiliated' ? '*' : ''}${u.units.length ? `[${tree(u.units).join(',')}]` : ''}`,
  );

describe('a government page', () => {
  it('reads 主要职权 as duties, 政府组成 as leaders and the 直属事业单位 as offices of their own', () => {
    const d = doc(
      '白河县人民政府',
      '白河县人民政府是县级国家行政机关。',
      '一、主要职权',
      '（一）执行本级人民代表大会的决议。',
      '（二）管理本县的各项行政工作。',
      '二、政府组成',
      '县长：赵明',
      '三、县政府直属事业单位',
      '县政府直属事业单位3个：县档案馆、县融媒体中心、县政务服务中心。',
    );
    expect(d.office.duties.map((x) => x.text.slice(0, 4))).toEqual(['执行本级', '管理本县']);
    expect(d.office.people.map((p) => `${p.title}:${p.name}`)).toEqual(['县长:赵明']);
    expect(tree(d.office.units)).toEqual([]);
  });

  it('reads an unlabelled address before a 邮编 field under 办公地址 as the address', () => {
    const d = doc('白河县人民政府', '办公地址', '白河县滨江路3号行政中心　邮编：725800');
    expect(d.office.address).toBe('白河县滨江路3号行政中心');
  });
});

describe('schools and universities', () => {
  it('reads a two-character body in parentheses as a second name, a bracketed suffix as part of the name', () => {
    expect(splitUnitName('党委宣传部（党校）')).toMatchObject({ name: '党委宣传部', aliases: ['党校'] });
    expect(splitUnitName('学生工作部（处）')).toMatchObject({ name: '学生工作部（处）', aliases: [] });
  });

  it('leaves the office\u2019s own name under an opening 机构设置 out, and reads 附属单位 as affiliated', () => {
    const d = doc(
      '机构设置',
      '云岭师范学院',
      '云岭师范学院是省属公办本科院校。',
      '党政部门',
      '党委办公室　教务处',
      '附属单位',
      '云岭师范学院附属小学',
    );
    expect(d.office.name).toBe('云岭师范学院');
    expect(tree(d.office.units)).toEqual(['党委办公室', '教务处', '云岭师范学院附属小学*']);
  });

  it('reads 年级组 as a units heading, a counted kind (设教研组9个) and 群团组织 as no units', () => {
    const d = doc(
      '河口县第二中学',
      '河口县第二中学是县教育局直属公办高级中学，设学科教研组9个。',
      '处室设置',
      '教务处：负责教学管理工作。',
      '年级组',
      '高一年级组：负责高一年级的教学管理。',
      '群团组织',
      '学校设有工会和学生会。',
    );
    expect(tree(d.office.units)).toEqual(['教务处', '高一年级组']);
  });
});

describe('a state-owned group', () => {
  it('reads 参股企业 as no units, a （控股） note as no part of a name, and 董事长 as a title', () => {
    const d = doc(
      '桐江交通投资集团有限公司',
      '子公司',
      '桐江公路建设有限公司',
      '桐江物流有限公司（控股）',
      '参股企业',
      '集团参股桐江港务股份有限公司。',
      '领导班子',
      '党委书记、董事长：吴刚',
    );
    expect(tree(d.office.units)).toEqual(['桐江公路建设有限公司*', '桐江物流有限公司*']);
    expect(d.office.people.map((p) => `${p.title}:${p.name}`)).toEqual(['党委书记、董事长:吴刚']);
  });
});

describe('a 事业单位 annual report', () => {
  it('reads the title, 名称, the 业务范围 clauses after the purpose, 住所 and 法定代表人', () => {
    const d = doc(
      '河口县林业科技推广站2023年度事业单位法人年度报告书',
      '名称：河口县林业科技推广站',
      '宗旨和业务范围：为林业发展提供技术支撑。林业新技术试验推广；林木良种繁育指导；林业技术人员培训。',
      '住所：河口县林苑路2号',
      '法定代表人：钱芳',
      '举办单位：河口县林业局',
    );
    expect(d.office.name).toBe('河口县林业科技推广站');
    expect(d.office.duties.map((x) => x.text)).toEqual([
      '林业新技术试验推广；',
      '林木良种繁育指导；',
      '林业技术人员培训。',
    ]);
    expect(d.office.address).toBe('河口县林苑路2号');
    expect(d.office.people.map((p) => `${p.title}:${p.name}`)).toEqual(['法定代表人:钱芳']);
    expect(d.office.aliases).toEqual([]);
  });

  it('takes a bare 名称 field for the office only when the name opens with its place', () => {
    const d = doc('河口县林业科技推广站是县林业局所属事业单位。', '名称：办公室', '职责：负责文电工作。');
    expect(d.office.name).toBe('河口县林业科技推广站');
  });
});

describe('party departments and associations', () => {
  it('reads a 牌子加挂在 sentence as an alias and a described 部管 body as affiliated', () => {
    const d = doc(
      '中共河口县委宣传部',
      '中共河口县委宣传部是县委主管宣传工作的部门，县新闻出版局牌子加挂在县委宣传部。',
      '下属单位',
      '县网络舆情中心，为部管股级公益一类事业单位，负责网络舆情监测。',
    );
    expect(d.office.aliases).toContain('县新闻出版局');
    expect(tree(d.office.units)).toEqual(['县网络舆情中心*']);
  });

  it('puts a 下设 list under the unit its sentence describes, and reads no alias from 协会简介', () => {
    const d = doc(
      '协会简介',
      '云岭省物流协会是全省性行业社会组织。',
      '组织机构',
      '秘书处',
      '秘书处是协会的办事机构，下设联络部、培训部。',
    );
    expect(d.office.aliases).toEqual([]);
    expect(tree(d.office.units)).toEqual(['秘书处[联络部,培训部]']);
  });

  it('nests a body the prose places under another (B在A下设立) when a list names both side by side', () => {
    const d = doc(
      '河口县水利局',
      '内设机构',
      '局机关设2个股室，另设机关党委，机关纪委在机关党委下设立。',
      '办公室：负责机关运转。',
      '机关党委：负责机关党建。',
      '机关纪委：负责监督执纪。',
    );
    expect(tree(d.office.units)).toEqual(['办公室', '机关党委[机关纪委]']);
  });
});
