// Realistic documents in the styles of different provinces', cities' and counties' pages and
// of official 三定规定, each checked against values typed by hand from the fixture text.
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../shared/parser/index.ts';
import { codes, fixtureBytes, parseFixture, unit, unitNames } from './helpers.ts';

describe('三定规定 with numbered articles (赣州市委外办)', () => {
  const doc = parseFixture('sanding-articles-ganzhou.txt');
  const o = doc.office;

  it('takes the name from the title and the second name in parentheses as an alias', () => {
    expect(o.name).toBe('中共赣州市委外事工作委员会办公室');
    expect(o.aliases).toEqual(
      expect.arrayContaining(['赣州市人民政府外事办公室', '赣州市人民政府港澳事务办公室', '市委外办']),
    );
  });

  it('reads article 第二条 as the summary and the items of 第三条 as duties', () => {
    expect(o.summary).toHaveLength(1);
    expect(o.summary[0].startsWith('中共赣州市委外事工作委员会办公室（以下简称市委外办）是市委工作机关')).toBe(true);
    expect(o.duties.map((d) => d.label)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）']);
    expect(o.duties[4]).toEqual({ label: '（五）', text: '完成市委、市政府交办的其他任务。', line: 10 });
  });

  it('does not read 职能转变, 编制 or 附则 articles as duties or units', () => {
    const texts = [...o.duties.map((d) => d.text), ...o.units.flatMap((u) => u.duties.map((d) => d.text))];
    expect(
      texts.some((t) => t.includes('职能转变') || t.includes('编制') || t.includes('施行') || t.includes('制定本规定')),
    ).toBe(false);
    expect(codes(doc)).toEqual([
      'ignored-section@3',
      'ignored-section@11',
      'ignored-section@16',
      'ignored-section@17',
      'ignored-section@18',
    ]);
    expect(doc.diagnostics.every((d) => d.severity === 'info')).toBe(true);
  });

  it('reads units whose name and duties share a line, with the alias in parentheses', () => {
    expect(unitNames(doc)).toEqual(['办公室', '外事管理科', '友好城市科']);
    expect(unit(doc, '外事管理科').aliases).toEqual(['港澳事务科']);
    expect(unit(doc, '外事管理科').label).toBe('（二）');
    expect(unit(doc, '办公室').duties).toEqual([
      { label: null, text: '负责机关日常运转，承担文电、会务、机要、档案、财务、安全保密等工作。', line: 13 },
    ]);
  });
});

describe('三定规定 with chapters (第N章) and articles numbered across them (上饶市委外办)', () => {
  const doc = parseFixture('sanding-chapters-shangrao.txt');
  const o = doc.office;

  it('reads the title name, the short name of the prose and the summary article', () => {
    expect(o.name).toBe('中共上饶市委外事工作委员会办公室');
    expect(o.aliases).toEqual(['市委外办']);
    expect(o.summary).toEqual(['市委外办是市委工作机关，为正处级。']);
  });

  it('reads duties and `（一）秘书科　职责：…` units, and skips 编制 and 附则', () => {
    expect(o.duties.map((d) => [d.label, d.line])).toEqual([
      ['（一）', 7],
      ['（二）', 8],
    ]);
    expect(o.units.map((u) => [u.label, u.name, u.line, u.duties.map((d) => d.text)])).toEqual([
      ['（一）', '秘书科', 11, ['负责文电会务。']],
      ['（二）', '外事科', 12, ['负责外事接待。']],
    ]);
  });

  it('does not report articles as skipped when chapters interleave, and the count of 2 matches', () => {
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(codes(doc)).toEqual([
      'ignored-section@3',
      'ignored-section@13',
      'ignored-section@14',
      'ignored-section@15',
      'ignored-section@16',
    ]);
  });
});

describe('三定规定 with 一、二、三、 sections and hard-wrapped lines (南昌市商务局)', () => {
  const doc = parseFixture('sanding-sections-nanchang.txt');
  const o = doc.office;

  it('names the office from the title', () => {
    expect(o.name).toBe('南昌市商务局');
  });

  it('joins wrapped lines into one duty and skips 职能转变 and 职责分工 with their sub-items', () => {
    expect(o.duties.map((d) => [d.label, d.line])).toEqual([
      ['（一）', 3],
      ['（二）', 5],
      ['（三）', 7],
      ['（四）', 8],
    ]);
    expect(o.duties[0].text).toBe(
      '贯彻执行国家和省关于国内外贸易、国际经济合作和外商投资的方针政策，起草全市商务工作有关规范性文件草案，拟订全市商务发展规划并组织实施。',
    );
    expect(o.duties[1].text.endsWith('社区商业发展，推动流通标准化工作。')).toBe(true);
  });

  it('reads the six units, labelled and unlabelled, and the declared count matches', () => {
    expect(unitNames(doc)).toEqual(['办公室', '政策法规科', '对外贸易科', '外商投资管理科', '人事科', '机关党委']);
    expect(unit(doc, '政策法规科').aliases).toEqual(['行政审批科']);
    expect(unit(doc, '机关党委').label).toBeNull();
    expect(unit(doc, '机关党委').duties[0].text).toBe('负责机关和所属单位的党群工作。');
  });

  it('treats 人员编制 and 其他事项 as ignored sections, not content', () => {
    expect(codes(doc)).toEqual(['ignored-section@9', 'ignored-section@12', 'ignored-section@21', 'ignored-section@23']);
    expect(JSON.stringify(o)).not.toContain('行政编制');
    expect(JSON.stringify(o)).not.toContain('另行规定');
  });
});

describe('a county bureau page with an inline unit list, leaders, contacts and page chrome (瑞金市商务局)', () => {
  const doc = parseFixture('county-bureau-inline.txt');
  const o = doc.office;

  it('skips breadcrumbs, counters and the footer, and takes the as-of date from 发布时间', () => {
    expect(o.name).toBe('瑞金市商务局');
    expect(o.asOf).toBe('2023-05-06');
    expect(JSON.stringify(o)).not.toMatch(/首页|浏览次数|打印本页|版权所有|ICP/);
    expect(o.summary).toEqual(['瑞金市商务局是市政府工作部门，主管全市商务工作，内设机构4个。']);
  });

  it('reads 1、 numbering as labels 1…4', () => {
    expect(o.duties.map((d) => d.label)).toEqual(['1', '2', '3', '4']);
    expect(o.duties[3].text).toBe('完成市委、市政府交办的其他工作。');
  });

  it('reads the units listed on one line, all on line 12, and the declared count 4 matches', () => {
    expect(unitNames(doc)).toEqual(['办公室', '商贸流通股', '对外贸易股', '招商引资股']);
    expect(o.units.every((u) => u.line === 12 && u.label === null && u.duties.length === 0)).toBe(true);
    expect(doc.diagnostics).toEqual([]);
  });

  it('reads leaders with spaced titles and lists of names', () => {
    expect(o.people).toEqual([
      { title: '局长', name: '钟伟民', line: 14 },
      { title: '副局长', name: '刘小燕', line: 15 },
      { title: '副局长', name: '曾国华', line: 15 },
    ]);
  });

  it('reads several contacts per line', () => {
    expect(o.address).toBe('瑞金市象湖镇红都大道88号');
    expect(o.contacts).toEqual([
      { label: '地址', value: '瑞金市象湖镇红都大道88号', line: 17 },
      { label: '邮编', value: '342500', line: 17 },
      { label: '电话', value: '0797-2522888', line: 18 },
      { label: '传真', value: '0797-2522889', line: 18 },
      { label: '电子邮箱', value: 'rjswj@163.com', line: 19 },
    ]);
  });
});

describe('a page in traditional characters (廣東省外辦)', () => {
  const doc = parseFixture('traditional-guangdong.txt');
  const o = doc.office;

  it('recognises traditional headings and keeps every text as written', () => {
    expect(o.name).toBe('廣東省人民政府外事辦公室');
    expect(o.aliases).toEqual(['廣東省人民政府港澳事務辦公室']);
    expect(o.summary).toEqual(['廣東省人民政府外事辦公室是省政府組成部門，加掛廣東省人民政府港澳事務辦公室牌子。']);
    expect(o.duties.map((d) => d.text)).toEqual([
      '貫徹執行國家外交方針政策和省委、省政府關於外事工作的決策部署。',
      '歸口管理全省因公出國（境）工作，負責因公護照的頒發和管理。',
      '負責全省國際友好城市的締結與交流工作。',
    ]);
  });

  it('reads units, a traditional alias in parentheses and 出國（境） as one name', () => {
    expect(unitNames(doc)).toEqual(['辦公室', '亞洲處', '出國（境）管理處']);
    expect(unit(doc, '亞洲處').aliases).toEqual(['港澳事務處']);
    expect(unit(doc, '辦公室').duties[0].text).toBe('負責機關日常運轉，承擔文電、會務、機要、檔案等工作。');
  });

  it('reads leaders and contacts, contact labels in their canonical form', () => {
    expect(o.people.map((p) => `${p.title}:${p.name}`)).toEqual(['主任:陳偉明', '副主任:黃誌強', '副主任:林曉明']);
    expect(o.address).toBe('廣州市越秀區東風中路305號');
    expect(o.contacts[1]).toEqual({ label: '电话', value: '020-83135000', line: 19 });
  });
});

describe('a Taiwan-style page in traditional characters (臺北市觀光傳播局)', () => {
  const doc = parseFixture('traditional-taipei-bureau.txt');
  const o = doc.office;

  it('reads 單位介紹, 業務職掌, 組織架構, 機關首長 and 聯絡資訊 sections', () => {
    expect(o.name).toBe('臺北市政府觀光傳播局');
    expect(o.formerNames).toEqual(['臺北市政府新聞處']);
    expect(o.duties.map((d) => d.text)).toEqual(['觀光政策之規劃及推動。', '城市行銷及國際交流事務。']);
    expect(o.people.map((p) => `${p.title}:${p.name}`)).toEqual(['局長:林志明', '副局長:陳美玲']);
    expect(o.address).toBe('11008臺北市信義區市府路1號4樓');
  });

  it('does not take 本局 (a self-reference) for an alias, nor a lead-in line for a unit', () => {
    expect(o.aliases).toEqual([]);
    expect(unitNames(doc)).toEqual(['企劃科', '國際事務科', '秘書室']);
    expect(unit(doc, '秘書室').duties[0].text).toBe('掌理文書、事務及出納事項。');
  });
});

describe('an umbrella 机构职能 heading over a 三定-style page (广州市外办)', () => {
  const doc = parseFixture('umbrella-heading-guangzhou.txt');
  const o = doc.office;

  it('reads the paragraph under 机构职能 as the summary once 主要职责 follows, with its short name and nameplate', () => {
    expect(o.name).toBe('广州市人民政府外事办公室');
    expect(o.summary).toHaveLength(1);
    expect(o.summary[0].startsWith('根据《中共广州市委办公厅')).toBe(true);
    expect(o.summary[0]).toContain('（穗厅字〔2019〕5号）');
    expect(o.aliases).toEqual(['广州市人民政府港澳事务办公室', '市外办']);
  });

  it('reads the duties and units, skipping 职能转变 and 人员编制', () => {
    expect(o.duties.map((d) => d.text)).toEqual(['贯彻执行党和国家外交方针政策。', '负责全市外事工作。']);
    expect(o.units.map((u) => [u.name, u.aliases])).toEqual([
      ['办公室', []],
      ['礼宾处', ['港澳事务处']],
    ]);
    expect(codes(doc)).toEqual(['ignored-section@4', 'ignored-section@13']);
  });
});

describe('an old GBK-encoded county page (信丰县外侨办)', () => {
  const bytes = fixtureBytes('gbk-xinfeng-old-page.txt');

  it('detects GB18030/GBK and decodes it', () => {
    const decoded = decodeDocument(bytes);
    expect(decoded.ok && decoded.encoding).toBe('gb18030');
    expect(decoded.ok && decoded.text.includes('信丰县外事侨务办公室概况')).toBe(true);
  });

  const doc = parseFixture('gbk-xinfeng-old-page.txt');
  const o = doc.office;

  it('reads name, short name, former name and the as-of date', () => {
    expect(o.name).toBe('信丰县外事侨务办公室');
    expect(o.aliases).toEqual(['县外侨办']);
    expect(o.formerNames).toEqual(['信丰县外事办公室']);
    expect(o.asOf).toBe('2009-08-12');
  });

  it('reads full-width １． numbering and unnumbered unit headings under indentation', () => {
    expect(o.duties.map((d) => d.label)).toEqual(['１．', '２．', '３．']);
    expect(o.duties[0].text).toBe('贯彻执行党和国家的外事、侨务方针政策。');
    expect(unitNames(doc)).toEqual(['综合股', '侨务股']);
    expect(unit(doc, '侨务股').duties).toEqual([
      { label: null, text: '负责侨务政策宣传和侨资企业服务工作。', line: 11 },
    ]);
    expect(doc.diagnostics).toEqual([]);
  });
});

describe('a CRLF file with a BOM, tab and full-width indentation and runs of blank lines (萍乡市侨办)', () => {
  const doc = parseFixture('crlf-bom-pingxiang.txt');
  const o = doc.office;

  it('numbers lines as the source does and strips the indentation', () => {
    expect(o.name).toBe('萍乡市人民政府侨务办公室');
    expect(o.summary).toEqual(['萍乡市人民政府侨务办公室是市政府工作部门，负责全市侨务工作。']);
    expect(o.duties).toEqual([
      { label: '一', text: '贯彻执行国家侨务工作方针政策。', line: 7 },
      { label: '二', text: '负责联系和服务海外侨胞、归侨侨眷。', line: 8 },
      { label: '三', text: '保护归侨侨眷和海外侨胞在国内的合法权益。', line: 11 },
    ]);
    expect(o.units.map((u) => [u.name, u.line, u.duties[0].line])).toEqual([
      ['秘书科', 13, 14],
      ['侨政科', 15, 16],
    ]);
    expect(doc.diagnostics).toEqual([]);
  });
});

describe('a file with lone CR line ends (新余市外办)', () => {
  it('counts CR as a line end', () => {
    const o = parseFixture('lone-cr-xinyu.txt').office;
    expect(o.name).toBe('新余市外事办公室');
    expect(o.duties).toEqual([
      { label: '一', text: '负责全市外事工作。', line: 4 },
      { label: '二', text: '负责全市因公出国（境）管理工作。', line: 5 },
    ]);
  });
});

describe('UTF-16 files with a byte-order mark (景德镇市外办)', () => {
  for (const [file, encoding] of [
    ['utf16le-jingdezhen.txt', 'utf-16le'],
    ['utf16be-jingdezhen.txt', 'utf-16be'],
  ] as const) {
    it(`decodes ${encoding} and parses it`, () => {
      const decoded = decodeDocument(fixtureBytes(file));
      expect(decoded.ok && decoded.encoding).toBe(encoding);
      const o = parseFixture(file).office;
      expect(o.name).toBe('景德镇市外事办公室');
      expect(o.duties.map((d) => d.text)).toEqual(['贯彻执行国家外事方针政策。', '负责全市陶瓷文化对外交流工作。']);
      expect(unitNames(parseFixture(file))).toEqual(['秘书科', '外事科', '友城科']);
    });
  }
});

describe('a page with pinyin annotations and footnote marks', () => {
  const doc = parseFixture('pinyin-footnotes.txt');
  const o = doc.office;

  it('strips pinyin and footnote marks but keeps real parentheticals', () => {
    expect(o.name).toBe('江西省人民政府外事办公室');
    expect(o.aliases).toEqual(['江西省外事办公室']);
    expect(o.summary).toEqual(['江西省人民政府外事办公室是省政府组成部门，负责全省外事工作。']);
    expect(o.duties.map((d) => d.text)).toEqual([
      '归口管理全省因公出国(境)工作，颁发因公护照。',
      '负责國际友好城市的缔结与交流。',
      '承担外宾接待工作(2019年起)。',
    ]);
    expect(unitNames(doc)).toEqual(['亚洲处', '出国(境)管理处']);
    expect(unit(doc, '亚洲处').aliases).toEqual(['省港澳事务处']);
  });

  it('keeps the footnotes’ own text out of the content', () => {
    expect(unit(doc, '出国(境)管理处').duties).toEqual([{ label: null, text: '负责因公出国(境)管理。', line: 11 }]);
    expect(JSON.stringify(o)).not.toContain('机构改革后名称');
  });
});

describe('a page with a leaders list and full contacts (九江市外办)', () => {
  const doc = parseFixture('leaders-contacts-jiujiang.txt');
  const o = doc.office;

  it('reads two nameplates from one sentence', () => {
    expect(o.name).toBe('九江市人民政府外事办公室');
    expect(o.aliases).toEqual(['九江市人民政府港澳事务办公室', '九江市人民政府侨务办公室']);
  });

  it('reads people in all three forms', () => {
    expect(o.people).toEqual([
      { title: '主任', name: '张三', line: 5 },
      { title: '副主任', name: '李四', line: 5 },
      { title: '副主任', name: '王五', line: 5 },
      { title: '党组成员、副主任', name: '欧阳明华', line: 6 },
      { title: '二级调研员', name: '赵六', line: 7 },
    ]);
  });

  it('reads address, postcode, phone, fax, email and website', () => {
    expect(o.address).toBe('九江市浔阳区长虹大道99号市行政中心');
    expect(o.contacts.map((c) => `${c.label}=${c.value}@${c.line}`)).toEqual([
      '通讯地址=九江市浔阳区长虹大道99号市行政中心@9',
      '邮政编码=332000@10',
      '联系电话=0792-8123456@11',
      '传真=0792-8123457@12',
      '电子邮箱=jjwb@jiujiang.gov.cn@13',
      '网站=http://wb.jiujiang.gov.cn@14',
    ]);
    expect(doc.diagnostics).toEqual([]);
  });
});

describe('a page cut off mid-sentence (上饶市外办)', () => {
  it('reports the unfinished last duty', () => {
    const doc = parseFixture('truncated-shangrao.txt');
    expect(doc.office.duties.at(-1)).toEqual({ label: '（四）', text: '负责全省外事', line: 7 });
    expect(codes(doc)).toEqual(['truncated@7']);
  });
});

describe('range numbering, a skipped number and a declared count that differs (抚州市外办)', () => {
  const doc = parseFixture('range-numbering-fuzhou.txt');
  const o = doc.office;

  it('names the office from a `…机构职能` page title', () => {
    expect(o.name).toBe('抚州市人民政府外事办公室');
  });

  it('reads 5-8. as one label and reports the missing 9', () => {
    expect(o.duties.map((d) => d.label)).toEqual(['1.', '2.', '3.', '4.', '5-8.', '10.']);
    expect(o.duties[4].text).toBe('负责全市涉外安全、领事保护、外国记者管理和涉外法律服务工作。');
    expect(codes(doc)).toEqual(['skipped-label@8', 'count-mismatch@10']);
  });

  it('reads (1) units with `name：duties` on one line', () => {
    expect(o.units.map((u) => [u.label, u.name, u.duties[0].text])).toEqual([
      ['(1)', '办公室', '负责机关日常运转。'],
      ['(2)', '外事科', '负责外事接待工作。'],
      ['(3)', '出入境管理科', '负责因公出入境审核工作。'],
    ]);
  });
});

describe('a province page with unit headings, unit duties sections, unit people and 直属单位 (湖南省外办)', () => {
  const doc = parseFixture('province-units-affiliated.txt');
  const o = doc.office;

  it('reads internal then affiliated units in source order', () => {
    expect(unitNames(doc)).toEqual(['办公室', '综合处', '礼宾处', '湖南省外事服务中心', '湖南省国际交流中心']);
  });

  it('marks the units under 内设处室 internal and those under 直属单位 affiliated', () => {
    expect(o.units.map((u) => [u.name, u.kind])).toEqual([
      ['办公室', 'internal'],
      ['综合处', 'internal'],
      ['礼宾处', 'internal'],
      ['湖南省外事服务中心', 'affiliated'],
      ['湖南省国际交流中心', 'affiliated'],
    ]);
    expect(unit(doc, '湖南省外事服务中心').duties).toEqual([
      { label: null, text: '承担外事接待服务和翻译工作。', line: 16 },
    ]);
  });

  it('reads `主要职责：` under a unit as that unit’s duty, and people per unit', () => {
    expect(o.duties).toEqual([]);
    expect(unit(doc, '办公室').duties).toEqual([
      { label: null, text: '负责机关文电、会务、机要、档案等日常运转工作。', line: 6 },
    ]);
    expect(unit(doc, '办公室').people).toEqual([{ title: '主任', name: '周建国', line: 7 }]);
    expect(unit(doc, '综合处').people.map((p) => p.name)).toEqual(['吴敏', '郑红', '孙立']);
  });

  it('reports the declared 9 internal units against the 3 found; the 2 affiliated ones match', () => {
    expect(codes(doc)).toEqual(['count-mismatch@3']);
  });
});

describe('a page titled only 机构职能, with a lead-in sentence and spaced leader titles (湖北省外办)', () => {
  const doc = parseFixture('generic-title-hubei.txt');
  const o = doc.office;

  it('reads the description under 机构职能 as the summary, not as a duty', () => {
    expect(o.name).toBe('湖北省人民政府外事办公室');
    expect(o.aliases).toEqual(['湖北省人民政府港澳事务办公室']);
    expect(o.summary).toEqual(['湖北省人民政府外事办公室是省政府组成部门，挂湖北省人民政府港澳事务办公室牌子。']);
  });

  it('does not read the `…主要职责是：` lead-in as a duty', () => {
    expect(o.duties).toEqual([
      { label: '（一）', text: '贯彻执行党和国家外交方针政策。', line: 4 },
      { label: '（二）', text: '负责全省外事接待工作。', line: 5 },
    ]);
  });

  it('reads `主　任　陈光明` and drops a remit note after a name', () => {
    expect(o.people).toEqual([
      { title: '主任', name: '陈光明', line: 7 },
      { title: '副主任', name: '刘志远', line: 8 },
    ]);
    expect(unitNames(doc)).toEqual(['办公室']);
    expect(doc.diagnostics).toEqual([]);
  });
});

describe('a page with flattened tables: 处室名称/处室职责, 姓名/职务, labels alone on a line (江西省商务厅)', () => {
  const doc = parseFixture('table-style-jiangxi-commerce.txt');
  const o = doc.office;

  it('numbers the text below a label that stands alone', () => {
    expect(o.duties).toEqual([
      { label: '一', text: '贯彻执行国家商务工作方针政策。', line: 5 },
      { label: '二', text: '负责全省商务工作。', line: 7 },
    ]);
  });

  it('reads units from 处室名称 lines, drops a staffing note, and reads 处室职责 as the unit’s duty', () => {
    expect(o.units.map((u) => [u.name, u.line, u.duties.map((d) => d.text)])).toEqual([
      ['办公室', 10, ['负责机关日常运转。']],
      ['外贸处', 13, ['负责全省对外贸易工作。']],
    ]);
    expect(unit(doc, '办公室').people).toEqual([{ title: '负责人', name: '张三', line: 12 }]);
  });

  it('reads 姓名/职务 pairs in either order', () => {
    expect(o.people).toEqual([
      { title: '厅长', name: '李四', line: 16 },
      { title: '副厅长', name: '王五', line: 17 },
    ]);
  });
});

describe('a city page with numbered sections 一、…六、 (宜春市外侨办)', () => {
  const doc = parseFixture('numbered-sections-yichun.txt');
  const o = doc.office;

  it('reads name, 简称, as-of date, and the declared count of 3 matches', () => {
    expect(o.name).toBe('宜春市外事侨务办公室');
    expect(o.aliases).toEqual(['市外侨办']);
    expect(o.asOf).toBe('2021-11-03');
    expect(doc.diagnostics).toEqual([]);
  });

  it('reads duties ending in ；, and units with `name：duties` after 1. labels', () => {
    expect(o.duties.map((d) => d.label)).toEqual(['(一)', '(二)', '(三)', '(四)']);
    expect(o.duties[0].text).toBe('贯彻执行国家外事、侨务工作方针政策；');
    expect(o.units.map((u) => [u.label, u.name, u.aliases])).toEqual([
      ['1.', '秘书科', []],
      ['2.', '外事科', []],
      ['3.', '侨务科', ['台湾事务科']],
    ]);
    expect(unit(doc, '外事科').duties[0]).toEqual({ label: null, text: '负责外事接待、友好城市工作；', line: 13 });
  });

  it('reads leaders written `title name remit`, honours with year-only and year-month dates, contacts', () => {
    expect(o.people).toEqual([
      { title: '主任', name: '刘建华', line: 16 },
      { title: '副主任', name: '陈芳', line: 17 },
    ]);
    expect(o.honors).toEqual([
      { date: '2018', text: '2018年，获全省外事工作先进集体。', line: 19 },
      { date: '2020-12', text: '2020年12月，被评为全市文明单位。', line: 20 },
    ]);
    expect(o.address).toBe('宜春市袁州区宜阳大道1号');
    expect(o.contacts.map((c) => c.label)).toEqual(['地址', '电话']);
    expect(JSON.stringify(o)).not.toContain('扫一扫');
  });
});

describe('units nested under units by a deeper numbering (吉安市外办)', () => {
  const doc = parseFixture('nested-units-jian.txt');

  it('reads （一） units under 一、 units as children, and （一） duties as duties', () => {
    expect(unitNames(doc)).toEqual(['综合科', '外事科']);
    expect(unit(doc, '综合科').units.map((u) => [u.label, u.name, u.line, u.duties.map((d) => d.text)])).toEqual([
      ['（一）', '文秘股', 6, ['负责文电工作。']],
      ['（二）', '财务股', 7, ['负责财务工作。', '负责机关预算编制。']],
    ]);
    expect(unit(doc, '综合科').units.map((u) => u.kind)).toEqual(['internal', 'internal']);
    expect(unit(doc, '综合科').duties.map((d) => d.text)).toEqual(['负责机关日常运转。']);
    expect(unit(doc, '外事科').units).toEqual([]);
    expect(unit(doc, '外事科').duties).toEqual([
      { label: null, text: '负责外事接待工作。', line: 11 },
      { label: '（一）', text: '负责友好城市交流。', line: 12 },
    ]);
    expect(doc.diagnostics).toEqual([]);
  });
});

describe('files that are not documents', () => {
  it('rejects an empty file', () => {
    expect(decodeDocument(fixtureBytes('empty.txt'))).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('rejects a file of blank space', () => {
    expect(decodeDocument(fixtureBytes('whitespace-only.txt'))).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('rejects an image as binary with a human message', () => {
    const r = decodeDocument(fixtureBytes('binary-image.png'));
    expect(r).toMatchObject({ ok: false, reason: 'binary' });
    expect(!r.ok && r.message).toMatch(/binary/);
  });
});
