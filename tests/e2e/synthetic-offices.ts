// Synthetic offices for the print matrix, written as source documents the real importer
// reads: flat offices of 5 to 60 units, one with 直属单位, one with sub-units under most of
// its divisions. Unit names are typed by hand (lengths 2 to 11 characters, a few with an
// alias in brackets), so every printed name can be looked for whole.

/** Divisions, in the order they are handed out. */
const DIVISIONS = [
  '办公室',
  '政策法规处',
  '发展规划处',
  '财务审计处',
  '人事处',
  '科技与信息化处',
  '宣传教育处',
  '安全监督管理处',
  '应急指挥协调处',
  '行政审批服务处',
  '统计分析处',
  '督查考核处',
  '对外交流合作处',
  '标准质量处',
  '市场监测处',
  '资源保护处',
  '基础设施建设管理处',
  '运行调度处',
  '执法监督处',
  '信访接待处',
  '档案管理处',
  '机要保密处',
  '研究室',
  '培训处',
  '离退休干部处',
  '机关党委',
  '纪检监察室',
  '社会事务处',
  '区域协调发展处',
  '城乡统筹处',
  '价格调控处',
  '投资管理处',
  '产业政策处',
  '能源节约处',
  '生态环境保护处',
  '数据资源管理处',
  '营商环境优化处',
  '公共服务处',
  '综合协调处',
  '文化推广处',
  '卫生健康处',
  '交通运输处',
  '水利农业处',
  '商贸流通处',
  '金融服务处',
  '国有资产监管处',
  '产权交易处',
  '招商引资处',
  '乡村振兴处',
  '科技成果转化处',
  '知识产权处',
  '人才发展处',
  '社会保障处',
  '住房保障处',
  '民族宗教事务处',
  '侨务处',
  '港澳台事务处',
  '边境口岸管理处',
  '气象服务处',
  '地质勘查处',
  '测绘地理信息处',
  '国际组织联络处',
];
/** Divisions that carry an alias (加挂牌子), written `名称（别名）` in the source. */
const ALIASES: Record<string, string> = { 办公室: '新闻办公室', 人事处: '干部处', 机关党委: '机关纪委' };
const AFFILIATED = ['综合服务中心', '信息技术保障中心', '政策研究院', '培训交流中心', '后勤保障中心', '档案资料馆'];
const SECTIONS = ['综合科', '业务一科', '业务二科', '监督检查科', '数据管理科'];

export interface SyntheticOffice {
  /** The office's name as printed. */
  name: string;
  /** Every unit's name as printed, the nested ones included. */
  units: string[];
  /** The source document. */
  text: string;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
function numeral(n: number): string {
  if (n <= 10) return NUMERALS[n - 1]!;
  if (n < 20) return `十${NUMERALS[n - 11]}`;
  return `${NUMERALS[Math.floor(n / 10) - 1]}十${n % 10 ? NUMERALS[(n % 10) - 1] : ''}`;
}

/** A duty paragraph of a few clauses, longer for some units, so the booklet flows unevenly. */
function duty(name: string, i: number): string {
  const clauses = [`负责${name}的日常工作`, '拟订相关政策和工作规划并组织实施', '承担有关统计、分析和信息发布工作'];
  for (let k = 0; k < i % 4; k++) clauses.push(`指导下级部门开展第${numeral(k + 1)}类专项业务并监督检查执行情况`);
  return `${clauses.join('；')}。`;
}

function office(
  name: string,
  divisions: string[],
  opts: { affiliated?: string[]; sections?: number } = {},
): SyntheticOffice {
  const lines = [`${name}简介`, `${name}是为测试机构设置图打印而虚构的单位。`, '主要职责'];
  for (let i = 1; i <= 6; i++)
    lines.push(`${numeral(i)}、负责本系统第${numeral(i)}方面的工作，拟订有关规划、标准和办法并组织实施。`);
  lines.push('内设机构');
  const units: string[] = [];
  divisions.forEach((d, i) => {
    const alias = ALIASES[d];
    lines.push(`${numeral(i + 1)}、${d}${alias ? `（${alias}）` : ''}`, duty(d, i));
    if (i === 1) lines.push('处长：王明');
    units.push(d);
    // Sub-units (科) under every division but every third one, two to five of them.
    const count = opts.sections ? (i % 3 === 2 ? 0 : 2 + (i % 4)) : 0;
    for (let s = 0; s < count; s++) {
      const section = `${d.replace(/处$|室$|委$/, '')}${SECTIONS[s]}`;
      lines.push(`（${numeral(s + 1)}）${section}`, duty(section, s));
      units.push(section);
    }
  });
  if (opts.affiliated) {
    lines.push('直属单位');
    for (const [i, a] of opts.affiliated.entries()) {
      lines.push(a, duty(a, i));
      units.push(a);
    }
  }
  return { name, units, text: lines.join('\n') + '\n' };
}

/** The matrix's offices besides the seed (9 units, data/): 5, 14, 22 (with 直属单位), 35, 60
 *  units flat, and one with divisions and their sections (科). */
export function syntheticOffices(): SyntheticOffice[] {
  return [
    office('合成五处测试局', DIVISIONS.slice(0, 5)),
    office('合成十四处测试厅', DIVISIONS.slice(0, 14)),
    office('合成直属单位测试委员会', DIVISIONS.slice(0, 16), { affiliated: AFFILIATED }),
    office('合成三十五处测试厅', DIVISIONS.slice(0, 35)),
    office('合成六十处测试厅', DIVISIONS.slice(0, 60)),
    office('合成分层测试局', DIVISIONS.slice(0, 9), { sections: 1 }),
  ];
}
