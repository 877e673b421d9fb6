// Question frames of offices whose units are 科室, 庭 and 司: the frame (挂什么科, 归哪个庭审) is
// taken out of the topic and kept as the kind of unit asked for; an office kind named in a
// sentence is a term of its own; a question that finds nothing as typed is searched by pairs.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex, search } from '../../../shared/search/index.ts';
import { askedUnitEnding, pairTerms, queryTerms } from '../../../shared/search/terms.ts';
import { loadOosSet } from '../../../bench/labelled.ts';
import { idCounter } from '../../../shared/search/from-parsed.ts';
import { makeOffice } from './make-office.ts';

const hospital = makeOffice({
  name: '测试市人民医院',
  units: [
    // The same duty in a 中心 listed first: only the kind asked for tells them apart.
    { name: '口腔保健中心', duties: ['负责儿童的拔牙'] },
    { name: '口腔科', duties: ['负责成人的拔牙'] },
    { name: '门诊部', duties: ['负责预约挂号'] },
  ],
});
const court = makeOffice({
  name: '测试市中级人民法院',
  units: [
    { name: '司法警察支队', duties: ['押解贪污案件的被告人'] },
    { name: '刑事审判第二庭', duties: ['审理贪污案件的被告人'] },
  ],
});
const procuratorate = makeOffice({
  name: '测试区人民检察院',
  units: [{ name: '控告申诉检察部', duties: ['负责受理群众反映警察办案的问题'] }],
});
const police = makeOffice({
  name: '测试市公安局',
  units: [{ name: '交通警察支队', duties: ['负责处理群众反映的交通问题'] }],
});
const index = loadSearchIndex(buildSearchIndex([hospital, court, procuratorate, police]));

describe('question frames of 科室, 庭 and 司', () => {
  it('take 挂什么科 and 归哪个庭审 out of the topic and keep the kind of unit asked for', () => {
    expect(queryTerms('拔牙挂什么科', index.t2s).map((t) => t.text)).toEqual(['拔牙']);
    expect(askedUnitEnding('拔牙挂什么科', index.t2s)).toBe('科');
    expect(queryTerms('贪污案件归哪个庭审', index.t2s).map((t) => t.text)).toEqual(['贪污案件']);
    expect(askedUnitEnding('贪污案件归哪个庭审', index.t2s)).toBe('庭');
    expect(askedUnitEnding('跟外国谈判找哪个司', index.t2s)).toBe('司');
  });

  it('find the unit of the kind asked for', () => {
    expect(search(index, '拔牙挂什么科').hits[0]).toMatchObject({ unit: '口腔科' });
    expect(search(index, '贪污案件归哪个庭审').hits[0]).toMatchObject({ unit: '刑事审判第二庭' });
  });
});

describe('question frames of 工作委员会, 室 and 组', () => {
  it('take 归哪个工委, 哪个室 and 哪个组 out of the topic and ask for a 委员会, a 室 and a 组', () => {
    expect(queryTerms('代表建议督办归哪个工委', index.t2s).map((t) => t.text)).toEqual(['代表建议督办']);
    expect(askedUnitEnding('代表建议督办归哪个工委', index.t2s)).toBe('委员会');
    expect(askedUnitEnding('预算审查是人大哪个委', index.t2s)).toBe('委员会');
    expect(askedUnitEnding('问题线索归哪个室', index.t2s)).toBe('室');
    expect(askedUnitEnding('学校收费向哪个组反映', index.t2s)).toBe('组');
  });

  it('take 谁在做, 谁定 and 多大年纪 out as question words', () => {
    expect(queryTerms('控烟宣传谁在做', index.t2s).map((t) => t.text)).toEqual(['控烟宣传']);
    expect(queryTerms('收费标准是谁定的', index.t2s).map((t) => t.text)).toEqual(['收费标准']);
    expect(queryTerms('多大年纪能退休', index.t2s).map((t) => t.text)).toEqual(['能退休']);
    // Words that only hold those characters keep them.
    expect(queryTerms('谁定点医院', index.t2s).map((t) => t.text)).toEqual(['定点医院']);
    expect(queryTerms('很多大学生创业补贴', index.t2s).map((t) => t.text)).toEqual(['很多大学生创业补贴']);
  });
});

describe('two words joined by 和', () => {
  it('are two terms when each has two characters, one term when a side is longer', () => {
    expect(queryTerms('预算和资产', index.t2s).map((t) => t.text)).toEqual(['预算', '资产']);
    expect(queryTerms('医院和医生闹纠纷', index.t2s).map((t) => t.text)).toEqual(['医院和医生闹纠纷']);
    // The 和 of a word joins nothing.
    expect(queryTerms('天津和平区', index.t2s).map((t) => t.text)).toEqual(['天津和平区']);
  });
});

describe('the kind of office a spoken sentence names', () => {
  it('is a term of its own, so the sentence finds that office and the topic apart', () => {
    expect(queryTerms('去检察院反映警察办案', index.t2s).map((t) => t.text)).toEqual(['检察院', '反映警察办案']);
    expect(search(index, '去检察院反映警察办案').hits[0]).toMatchObject({ unit: '控告申诉检察部' });
    expect(queryTerms('开发区里孩子上学', index.t2s).map((t) => t.text)).toEqual(['开发区', '里孩子上学']);
    expect(queryTerms('红十字会员怎么加入', index.t2s).map((t) => t.text)).toEqual(['红十字会员', '加入']);
  });
});

describe('an office kind the sentence names', () => {
  // The same work in two offices; the petitions office, listed first and worded closer, mentions 市委.
  const petitions = makeOffice({
    name: '测试市信访局',
    units: [{ name: '来信办理科', duties: ['办理寄给市委的信件'] }],
  });
  const discipline = makeOffice({
    name: '中共测试市纪律检查委员会',
    units: [{ name: '信访室', duties: ['负责受理对党员干部的来信、来访和举报'] }],
  });
  const both = loadSearchIndex(buildSearchIndex([petitions, discipline]));

  it('takes the office of that kind before another office doing the same work', () => {
    expect(search(both, '举报信寄到哪里').hits[0]).toMatchObject({ unit: '来信办理科' });
    expect(search(both, '纪委的举报信寄到哪里').hits[0]).toMatchObject({ unit: '信访室' });
  });

  it('goes with its verb of sending or going out of the topic (寄到哪里, 想去, 要带)', () => {
    expect(queryTerms('纪委的举报信寄到哪里', both.t2s).map((t) => t.text)).toEqual(['纪委', '举报信']);
    expect(queryTerms('处罚不服想去法院告', both.t2s).map((t) => t.text)).toEqual(['处罚不服', '法院']);
    expect(queryTerms('上访要带什么材料', both.t2s).map((t) => t.text)).toEqual(['上访', '材料']);
  });
});

describe('the office kinds of the ninth set and the frame of wanting to become something', () => {
  const ids = idCounter();
  const science = makeOffice(
    { name: '测试省科学技术厅', units: [{ name: '政策法规处', duties: ['承担行政复议和行政应诉'] }] },
    ids,
  );
  // The other office words the topic closer (不服, 处理决定): only the office kind sends it away.
  const drugs = makeOffice(
    { name: '测试省药品监督管理局', units: [{ name: '政策法规处', duties: ['受理不服处理决定的行政复议'] }] },
    ids,
  );
  const both = loadSearchIndex(buildSearchIndex([drugs, science]));

  it('cuts 团市委 and 药监局 out of a sentence as terms of their own', () => {
    expect(queryTerms('团市委组织部在哪', both.t2s).map((t) => t.text)).toEqual(['团市委', '组织部']);
    expect(queryTerms('药监局复议', both.t2s)).toEqual([
      { text: '药监局', han: true, officeKind: true },
      { text: '复议', han: true },
    ]);
  });

  it('takes 想当 out of the topic like 想去', () => {
    expect(queryTerms('想当青年志愿者去哪报名', both.t2s).map((t) => t.text)).toEqual(['青年志愿者', '报名']);
  });

  it('sends the question to the office of the kind it names, the other office listed first and worded closer', () => {
    expect(search(both, '不服科技厅的处理决定想复议').hits[0]).toMatchObject({
      officeId: science.id,
      unit: '政策法规处',
    });
  });
});

describe('the office kinds of the tenth set', () => {
  const ids = idCounter();
  // The congress's duty holds the question's whole 换届选举; only the office kind sends it away.
  const congress = makeOffice(
    {
      name: '测试市人民代表大会常务委员会',
      units: [{ name: '代表工作委员会', duties: ['负责县乡人大换届选举的指导'] }],
    },
    ids,
  );
  const women = makeOffice(
    {
      name: '测试市妇女联合会',
      aliases: ['市妇联'],
      units: [{ name: '组织联络部', duties: ['负责村社区妇联的组织建设和换届'] }],
    },
    ids,
  );
  // 换届选举 in more than one office, as in a real directory: no longer a rare word that alone decides.
  const street = makeOffice(
    { name: '测试区某某街道办事处', units: [{ name: '社区发展办公室', duties: ['组织社区居委会的换届选举'] }] },
    ids,
  );
  const both = loadSearchIndex(buildSearchIndex([congress, street, women]));

  it('cuts 妇联 and 公证处 out of a sentence, but not 作协 out of 合作协议', () => {
    expect(queryTerms('村里妇联换届选举', both.t2s).map((t) => t.text)).toEqual(['村里', '妇联', '换届选举']);
    expect(queryTerms('去公证处办遗嘱', both.t2s).map((t) => t.text)).toEqual(['公证处', '办遗嘱']);
    expect(queryTerms('合作协议', both.t2s).map((t) => t.text)).toEqual(['合作协议']);
  });

  it('sends the question to the office of the kind it names', () => {
    expect(search(both, '村里妇联换届选举').hits[0]).toMatchObject({ officeId: women.id, unit: '组织联络部' });
  });
});

describe('a question that finds nothing as typed', () => {
  const tune = loadOosSet('tune');
  const directory = loadSearchIndex(buildSearchIndex(tune.offices));

  it('is searched again by the character pairs of its longer words', () => {
    expect(pairTerms(queryTerms('工人手指被机器压断', directory.t2s))?.map((t) => t.text)).toEqual([
      '工人',
      '人手',
      '手指',
      '指被',
      '被机',
      '机器',
      '器压',
      '压断',
    ]);
    expect(pairTerms(queryTerms('机器 压断', directory.t2s))).toBeNull();
    expect(search(directory, '工人手指被机器压断').hits.length).toBeGreaterThan(0);
  });
});
