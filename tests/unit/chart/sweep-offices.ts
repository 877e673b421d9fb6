// Offices of shapes beyond the print matrix, drawn from a seed (print-sweep.test.ts takes
// every one through every print setup at the layout level, tests/e2e/print-look.spec.ts
// prints a sample through Chromium): one to three units, 100 and 150, names of 2 to 30
// characters, four levels, only 直属单位, every group heading at once, a court, a division
// of 25 sections, a name of 44 characters four levels down, and random trees. Names are
// distinct within an office, so a printed name can be looked for whole.
import { mulberry32 } from '../../../shared/random.ts';
import type { UnitKind } from '../../../shared/types.ts';
import type { Drawn } from './print-cases.ts';

export interface SweepOffice {
  label: string;
  name: string;
  units: Drawn[];
}

const SYLLABLES = [
  ...'综合政策法规发展规划财务审计人事科技信息宣传教育安全监督应急指挥行政审批统计督查交流标准质量市场资源调度执法档案培训',
];
/** Plain endings of a division, and the endings that put a body outside the divisions in
 *  each group (groups.ts). */
const DIVISION = ['处', '科', '室', '办公室', '中心'];
const OUTSIDE: Record<string, string[]> = {
  party: ['机关党委', '机关纪委', '机关工会'],
  dispatched: ['派出所', '分局', '人民法庭', '司法所'],
  stationed: ['纪检监察组'],
  affiliated: ['服务中心', '研究院', '保障中心', '馆'],
  nameplate: ['（挂牌）'],
  coordination: ['领导小组办公室', '指挥部', '委员会办公室'],
  temporary: ['工作专班', '筹备组'],
};

/** Short names as offices give them (two or three characters): drawn from the syllables
 *  they would be a short run that also turns up inside longer names, and across the
 *  columns of neighbouring 竖排 boxes, so a printed name could not be told apart. */
const SHORT = [
  '党办',
  '团委',
  '工会',
  '编办',
  '网信办',
  '信访局',
  '保卫处',
  '机要室',
  '档案馆',
  '老干处',
  '研究室',
  '督查室',
  '监察室',
  '后勤处',
  '外事办',
  '侨务办',
];

/** A 44-character name, as a sub-unit's name runs in some 三定 provisions. */
export const NAME_44 = '中共江西省赣江新区临空组团工作委员会江西省赣江新区临空组团管理委员会党政综合办公室综合科';

function namer(seed: number) {
  const random = mulberry32(seed);
  const used = new Set<string>();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  /** A distinct name of `length` characters (the ending included) when it can be; a short
   *  division's from SHORT while it lasts. */
  const name = (length: number, endings: readonly string[] = DIVISION): string => {
    const short = SHORT.find((x) => [...x].length === length && !used.has(x));
    if (short && endings === DIVISION) return (used.add(short), short);
    // Drawn names are three characters at least, and none inside another: two syllables
    // would turn up inside longer names and be looked for in vain.
    const chars = Math.max(length, 3);
    const fitting = endings.filter((e) => [...e].length < chars);
    for (;;) {
      const end = pick(fitting.length ? fitting : endings);
      const body = Array.from({ length: Math.max(1, chars - [...end].length) }, () => pick(SYLLABLES)).join('');
      const n = body + end;
      if (![...used].some((u) => u.includes(n) || n.includes(u))) return (used.add(n), n);
    }
  };
  return { random, name, pick };
}

const unit = (name: string, units: Drawn[] = [], kind: UnitKind = 'internal'): Drawn => ({ name, kind, units });

/** `count` units named `length` characters long (2–8 when not given). */
function flat(n: ReturnType<typeof namer>, count: number, kind: UnitKind = 'internal', endings?: string[]): Drawn[] {
  return Array.from({ length: count }, () => unit(n.name(2 + Math.floor(n.random() * 7), endings), [], kind));
}

/** A tree of `size` units at most `levels` deep, each hanging under a random earlier one. */
function tree(n: ReturnType<typeof namer>, size: number, levels: number): Drawn[] {
  const roots: Drawn[] = [];
  const all: { u: Drawn; depth: number }[] = [];
  for (let i = 0; i < size; i++) {
    const u = unit(n.name(2 + Math.floor(n.random() * 9)), [], n.random() < 0.2 ? 'affiliated' : 'internal');
    const parents = all.filter((p) => p.depth < levels && p.u.kind === u.kind);
    if (!parents.length || n.random() < 0.3) {
      roots.push(u);
      all.push({ u, depth: 1 });
    } else {
      const p = n.pick(parents);
      p.u.units.push(u);
      all.push({ u, depth: p.depth + 1 });
    }
  }
  return roots;
}

export function sweepOffices(seed = 20261202): SweepOffice[] {
  const n = namer(seed);
  const chain = (depth: number, last: string): Drawn =>
    unit(depth === 4 ? last : n.name(4 + depth), depth < 4 ? [chain(depth + 1, last)] : []);
  return [
    { label: '1 unit', name: '一单位抽样局', units: flat(n, 1) },
    { label: '2 units', name: '两单位抽样局', units: flat(n, 2) },
    { label: '3 units', name: '三单位抽样局', units: flat(n, 3) },
    { label: '13 units', name: '十三处抽样厅', units: flat(n, 13) },
    { label: '100 units', name: '百处抽样厅', units: flat(n, 100) },
    {
      label: '150 units with 直属单位',
      name: '一百五十单位抽样厅',
      units: [...flat(n, 130), ...flat(n, 20, 'affiliated', OUTSIDE.affiliated)],
    },
    {
      label: 'names of 2 to 30 characters',
      name: '长短名称抽样委员会',
      units: Array.from({ length: 29 }, (_, i) => unit(n.name(2 + i))),
    },
    {
      label: 'four levels',
      name: '四层抽样局',
      units: [
        ...Array.from({ length: 4 }, () =>
          unit(
            n.name(5),
            Array.from({ length: 3 }, () => unit(n.name(4), [unit(n.name(3), flat(n, 2))])),
          ),
        ),
        chain(1, NAME_44),
      ],
    },
    { label: 'only 直属单位', name: '仅直属单位抽样局', units: flat(n, 18, 'affiliated', OUTSIDE.affiliated) },
    {
      label: 'every group heading',
      name: '各类机构抽样县人民政府',
      units: [
        ...flat(n, 10),
        ...Object.entries({
          party: 2,
          dispatched: 6,
          stationed: 1,
          affiliated: 5,
          nameplate: 1,
          coordination: 4,
          temporary: 2,
        }).flatMap(([group, count]) => flat(n, count, 'affiliated', OUTSIDE[group])),
      ],
    },
    {
      label: 'a court',
      name: '抽样县人民法院',
      units: [
        ...['立案庭', '刑事审判庭', '民事审判庭', '行政审判庭', '审判管理办公室'].map((x) => unit(x)),
        unit(
          '执行局',
          ['执行指挥中心', '执行实施科', '执行裁决庭'].map((x) => unit(x)),
        ),
        ...['政治部', '办公室', '司法警察大队'].map((x) => unit(x)),
        ...['城关人民法庭', '高家堡人民法庭', '沙河人民法庭'].map((x) => unit(x, [], 'affiliated')),
      ],
    },
    {
      label: 'a division of 25 sections',
      name: '大处抽样局',
      units: [...flat(n, 2), unit(n.name(6), flat(n, 25)), ...flat(n, 3)],
    },
    { label: 'random tree of 60', name: '随机六十单位抽样局', units: tree(n, 60, 4) },
    { label: 'random tree of 120', name: '随机一百二十单位抽样局', units: tree(n, 120, 3) },
  ];
}
