// The everyday-word rule (lexicon.ts): a question in everyday words finds the unit whose duty
// uses the administrative word, the word as typed still ranks first, and a phrase the
// documents hold as typed is not cut apart.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex, search } from '../../../shared/search/index.ts';
import { lexiconEntries, splitEveryday } from '../../../shared/search/lexicon.ts';
import { planTerms } from '../../../shared/search/retrieval.ts';
import { queryTerms } from '../../../shared/search/terms.ts';
import { makeOffice } from './make-office.ts';

const office = makeOffice({
  name: '测试市城市管理局',
  units: [
    { name: '环境卫生科', duties: ['负责公厕的建设和管理;负责道路清扫保洁'] },
    { name: '文化服务科', duties: ['负责公共文化服务设施的建设'] },
    { name: '咨询科', duties: ['负责驾照相关的咨询和投诉处理工作'] },
    { name: '车辆科', duties: ['负责驾驶证的核发'] },
    { name: '劳动科', duties: ['负责最低工资标准的拟订'] },
    { name: '治安科', duties: ['负责派出所的日常管理'] },
  ],
});
const index = loadSearchIndex(buildSearchIndex([office]));

describe('everyday words in a question', () => {
  it('are cut out of the word and given their administrative words; neighbours with the same ones stay one term', () => {
    const terms = splitEveryday('公共厕所太脏', index.t2s);
    expect(terms.map((t) => t.text)).toEqual(['公共', '厕所', '太脏']);
    expect(terms[0].formal).toBeUndefined();
    expect(terms[1].formal).toContain('公厕');
    expect(terms[2].formal).toContain('保洁');
    expect(splitEveryday('鸡鸭', index.t2s).map((t) => t.text)).toEqual(['鸡鸭']);
    expect(splitEveryday('河道采砂', index.t2s)).toEqual([{ text: '河道采砂', han: true }]);
  });

  it('find the unit whose duty uses the administrative word, not one sharing a plain word or part of the everyday one (派出所)', () => {
    expect(search(index, '公共厕所太脏了谁负责').hits[0]).toMatchObject({ unit: '环境卫生科' });
  });

  it('rank a record holding the word as typed above one holding its administrative word, which still follows', () => {
    const units = search(index, '驾照').hits.map((h) => h.unit);
    expect(units[0]).toBe('咨询科');
    expect(units).toContain('车辆科');
  });

  it('leave a phrase the documents hold as typed whole (最低工资标准 is not cut at 工资)', () => {
    const plans = planTerms(index, queryTerms('最低工资标准', index.t2s));
    expect(plans.map((p) => [p.term.text, p.formal.length])).toEqual([['最低工资标准', 0]]);
    expect(search(index, '最低工资标准').hits[0]).toMatchObject({ unit: '劳动科' });
  });
});

describe('the everyday-word lexicon', () => {
  const entries = lexiconEntries();

  it('has hundreds of everyday words, each with an administrative word other than itself', () => {
    expect(entries.length).toBeGreaterThanOrEqual(1200);
    expect(entries.filter(([word, formal]) => formal.length === 0 || formal.every((f) => f === word))).toEqual([]);
  });

  it('reads a line as everyday words = administrative words, and skips lines without one', () => {
    expect(lexiconEntries('上学 读书 = 入学 招生\n注释\n')).toEqual([
      ['上学', ['入学', '招生']],
      ['读书', ['入学', '招生']],
    ]);
  });
});

describe('old and common names of kinds of office', () => {
  const land = makeOffice({
    name: '东阳市自然资源和规划局',
    people: [['局长', '甲乙丙']],
    units: [
      { name: '测绘科', duties: ['负责基础测绘的管理'] },
      { name: '国土空间规划科', duties: ['负责国土空间规划的编制'] },
    ],
  });
  const weather = makeOffice({
    name: '西湖市气象局',
    people: [['局长', '丁戊己']],
    units: [
      { name: '法规科', duties: ['负责防雷装置的检测和验收'] },
      { name: '服务科', duties: ['负责农业气象服务'] },
    ],
  });
  const finance = makeOffice({
    name: '测试市财政局',
    units: [
      { name: '农业科', duties: ['负责耕地地力保护补贴的拨付'] },
      { name: '预算科', duties: ['负责部门预算的编制'] },
    ],
  });
  const directory = loadSearchIndex(buildSearchIndex([weather, land, finance]));

  it('find the office of the new name (国土局 is now 自然资源局), its leader under the office', () => {
    expect(search(directory, '东阳国土局局长').hits[0]).toMatchObject({ office: '东阳市自然资源和规划局', unit: null });
  });

  it('come with field words of the newer kinds of office (避雷针, 种粮补贴)', () => {
    expect(search(directory, '楼顶的避雷针').hits[0]).toMatchObject({ unit: '法规科' });
    expect(search(directory, '种粮补贴').hits[0]).toMatchObject({ unit: '农业科' });
  });
});

describe('field words of the tenth set (finance, maternity)', () => {
  const finance = makeOffice({
    name: '测试市地方金融监督管理局',
    units: [
      { name: '发展科', duties: ['负责政银企对接和融资需求的协调'] },
      { name: '稳定科', duties: ['负责企业担保链风险的监测'] },
      { name: '市场科', duties: ['负责企业上市辅导的协调服务'] },
    ],
  });
  const hospital = makeOffice({
    name: '测试市妇幼保健院',
    units: [
      { name: '医务处', duties: ['负责出生医学证明的签发'] },
      { name: '新生儿科', duties: ['负责新生儿疾病的筛查'] },
      { name: '乳腺科', duties: ['负责乳腺结节的诊治'] },
    ],
  });
  const directory = loadSearchIndex(buildSearchIndex([finance, hospital]));

  it('send a loan nobody gives and guarantees given each other to the finance units', () => {
    expect(search(directory, '小企业贷不到款找谁协调').hits[0]).toMatchObject({ unit: '发展科' });
    expect(search(directory, '企业互相担保出了事').hits[0]).toMatchObject({ unit: '稳定科' });
  });

  it('send 出生证 and 乳房 to the words a hospital writes', () => {
    expect(search(directory, '宝宝出生证丢了').hits[0]).toMatchObject({ unit: '医务处' });
    expect(search(directory, '乳房里摸到硬块').hits[0]).toMatchObject({ unit: '乳腺科' });
  });
});

describe('spoken words of the tenth set (notary, women, fertility)', () => {
  const notary = makeOffice({
    name: '测试市公证处',
    units: [
      { name: '民事部', duties: ['办理遗嘱和赠与公证'] },
      { name: '经济部', duties: ['办理借款合同公证'] },
    ],
  });
  const women = makeOffice({
    name: '测试市妇女联合会',
    units: [
      { name: '权益部', duties: ['协调处理家庭暴力投诉'] },
      { name: '发展部', duties: ['负责妇女创业就业的培训'] },
    ],
  });
  const hospital = makeOffice({
    name: '测试市妇幼保健院',
    units: [
      { name: '生殖医学中心', duties: ['负责不孕不育症的诊治'] },
      { name: '产科', duties: ['负责孕产妇的产前检查'] },
    ],
  });
  const directory = loadSearchIndex(buildSearchIndex([notary, women, hospital]));

  it('send them to the words the offices write', () => {
    expect(search(directory, '想把房子写给孙子').hits[0]).toMatchObject({ unit: '民事部' });
    expect(search(directory, '喝了酒老公打我').hits[0]).toMatchObject({ unit: '权益部' });
    expect(search(directory, '结婚几年一直怀不上').hits[0]).toMatchObject({ unit: '生殖医学中心' });
  });
});

describe('everyday words written by field (labour, police, disability)', () => {
  const labour = makeOffice({
    name: '测试市人力资源和社会保障局',
    units: [
      { name: '劳动关系科', duties: ['负责工作时间和休息休假制度的实施'] },
      { name: '仲裁院', duties: ['负责劳动人事争议的仲裁'] },
      { name: '医疗保险科', duties: ['负责城乡居民基本医疗保险的参保缴费'] },
    ],
  });
  const police = makeOffice({
    name: '测试市公安局',
    units: [
      { name: '治安管理支队', duties: ['负责养犬登记和犬只的管理'] },
      { name: '户政科', duties: ['负责户口簿和居民身份证的换领'] },
    ],
  });
  const disability = makeOffice({
    name: '测试市残疾人联合会',
    units: [
      { name: '康复部', duties: ['负责残疾人辅助器具的适配'] },
      { name: '维权部', duties: ['负责推动无障碍设施的建设'] },
    ],
  });
  const directory = loadSearchIndex(buildSearchIndex([labour, police, disability]));
  const first = (q: string) => search(directory, q).hits[0];

  it('send unpaid overtime, suing the boss and 新农合 to the units that write 工作时间, 劳动人事争议 and 城乡居民基本医疗保险', () => {
    expect(first('加班费一直不发')).toMatchObject({ unit: '劳动关系科' });
    expect(first('我想告老板')).toMatchObject({ unit: '仲裁院' });
    expect(first('新农合在哪交')).toMatchObject({ unit: '医疗保险科' });
  });

  it('send a dog that bites and a lost 户口本 to the police units', () => {
    expect(first('邻居家的狗咬人')).toMatchObject({ unit: '治安管理支队' });
    expect(first('户口本丢了')).toMatchObject({ unit: '户政科' });
  });

  it('send a wheelchair and a missing 盲道 to the disability units', () => {
    expect(first('想申请一个轮椅')).toMatchObject({ unit: '康复部' });
    expect(first('路上没有盲道')).toMatchObject({ unit: '维权部' });
  });
});
