// Small documents for single shapes, typed inline; expectations by hand.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../shared/parser/index.ts';

const doc = (...lines: string[]) => parseDocument(lines.join('\n'));

describe('small shapes', () => {
  it('reads 负责人：… as a person at office level and under a unit', () => {
    const d = doc('南丰县商务局', '负责人：张三', '内设机构', '办公室', '办公室负责人：李四', '负责文电工作。');
    expect(d.office.people).toEqual([{ title: '负责人', name: '张三', line: 2 }]);
    expect(d.office.units[0]).toMatchObject({
      name: '办公室',
      people: [{ title: '办公室负责人', name: '李四', line: 5 }],
      duties: [{ label: null, text: '负责文电工作。', line: 6 }],
    });
  });

  it('reads a contact value after a 联系方式： heading on the same line', () => {
    const d = doc('南丰县商务局', '联系方式：0794-3221234');
    expect(d.office.contacts).toEqual([{ label: '电话', value: '0794-3221234', line: 2 }]);
  });

  it('reads an address under 通信地址 even when it has no house number', () => {
    const d = doc('南丰县商务局', '通信地址', '南丰县琴城镇县政府大院');
    expect(d.office.address).toBe('南丰县琴城镇县政府大院');
  });

  it('splits a parenthesised second name out of an intro heading', () => {
    const d = doc(
      '中共吉安市委外事工作委员会办公室（吉安市人民政府外事办公室）简介',
      '中共吉安市委外事工作委员会办公室是市委工作机关。',
    );
    expect(d.office.name).toBe('中共吉安市委外事工作委员会办公室');
    expect(d.office.aliases).toEqual(['吉安市人民政府外事办公室']);
  });

  it('reads honours without dates, and a bare address after them as the address', () => {
    const d = doc(
      '南丰县商务局',
      '荣誉',
      '全国商务系统先进集体',
      '2021年5月，获评全省文明单位。',
      '南丰县琴城镇建设路8号',
    );
    expect(d.office.honors).toEqual([
      { date: null, text: '全国商务系统先进集体', line: 3 },
      { date: '2021-05', text: '2021年5月，获评全省文明单位。', line: 4 },
    ]);
    expect(d.office.address).toBe('南丰县琴城镇建设路8号');
  });

  it('splits labelled fields off a bare address under 通信地址', () => {
    const d = doc('南丰县商务局', '通信地址', '南丰县琴城镇建设路8号　邮编：344500　电话：0794-3221234');
    expect(d.office.address).toBe('南丰县琴城镇建设路8号');
    expect(d.office.contacts.map((c) => `${c.label}=${c.value}`)).toEqual([
      '地址=南丰县琴城镇建设路8号',
      '邮编=344500',
      '电话=0794-3221234',
    ]);
  });

  it('warns when no office name can be found', () => {
    const d = doc('负责全县商务工作。', '负责招商引资工作。');
    expect(d.office.name).toBe('');
    expect(d.diagnostics.map((x) => x.code)).toContain('no-office-name');
  });

  it('reads unnumbered duty paragraphs, each its own duty', () => {
    const d = doc('南丰县商务局', '主要职责', '负责全县商务工作。', '负责招商引资工作。');
    expect(d.office.duties).toEqual([
      { label: null, text: '负责全县商务工作。', line: 3 },
      { label: null, text: '负责招商引资工作。', line: 4 },
    ]);
  });

  it('skips leaders’ biographies that follow a person', () => {
    const d = doc('南丰县商务局', '领导信息', '局长：张三', '张三，男，汉族，1970年3月生，大学学历。');
    expect(d.office.people).toEqual([{ title: '局长', name: '张三', line: 3 }]);
    expect(JSON.stringify(d.office)).not.toContain('汉族');
  });

  it('reads 直属单位 listed inline as affiliated units after the internal ones', () => {
    const d = doc(
      '南丰县商务局',
      '内设机构：办公室、外贸股。',
      '直属单位：县商务服务中心、县招商服务中心。',
      '直属单位2个。',
    );
    expect(d.office.units.map((u) => u.name)).toEqual(['办公室', '外贸股', '县商务服务中心', '县招商服务中心']);
    expect(d.office.units.map((u) => u.kind)).toEqual(['internal', 'internal', 'affiliated', 'affiliated']);
    expect(d.diagnostics).toEqual([]);
  });

  it('puts affiliated units listed before the internal ones after them, each marked by its section', () => {
    const d = doc(
      '南丰县商务局',
      '下属单位',
      '县商务服务中心',
      '负责商务服务。',
      '内设机构',
      '办公室',
      '负责文电工作。',
    );
    expect(d.office.units.map((u) => [u.name, u.kind, u.line])).toEqual([
      ['办公室', 'internal', 6],
      ['县商务服务中心', 'affiliated', 3],
    ]);
  });

  it('gives a unit nested under an affiliated unit the affiliated kind', () => {
    const d = doc('南丰县商务局', '事业单位', '一、县商务服务中心', '（一）综合股', '负责中心日常运转。');
    expect(d.office.units.map((u) => [u.name, u.kind])).toEqual([['县商务服务中心', 'affiliated']]);
    expect(d.office.units[0]!.units.map((u) => [u.label, u.name, u.kind])).toEqual([
      ['（一）', '综合股', 'affiliated'],
    ]);
  });

  it('marks the units of a 三定 article on 所属事业单位 affiliated and those of 内设机构 internal', () => {
    const d = doc(
      '南丰县商务局职能配置、内设机构和人员编制规定',
      '第一条 县商务局是县政府工作部门。',
      '第二条 县商务局设下列内设机构：',
      '（一）办公室。负责文电工作。',
      '第三条 县商务局所属事业单位：',
      '（一）县商务服务中心。负责商务服务。',
    );
    expect(d.office.units.map((u) => [u.name, u.kind])).toEqual([
      ['办公室', 'internal'],
      ['县商务服务中心', 'affiliated'],
    ]);
  });

  it('reports a declared 内设机构N个 that differs', () => {
    const d = doc('南丰县商务局', '南丰县商务局是县政府工作部门，内设机构5个。', '内设机构：办公室、外贸股。');
    expect(d.diagnostics).toEqual([expect.objectContaining({ code: 'count-mismatch', line: 2, severity: 'warning' })]);
  });

  it('reports a summary paragraph cut off in the middle of a punctuated page', () => {
    const d = doc(
      '南丰县商务局简介',
      '南丰县商务局是县政府工作部门。',
      '南丰县商务局贯彻落实党中央关于',
      '南丰县商务局位于琴城镇。',
      '主要职责',
      '一、负责全县商务工作。',
    );
    expect(d.diagnostics.map((x) => `${x.code}@${x.line}`)).toEqual(['truncated@3']);
  });

  it('starts a new unit after an unpunctuated long duty instead of joining the name to it', () => {
    const d = doc(
      '南丰县商务局',
      '内设机构',
      '办公室',
      '负责机关文电、会务、机要、档案、财务、后勤保障和安全保密等日常运转工作',
      '外贸股',
      '负责对外贸易工作',
    );
    expect(d.office.units.map((u) => [u.name, u.duties.length])).toEqual([
      ['办公室', 1],
      ['外贸股', 1],
    ]);
  });

  it('joins a hard-wrapped unit duty', () => {
    const d = doc(
      '南丰县商务局',
      '内设机构',
      '办公室',
      '负责机关文电、会务、机要、档案、财务、后勤保障和安全',
      '保密等日常运转工作。',
    );
    expect(d.office.units[0].duties).toEqual([
      { label: null, text: '负责机关文电、会务、机要、档案、财务、后勤保障和安全保密等日常运转工作。', line: 4 },
    ]);
  });

  it('reads bulleted units with dashes between name and duties, and a 联系人 contact', () => {
    const d = doc(
      '樟树市商务局',
      '内设机构',
      '●办公室——负责机关日常运转。',
      '◆外贸股—负责对外贸易。',
      '联系方式',
      '联系人：张三　电话：0795-7333333',
    );
    expect(d.office.units.map((u) => [u.name, u.duties[0].text])).toEqual([
      ['办公室', '负责机关日常运转。'],
      ['外贸股', '负责对外贸易。'],
    ]);
    expect(d.office.contacts.map((c) => `${c.label}=${c.value}`)).toEqual(['联系人=张三', '电话=0795-7333333']);
  });

  it('does not report unpunctuated short lists as truncated', () => {
    const d = doc('南丰县商务局', '内设机构', '办公室：负责文电会务', '外贸股：负责对外贸易', '内贸股：负责市场流通');
    expect(d.diagnostics).toEqual([]);
  });

  it('splits a paragraph of ；-joined duties into one duty per clause, each as written', () => {
    const d = doc('南丰县统计局', '主要职责：组织实施统计调查；管理统计数据库；依法查处统计违法行为。');
    expect(d.office.duties.map((x) => x.text)).toEqual([
      '组织实施统计调查；',
      '管理统计数据库；',
      '依法查处统计违法行为。',
    ]);
  });

  it('ignores 政府信息公开 catalogue fields and takes the name from 机构名称：', () => {
    const d = doc(
      '索引号：001/2024-01',
      '发布机构：南丰县人民政府',
      '主题分类：机构职能',
      '南丰街道机构职能',
      '机构名称：南丰县人民政府南丰街道办事处',
      '1.负责辖区社区建设。',
    );
    expect(d.office.name).toBe('南丰县人民政府南丰街道办事处');
    expect(d.office.duties).toHaveLength(1);
    expect(d.lineRoles.find((r) => r.line === 2)?.role).toBe('ignored');
  });

  it('reads one line listing several leaders, and leader cards one field to a line', () => {
    const d = doc('南丰县财政局', '局长：张三；副局长：李四、王五', '领导之窗', '姓名：赵六', '职务：一级主任科员');
    expect(d.office.people.map((p) => [p.title, p.name])).toEqual([
      ['局长', '张三'],
      ['副局长', '李四'],
      ['副局长', '王五'],
      ['一级主任科员', '赵六'],
    ]);
  });

  it('keeps one office for a 合署办公 page, with the other body as an alias', () => {
    const d = doc(
      '南丰县纪委监委机构职能',
      '中共南丰县纪律检查委员会与南丰县监察委员会合署办公。',
      '主要职责是：',
      '（一）维护党的章程。',
    );
    expect(d.office.name).toBe('南丰县纪委监委');
    expect(d.office.aliases).toContain('南丰县监察委员会');
    expect(d.office.duties).toHaveLength(1);
  });

  it('nests units that prose places under another (A下设B, …，下设C) and shares 分别负责 duties', () => {
    const d = doc(
      '南丰县交通运输局',
      '内设机构',
      '局设办公室、规划股、运输股3个股室。办公室下设文秘组。运输股负责运输管理，下设客运组。规划股、运输股两个股室分别负责行业规划。',
    );
    const units = d.office.units;
    expect(units.map((u) => u.name)).toEqual(['办公室', '规划股', '运输股']);
    expect(units[0].units.map((u) => u.name)).toEqual(['文秘组']);
    expect(units[2].units.map((u) => u.name)).toEqual(['客运组']);
    expect(units[2].duties.map((x) => x.text)).toEqual(['负责运输管理。', '负责行业规划。']);
    expect(units[1].duties.map((x) => x.text)).toEqual(['负责行业规划。']);
  });

  it('reads a bare unit name without a suffix when its duty follows on the next line', () => {
    const d = doc(
      '南丰县政务服务中心',
      '内设机构',
      '综合业务',
      '负责文电和后勤工作。',
      '窗口管理',
      '负责窗口日常管理。',
    );
    expect(d.office.units.map((u) => [u.name, u.duties.length])).toEqual([
      ['综合业务', 1],
      ['窗口管理', 1],
    ]);
  });

  it('reads honours inside a prose paragraph one per dated sentence', () => {
    const d = doc('南丰县气象局', '近年来获得多项荣誉。2020年，被评为先进集体。2023年3月，荣获文明单位称号。');
    expect(d.office.honors.map((h) => h.date)).toEqual(['2020', '2023-03']);
  });

  it('names a township page titled with the place alone, and takes the full name from its intro', () => {
    expect(doc('白云镇', '镇长：张三').office.name).toBe('白云镇');
    expect(doc('白云镇', '白云镇人民政府是白云镇的基层国家行政机关。').office.name).toBe('白云镇人民政府');
  });
});
