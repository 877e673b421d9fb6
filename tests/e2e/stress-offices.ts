// Print setups nobody tuned on: offices of 0 to 3 units, 100, 150 and 300 units, 20–30 character
// names mixed with 2-character ones, four and five levels deep, mostly or only 直属单位, a
// unit with 30 sub-units, a unit with 40 duties longer than a page, one with no duties and
// one with many leaders. Written as source documents the real importer reads; where the
// source format cannot say it (nesting below the second level) the parsed units are
// re-nested by depth before import, as a deeper document would have given them.
import type { ParsedUnit } from '../../shared/types.ts';

/** Topic words, combined with the suffixes below into distinct unit names. */
const TOPICS = [
  '综合',
  '政策',
  '规划',
  '财务',
  '审计',
  '人事',
  '科技',
  '宣传',
  '安全',
  '应急',
  '审批',
  '统计',
  '督查',
  '交流',
  '质量',
  '监测',
  '资源',
  '建设',
  '调度',
  '执法',
  '信访',
  '档案',
  '保密',
  '培训',
  '老干部',
  '党建',
  '纪检',
  '社会',
  '区域',
  '统筹',
];
const SUFFIXES = ['处', '中心', '科', '室', '办公室', '站', '所', '队', '组', '部'];

/** Names of 20 to 30 characters, as long official names run. */
const LONG_NAMES = [
  '江西省赣江新区临空组团开发建设管理委员会办公室',
  '省人民政府国有资产监督管理委员会产权管理与改革协调处',
  '全省农村集体经济组织产权制度改革工作领导小组办公室',
  '省推进长江经济带生态环境保护修复工作协调小组办公室',
  '省数字经济和信息化产业高质量发展专项工作推进办公室',
  '省人民政府驻北京联络处综合协调与经济信息服务处',
];
const FORTY_ONE = '江西省人民政府国有资产监督管理委员会企业改革与产权管理暨综合业务协调处第一业务科室';
const SHORT_NAMES = ['办公室', '人事处', '财务处', '法规处'];

export interface StressOffice {
  /** What the office stands for, used in figures and file names. */
  label: string;
  name: string;
  /** Every unit's name as printed, the nested ones included. */
  units: string[];
  /** The source document. */
  text: string;
  /** Depth (1 = a division under the office) of each unit of the text, in text order; absent
   *  when the text's own nesting stands. */
  depths?: number[];
  /** Names set on the parsed units (in text order) before import: names the reader does not
   *  take from a text (a unit of one character, one past its length cap) that the store can
   *  still hold, as a correction made in the import review gives them. */
  renamed?: string[];
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export function numeral(n: number): string {
  if (n <= 10) return NUMERALS[n - 1]!;
  if (n < 20) return `十${NUMERALS[n - 11]}`;
  if (n < 100) return `${NUMERALS[Math.floor(n / 10) - 1]}十${n % 10 ? NUMERALS[(n % 10) - 1] : ''}`;
  const rest = n % 100;
  return `${NUMERALS[Math.floor(n / 100) - 1]}百${rest === 0 ? '' : rest < 10 ? `零${NUMERALS[rest - 1]}` : rest < 20 ? `一${numeral(rest)}` : numeral(rest)}`;
}

/** `count` distinct names: topic × suffix, topics first. */
function names(count: number, offset = 0): string[] {
  const out: string[] = [];
  for (let i = offset; out.length < count; i++)
    out.push(`${TOPICS[i % TOPICS.length]}${SUFFIXES[Math.floor(i / TOPICS.length)]}`);
  return out;
}

export interface UnitSpec {
  name: string;
  duties?: string[];
  people?: string[];
  /** Written as a （一） sub-unit of the division before it. */
  sub?: boolean;
}

function duty(name: string): string {
  return `负责${name}的日常工作；拟订相关政策和工作规划并组织实施。`;
}

/** An office whose units are listed under the given section headings, in this order. */
export function listed(label: string, name: string, sections: [string, UnitSpec[]][], depths?: number[]): StressOffice {
  const lines = [`${name}简介`, `${name}是为测试机构设置图打印而虚构的单位。`, '主要职责'];
  for (let i = 1; i <= 3; i++) lines.push(`${numeral(i)}、负责本系统第${numeral(i)}方面的工作。`);
  const write = (u: UnitSpec, label: string) => {
    lines.push(`${label}${u.name}`);
    for (const d of u.duties ?? [duty(u.name)]) lines.push(d);
    for (const p of u.people ?? []) lines.push(p);
  };
  for (const [heading, units] of sections) {
    if (!units.length) continue;
    lines.push(heading);
    let top = 0;
    let sub = 0;
    for (const u of units) {
      if (u.sub) write(u, `（${numeral(++sub)}）`);
      else {
        sub = 0;
        write(u, `${numeral(++top)}、`);
      }
    }
  }
  return {
    label,
    name,
    units: sections.flatMap(([, units]) => units.map((u) => u.name)),
    text: lines.join('\n') + '\n',
    ...(depths ? { depths } : {}),
  };
}

function office(
  label: string,
  name: string,
  internal: UnitSpec[],
  affiliated: UnitSpec[] = [],
  depths?: number[],
): StressOffice {
  return listed(
    label,
    name,
    [
      ['内设机构', internal],
      ['直属单位', affiliated],
    ],
    depths,
  );
}

const plain = (list: string[]): UnitSpec[] => list.map((name) => ({ name }));

/** A duty clause of about 60 characters; 40 of them run past one A4 page. */
function longDuty(i: number): string {
  return `（${numeral(i)}）负责组织协调全省第${numeral(i)}类重点项目的申报、论证、评审和立项工作，会同有关部门拟订年度计划并监督检查执行情况，按规定做好信息公开。`;
}

export function stressOffices(): StressOffice[] {
  const deepNames = ['综合管理处', '综合科', '文秘股', '收发组', '登记岗', '业务处', '业务科', '督办股', '复核组'];
  return [
    office('0 units', '零单位测试局', []),
    office('1 unit', '一单位测试局', plain(['办公室'])),
    office('2 units', '两单位测试局', plain(['办公室', '业务处'])),
    office('3 units', '三单位测试局', plain(['办公室', '政策法规处', '综合业务处'])),
    office('100 units', '百处测试厅', plain(names(100))),
    office('150 units', '一百五十处测试厅', plain(names(150))),
    office('300 units', '三百处测试厅', plain(names(300))),
    office(
      'long names',
      '长名称测试委员会',
      plain([...LONG_NAMES.slice(0, 4), ...SHORT_NAMES, ...LONG_NAMES.slice(4)]),
    ),
    office('mixed names', '长短名称测试局', plain(names(10).flatMap((n, i) => (i < 6 ? [n, LONG_NAMES[i]!] : [n])))),
    // Five levels under the office: division, section, group, team, post.
    office('five levels', '五层测试局', plain(deepNames), [], [1, 2, 3, 4, 5, 1, 2, 3, 4]),
    office('four levels', '四层测试局', plain(deepNames.slice(0, 8)), [], [1, 2, 3, 4, 1, 2, 3, 4]),
    office(
      'few internal, many affiliated',
      '直属单位为主测试委员会',
      plain(['办公室', '规划处']),
      plain(names(18, 30)),
    ),
    office('only affiliated', '仅直属单位测试局', [], plain(names(8, 60))),
    listed('only dispatched', '仅派出所测试县公安局', [
      ['派出机构', plain(['城关派出所', '东乡派出所', '西乡派出所'])],
    ]),
    // A 34-character office name; Latin letters and digits inside names; an alias in
    // brackets; a bracket inside a name; 派出机构 and 议事协调机构 sections after the divisions.
    {
      ...office(
        'latin, digits, aliases',
        '中共江西省赣江新区临空组团工作委员会江西省赣江新区临空组团管理委员会办公室',
        plain([
          '12345热线办公室',
          'IT运维中心',
          '5G网络建设推进处',
          '亚洲处（省港澳事务处）',
          '出国（境）管理处',
          '省人民政府国有资产监督管理委员会产权管理与改革协调处',
          '办公室',
        ]),
        plain(['城区第一执法中队', '全省农村集体经济组织产权制度改革工作领导小组办公室', '省信息中心']),
      ),
      units: [
        '12345热线办公室',
        'IT运维中心',
        '5G网络建设推进处',
        '亚洲处',
        '（省港澳事务处）',
        '出国（境）管理处',
        '省人民政府国有资产监督管理委员会产权管理与改革协调处',
        '办公室',
        '城区第一执法中队',
        '全省农村集体经济组织产权制度改革工作领导小组办公室',
        '省信息中心',
      ],
    },
    // Every kind of body a 三定 provision lists, in a source order that is not the chart's:
    // 议事协调机构 before 直属单位 and 派出机构 last; Latin and digits inside names for 竖排.
    listed('every kind', '各类机构测试县公安局', [
      ['内设机构', plain(['办公室', 'ICT处', '12345热线办公室', '治安管理大队'])],
      ['议事协调机构', plain(['县禁毒委员会办公室', '县防范和处置非法集资工作领导小组办公室'])],
      ['直属单位', plain(['县看守所', '县公安局指挥中心'])],
      ['派出机构', plain(['城关派出所', '东乡派出所', '开发区分局'])],
    ]),
    // Names of one character next to one of 41, as long as real names run.
    {
      ...office('one and forty', '一字与四十字名称测试局', plain(['综合办', '业务科', '协调处', '人事处'])),
      units: ['办', '科', FORTY_ONE, '处'],
      renamed: ['办', '科', FORTY_ONE, '处'],
    },
    office('30 sub-units', '三十科测试局', [
      { name: '综合业务处' },
      ...names(30, 60).map((name) => ({ name: `业务${name}`, sub: true })),
      { name: '办公室' },
      { name: '人事处' },
    ]),
    office('duty extremes', '职责长短测试局', [
      { name: '重点项目管理处', duties: Array.from({ length: 40 }, (_, i) => longDuty(i + 1)) },
      { name: '无职责处', duties: [] },
      {
        name: '综合协调处',
        people: [
          '处长：王明',
          '副处长：李华',
          '副处长：张强',
          '副处长：赵敏',
          '二级巡视员：陈刚',
          '总工程师：刘洋',
          '总经济师：孙丽',
          '一级调研员：周杰',
        ],
      },
    ]),
  ];
}

/** Re-nests a flat list of units by depth (1 = under the office): each unit goes under the
 *  last unit one level up. */
export function nestByDepth(units: ParsedUnit[], depths: number[]): ParsedUnit[] {
  const flat: ParsedUnit[] = [];
  const walk = (list: ParsedUnit[]) => list.forEach((u) => (flat.push(u), walk(u.units)));
  walk(units);
  if (flat.length !== depths.length) throw new Error(`${flat.length} units read, ${depths.length} depths given`);
  const roots: ParsedUnit[] = [];
  const open: ParsedUnit[] = [];
  flat.forEach((u, i) => {
    const d = depths[i]!;
    const unit = { ...u, units: [] };
    (d === 1 ? roots : open[d - 2]!.units).push(unit);
    open[d - 1] = unit;
    open.length = d;
  });
  return roots;
}
