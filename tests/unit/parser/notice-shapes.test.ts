// Shapes of Word, .doc and PDF notices (三定 texts, 印发 and 附件 notices, budget reports), typed
// inline as their readers hand them to the parser; expectations by hand.
import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../../../shared/parser/headings.ts';
import { parseDocument } from '../../../shared/parser/index.ts';
import { titleName } from '../../../shared/parser/names.ts';
import { parsePeople } from '../../../shared/parser/people.ts';
import type { ParsedDocument } from '../../../shared/types.ts';

const doc = (...lines: string[]) => parseDocument(lines.join('\n'));
const units = (d: ParsedDocument) => d.office.units.map((u) => `${u.name}:${u.kind}`);

describe('notice titles', () => {
  it('a notice about the issuer’s own offices names the issuer; one about another body names that body', () => {
    expect(titleName('宁川市住房和城乡建设局关于公布机关内设机构及职责的通知')?.name).toBe('宁川市住房和城乡建设局');
    // The body is the issuer's place's own, named short: its full name carries that place.
    expect(titleName('松江县机构编制委员会关于调整县市场监督管理局内设机构的批复')?.name).toBe('松江县市场监督管理局');
    expect(titleName('中共岚山县委机构编制委员会关于调整市民政局内设机构的通知')?.name).toBe('市民政局');
    // A name that only opens with a level's character is whole, and the issuer's place goes before it.
    expect(titleName('丹霞市机构编制委员会关于调整市场监督管理局内设机构的通知')?.name).toBe('丹霞市市场监督管理局');
    expect(titleName('丹霞市机构编制委员会关于调整市政园林局内设机构的批复')?.name).toBe('丹霞市市政园林局');
  });

  it('a notice with no issuer named names the body it is about', () => {
    expect(titleName('关于公布江州市司法局内设机构及职责的通知')?.name).toBe('江州市司法局');
    expect(titleName('关于公布机关内设机构及职责的通知')).toBeNull();
  });

  it('a 公文 whose red head, 文号, 密级 and 紧急程度 stand above the title is named by the title', () => {
    const d = doc(
      '清溪县人民政府办公室文件',
      '清政办发〔2025〕12号',
      '公开',
      '特急',
      '清溪县人民政府办公室关于印发清溪县审计局主要职责内设机构和人员编制规定的通知',
      '各乡镇人民政府，县政府各部门：',
      '一、主要职责',
      '（一）主管全县审计工作。',
    );
    expect(d.office.name).toBe('清溪县审计局');
    expect(d.diagnostics.map((x) => x.code)).not.toContain('truncated');
  });

  it('an intro heading whose owner carries title words names the office', () => {
    const d = doc('北湾县审计局机构职能简介', '县审计局是县政府工作部门。', '主要职责：', '（一）负责审计监督。');
    expect(d.office.name).toBe('北湾县审计局');
  });
});

describe('headings', () => {
  it.each([
    ['宁川市住房和城乡建设局内设机构及职责一览表', 'units'],
    ['机构设置一览表', 'units'],
    ['机关科室通讯录', 'units'],
    ['内设机构和事业站所', 'units'],
    ['事业站所', 'affiliated'],
    ['附表：临州市统计局内设机构一览', 'units'],
    ['附表2 内设机构一览表', 'units'],
    ['内设机构见附表。', 'units'],
    ['二、调整后的内设机构', 'units'],
    ['一、机构性质', 'intro'],
    ['内设机构及联系方式：', 'units'],
  ])('%s is a %s heading', (text, kind) => {
    expect(classifyHeading(text)?.kind).toBe(kind);
  });
});

describe('三定 articles', () => {
  it('`X负责以下工作：` introduces the duties', () => {
    const d = doc(
      '临江县自然资源局职能配置、内设机构和人员编制规定',
      '第四条 县自然资源局负责以下工作：',
      '（一）履行自然资源资产所有者职责。',
      '（二）负责自然资源确权登记工作。',
    );
    expect(d.office.duties.map((x) => x.text)).toEqual(['履行自然资源资产所有者职责。', '负责自然资源确权登记工作。']);
  });

  it('a numbered `X设下列内设机构：` introduces the units and is none of them', () => {
    const d = doc(
      '鹤山县统计局主要职责、内设机构和人员编制规定',
      '一、县统计局是县政府工作部门。',
      '二、主要职责是：',
      '（一）负责统计工作。',
      '三、县统计局设下列内设机构：',
      '（一）办公室。负责机关日常运转。',
      '（二）综合核算股。承担核算工作。',
    );
    expect(units(d)).toEqual(['办公室:internal', '综合核算股:internal']);
  });

  it('an article naming a body as the office’s 所属 enforcement body lists it as affiliated', () => {
    const d = doc(
      '丰源县城市管理局职能配置、内设机构和人员编制规定',
      '第三条 内设机构。县城市管理局设下列内设机构：',
      '（一）办公室。负责机关日常运转。',
      '第四条 人员编制。县城市管理局机关行政编制8名。',
      '第五条 所属单位。县城市管理综合行政执法大队为县城市管理局所属行政执法机构。',
    );
    expect(units(d)).toEqual(['办公室:internal', '县城市管理综合行政执法大队:affiliated']);
  });

  it('a body set in the office and sharing its work is another name of the office', () => {
    const d = doc(
      '中共青川县委宣传部职能配置、内设机构和人员编制规定',
      '第一条 县委宣传部是县委工作机关。县委网络安全和信息化委员会办公室设在县委宣传部，与县委宣传部合署办公。',
    );
    expect(d.office.aliases).toContain('县委网络安全和信息化委员会办公室');
  });

  it('`X是省政府直属机构` is the office’s standing, no affiliated unit', () => {
    const d = doc('江南省统计局', '省统计局是省政府直属机构，主管全省统计工作。', '主要职责：', '（一）负责统计工作。');
    expect(d.office.units).toEqual([]);
  });
});

describe('budget reports', () => {
  it('counted lists: the internal units, then the bodies under the office after 所属事业单位N个：', () => {
    const d = doc(
      '东坪县水利局2026年部门预算',
      '二、部门机构设置及预算单位构成',
      '东坪县水利局内设机构2个：办公室、规划建设股。',
      '所属事业单位2个：东坪县水利工程建设服务中心、东坪县水土保持站。',
    );
    expect(units(d)).toEqual([
      '办公室:internal',
      '规划建设股:internal',
      '东坪县水利工程建设服务中心:affiliated',
      '东坪县水土保持站:affiliated',
    ]);
  });

  it('the 二级预算单位 a sentence counts before `包括：` are under the office', () => {
    const d = doc(
      '青河县卫生健康局2025年度部门决算',
      '二、机构设置',
      '本部门内设办公室、医政医管股2个股室。纳入部门决算编制范围的二级预算单位共2个，包括：青河县人民医院、青河县中医医院。',
    );
    expect(units(d)).toEqual([
      '办公室:internal',
      '医政医管股:internal',
      '青河县人民医院:affiliated',
      '青河县中医医院:affiliated',
    ]);
  });

  it('a table of budget units by type: the 本级 row is the office, the others are under it', () => {
    const d = doc(
      '南岗县农业农村局2026年部门预算公开说明',
      '机构设置',
      '南岗县农业农村局内设机构2个，分别是：办公室、发展规划股。',
      '纳入2026年部门预算编制范围的单位共3个，具体包括：',
      '1、南岗县农业农村局（本级）：行政单位',
      '2、南岗县农业技术推广中心：事业单位',
      '3、南岗县动物疫病预防控制中心：事业单位',
    );
    expect(units(d)).toEqual([
      '办公室:internal',
      '发展规划股:internal',
      '南岗县农业技术推广中心:affiliated',
      '南岗县动物疫病预防控制中心:affiliated',
    ]);
    expect(d.office.units.every((u) => u.duties.length === 0)).toBe(true);
  });
});

describe('directory tables', () => {
  it('a row under its heading row gives the unit its head, a phone cell is no duty, the 局长 after the list heads the office', () => {
    const d = doc(
      '安平县司法局机构概况及通讯录',
      '机关科室通讯录',
      '办公室：负责人：赵明华',
      '办公电话：0318-7521001',
      '城关司法所：负责司法行政工作。',
      '0318-7521011',
      '局长：王志刚',
    );
    expect(d.office.units.map((u) => [u.name, u.people.map((p) => p.name), u.duties.map((x) => x.text)])).toEqual([
      ['办公室', ['赵明华'], []],
      ['城关司法所', [], ['负责司法行政工作。']],
    ]);
    expect(d.office.people.map((p) => [p.title, p.name])).toEqual([['局长', '王志刚']]);
  });

  it('the head of a township government after its list of offices is the township’s; a unit’s own head stays its', () => {
    const d = doc(
      '柳溪镇人民政府机构设置',
      '内设机构：',
      '便民服务中心：负责政务服务事项的受理和办理。',
      '主任：林芳',
      '镇长：陈永福',
    );
    expect(d.office.units[0]!.people.map((p) => p.name)).toEqual(['林芳']);
    expect(d.office.people.map((p) => [p.title, p.name])).toEqual([['镇长', '陈永福']]);
  });
});

describe('PDF-extracted lines', () => {
  it('rows of a table set without rules start units even after an unpunctuated duty; the phone column is left out', () => {
    const d = doc(
      '桐山县教育局机构设置',
      '二、内设股室',
      '办公室 负责机关日常运转和综合协调工作 0719-4221001',
      '基础教育股 负责学前教育和义务教育管理工作 0719-4221002',
    );
    expect(d.office.units.map((u) => [u.name, u.duties.map((x) => x.text)])).toEqual([
      ['办公室', ['负责机关日常运转和综合协调工作']],
      ['基础教育股', ['负责学前教育和义务教育管理工作']],
    ]);
  });

  it('contact fields ending an intro sentence give the address', () => {
    const d = doc(
      '北原省发展和改革委员会',
      '北原省发展和改革委员会是省政府组成部门，地址：北原市文昌路１２号，电话：０４５１－８２６１００１。',
    );
    expect(d.office.address).toBe('北原市文昌路１２号');
  });

  it('one title, several names set apart by spaces', () => {
    expect(parsePeople('副局长 罗红 任志远')).toEqual([
      { title: '副局长', name: '罗红' },
      { title: '副局长', name: '任志远' },
    ]);
  });
});

describe('units in 公文 and WPS-typed files', () => {
  it('`name，duty`: a comma before a duty verb parts the name from its duty', () => {
    const d = doc(
      '清河乡人民政府机构职能',
      '内设机构',
      '（一）党政办公室，负责乡党委、政府日常事务工作。',
      '（二）经济发展办公室，主要负责农业工作。',
    );
    expect(d.office.units.map((u) => [u.name, u.duties.map((x) => x.text)])).toEqual([
      ['党政办公室', ['负责乡党委、政府日常事务工作。']],
      ['经济发展办公室', ['主要负责农业工作。']],
    ]);
  });

  it('a numbered item stating several bodies are affiliated names each of them', () => {
    const d = doc(
      '岚山县民政局机构职能',
      '一、内设机构',
      '（一）办公室：负责机关日常运转。',
      '二、县社会福利院、县殡仪馆为县民政局所属事业单位，机构编制事项维持不变。',
    );
    expect(units(d)).toEqual(['办公室:internal', '县社会福利院:affiliated', '县殡仪馆:affiliated']);
  });

  it('an article calling a body a 公益一类 affiliated unit names it', () => {
    const d = doc(
      '平溪县水利局职能配置、内设机构和人员编制规定',
      '第一条 县水利局负责以下工作：',
      '（一）负责水资源的合理开发利用。',
      '第二条 县水利局设下列内设机构：',
      '（一）办公室。负责机关日常运转。',
      '第三条 县水旱灾害防御中心为县水利局所属公益一类事业单位。',
    );
    expect(units(d)).toEqual(['办公室:internal', '县水旱灾害防御中心:affiliated']);
  });
});
