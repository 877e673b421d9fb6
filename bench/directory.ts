// A synthetic national directory for the directory view's benchmark and end-to-end tests:
// offices of every level (national, province, city, county, township) and kind (government,
// party, institution), in real places from the division dataset, with invented units and duties,
// written as the plain-text documents users import. Seeded: the same directory every run.
// Each document says which place, level and kind its template meant, so a test can check
// what the app reads from the name against what the generator wrote.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { divisionTable, type Division } from '../shared/directory/divisions.ts';
import { mulberry32 } from '../shared/random.ts';
import type { OfficeKind, OfficeLevel } from '../shared/types.ts';

export interface DirectoryDocument {
  file: string;
  name: string;
  text: string;
  /** What the template meant; null for a national body. */
  province: string | null;
  level: OfficeLevel;
  kind: OfficeKind;
}

/** Provinces the directory draws from: ordinary provinces, municipalities, autonomous regions. */
export const DIRECTORY_PROVINCES = [
  '江西省',
  '广东省',
  '北京市',
  '吉林省',
  '内蒙古自治区',
  '四川省',
  '广西壮族自治区',
  '浙江省',
];

/** The levels of places: a national body has none (see NATIONAL). */
type PlaceLevel = Exclude<OfficeLevel, 'national'>;

/** National bodies, a few in every directory: name, kind, the business its units are named after. */
const NATIONAL: [string, OfficeKind, string[]][] = [
  ['中华人民共和国水利部', 'government', ['水资源管理', '河湖管理', '水旱灾害防御']],
  ['国家统计局', 'government', ['国民经济核算', '人口和就业统计', '统计执法监督']],
  ['海关总署', 'government', ['口岸监管', '关税征管', '卫生检疫']],
  ['国家林业和草原局', 'government', ['森林资源管理', '草原管理', '自然保护地']],
  ['国家医疗保障局', 'government', ['待遇保障', '医药价格和招标采购', '基金监管']],
  ['中共中央宣传部', 'party', ['理论工作', '新闻工作', '出版管理']],
  ['中共中央组织部', 'party', ['干部工作', '组织工作', '人才工作']],
  ['国家图书馆', 'institution', ['典藏阅览', '古籍保护', '数字资源']],
  ['国家气象中心', 'institution', ['天气预报', '气象服务', '数值预报']],
  ['中国地质调查局', 'government', ['基础地质调查', '矿产勘查', '地质灾害防治']],
];
/** The share of national bodies in a directory (10 of 500). */
const NATIONAL_SHARE = 0.02;

/** Body → the business its units are named after. */
const GOVERNMENT: Record<PlaceLevel, [string, string[]][]> = {
  province: [
    ['教育厅', ['基础教育', '高等教育', '职业教育', '教师工作']],
    ['民政厅', ['社会救助', '养老服务', '婚姻登记', '区划地名']],
    ['水利厅', ['水资源', '河湖管理', '水土保持', '农村水利']],
    ['商务厅', ['对外贸易', '外资管理', '市场运行', '电子商务']],
    ['统计局', ['国民经济核算', '工业统计', '人口统计', '统计执法']],
    ['人民政府外事办公室', ['礼宾', '领事', '港澳事务', '友好城市']],
  ],
  city: [
    ['教育局', ['基础教育', '学前教育', '招生考试', '教育督导']],
    ['民政局', ['社会救助', '养老服务', '殡葬管理', '社会组织']],
    ['城市管理局', ['市容环卫', '园林绿化', '城管执法', '市政设施']],
    ['医疗保障局', ['医保待遇', '医药价格', '基金监管', '医疗服务']],
    ['统计局', ['国民经济核算', '工业统计', '服务业统计', '统计调查']],
  ],
  county: [
    ['教育体育局', ['基础教育', '体育', '教育督导', '学校安全']],
    ['农业农村局', ['种植业', '畜牧兽医', '农村改革', '农田建设']],
    ['民政局', ['社会救助', '养老服务', '婚姻登记', '基层政权']],
    ['市场监督管理局', ['食品安全', '特种设备', '登记注册', '价格监督']],
  ],
  township: [['人民政府', ['党政综合', '经济发展', '社会事务', '平安建设']]],
};
const PARTY = [
  ['宣传部', ['理论教育', '新闻宣传', '文明创建']],
  ['组织部', ['干部管理', '基层组织', '人才工作']],
  ['统战部', ['民族宗教', '党外人士', '港澳台侨']],
  ['政法委员会', ['综治维稳', '执法监督', '平安建设']],
] as const;
const INSTITUTION: Record<PlaceLevel, [string, string[]][]> = {
  province: [
    ['图书馆', ['采编', '借阅服务', '古籍保护']],
    ['疾病预防控制中心', ['传染病防制', '免疫规划', '健康教育']],
    ['地质调查研究院', ['区域地质', '矿产勘查', '地质灾害']],
  ],
  city: [
    ['图书馆', ['采编', '借阅服务', '少儿服务']],
    ['公共资源交易中心', ['工程交易', '政府采购', '信息服务']],
    ['疾病预防控制中心', ['传染病防制', '免疫规划', '检验检测']],
  ],
  county: [
    ['文化馆', ['群众文艺', '非遗保护', '培训辅导']],
    ['人民医院', ['医务', '护理', '医保结算']],
    ['农业技术推广中心', ['土肥', '植保', '农技推广']],
  ],
  township: [
    ['农业综合服务站', ['农技', '畜牧', '水利']],
    ['便民服务中心', ['社保', '民政', '综合受理']],
  ],
};
const LEVEL_WEIGHTS: [PlaceLevel, number][] = [
  ['province', 0.18],
  ['city', 0.3],
  ['county', 0.34],
  ['township', 0.18],
];
const VERBS = ['负责', '承担', '指导', '组织实施', '协调', '监督检查'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚';
const NUMERALS = '一二三四五六七八九十';

interface Place {
  province: Division;
  city: Division | null;
  county: Division | null;
  township: Division | null;
}

export function generateDirectoryDocuments(count = 500, seed = 20260901): DirectoryDocument[] {
  const rand = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const table = divisionTable();
  const children = new Map<Division, Division[]>();
  for (const d of table.all)
    if (d.parent) (children.get(d.parent) ?? children.set(d.parent, []).get(d.parent)!).push(d);
  const kids = (d: Division, level: Division['level']) => (children.get(d) ?? []).filter((c) => c.level === level);
  const unique = (d: Division) => table.byName.get(d.name)!.length === 1;
  const provinces = DIRECTORY_PROVINCES.map(
    (name) => table.byName.get(name)!.find((e) => !e.short && e.division.level === 'province')!.division,
  );

  const placeAt = (level: PlaceLevel): Place => {
    const province = pick(provinces);
    if (level === 'province') return { province, city: null, county: null, township: null };
    const cities = kids(province, 'city');
    // A municipality has no cities: its districts hang from it.
    const city = cities.length ? pick(cities) : null;
    if (level === 'city' && city) return { province, city, county: null, township: null };
    const counties = kids(city ?? province, 'county');
    const county = pick(counties);
    if (level === 'county' || level === 'city') return { province, city, county, township: null };
    return { province, city, county, township: pick(kids(county, 'township')) };
  };
  // How the place is written: the county with its city (青山湖区 alone if no other county has its name).
  const placeName = (p: Place): string => {
    if (p.township) return placeName({ ...p, township: null }) + p.township.name;
    // A city without counties (中山市) lists its townships under a county of its own name: written once.
    if (p.county && p.county.name === p.city?.name) return p.city.name;
    if (p.county)
      return (p.city ? (unique(p.county) && rand() < 0.4 ? '' : p.city.name) : p.province.name) + p.county.name;
    return (p.city ?? p.province).name;
  };

  const docs: DirectoryDocument[] = [];
  const names = new Set<string>();
  const write = (body: Omit<DirectoryDocument, 'file' | 'text'>, where: string, topics: readonly string[]) => {
    const { name, level, kind } = body;
    const unitSuffix = level === 'national' ? '司' : level === 'province' ? '处' : level === 'township' ? '办' : '科';
    const person = () => pick([...SURNAMES]) + pick([...GIVEN]) + (rand() < 0.5 ? pick([...GIVEN]) : '');
    const lines = [
      name,
      `${name}是${where}的${kind === 'party' ? '党委工作部门' : kind === 'institution' ? '公益一类事业单位' : '政府工作部门'}。`,
      '主要职责',
    ];
    topics.forEach((t, i) => lines.push(`${NUMERALS[i]}、${pick(VERBS)}${where}${t}工作。`));
    lines.push(
      `${NUMERALS[topics.length]}、完成上级交办的其他任务。`,
      '内设机构',
      `一、办公室`,
      '负责机关文电、会务、档案和日常运转工作。',
    );
    topics.forEach((t, i) => {
      lines.push(`${NUMERALS[i + 1]}、${t}${unitSuffix}`, `${pick(VERBS)}${t}相关工作；承办${t}业务的统计分析。`);
      if (rand() < 0.5)
        lines.push(`${unitSuffix === '科' || unitSuffix === '办' ? '负责人' : `${unitSuffix}长`}：${person()}`);
    });
    lines.push('通信地址', `${level === 'national' ? '北京市西城区' : where}人民路${1 + Math.floor(rand() * 300)}号`);
    docs.push({
      file: `directory-${String(docs.length + 1).padStart(3, '0')}.txt`,
      text: lines.join('\n') + '\n',
      ...body,
    });
  };
  // The national bodies come last, so the other offices are the same whatever their share.
  const national = NATIONAL.slice(0, Math.round(count * NATIONAL_SHARE));
  while (docs.length < count - national.length) {
    let level = LEVEL_WEIGHTS[LEVEL_WEIGHTS.length - 1]![0];
    for (let r = rand(), i = 0; i < LEVEL_WEIGHTS.length; r -= LEVEL_WEIGHTS[i]![1], i++) {
      if (r < LEVEL_WEIGHTS[i]![1]) {
        level = LEVEL_WEIGHTS[i]![0];
        break;
      }
    }
    const place = placeAt(level);
    if (level === 'city' && !place.city) level = 'county'; // a municipality's district
    if (level === 'county' && place.county?.name === place.city?.name) level = 'city'; // 中山市's own office
    const where = placeName(place);
    const k = rand();
    const kind: OfficeKind = k < 0.55 ? 'government' : k < 0.75 ? 'party' : 'institution';
    let name: string;
    let topics: readonly string[];
    if (kind === 'party') {
      const [body, t] = pick(PARTY);
      name = level === 'township' ? `中共${where}委员会` : `中共${where}委${body}`;
      topics = t;
    } else {
      const [body, t] = pick(kind === 'government' ? GOVERNMENT[level] : INSTITUTION[level]);
      name =
        level === 'township' && kind === 'government' && place.township!.name.endsWith('街道')
          ? `${where}办事处`
          : `${where}${body}`;
      topics = t;
    }
    if (names.has(name)) continue;
    names.add(name);
    write({ name, province: place.province.name, level, kind }, where, topics);
  }
  for (const [name, kind, topics] of national) write({ name, province: null, level: 'national', kind }, '全国', topics);
  return docs;
}

/** Writes the documents into `dir` and returns their paths, for an import. */
export function writeDirectoryDocuments(dir: string, docs: DirectoryDocument[]): string[] {
  mkdirSync(dir, { recursive: true });
  return docs.map((doc) => {
    const file = join(dir, doc.file);
    writeFileSync(file, doc.text);
    return file;
  });
}
