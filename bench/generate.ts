// Synthetic directories for the benchmark, built from realistic vocabulary with a seeded
// PRNG (the same directory on every run): offices of provincial departments, units named
// after their business, duty clauses composed of the verbs, scopes and topics that real
// 三定 documents use, and leaders with common names.
import type { DutyView, OfficeDetail, PersonView, UnitNode } from '../shared/types.ts';
import type { IdCounter } from '../shared/search/from-parsed.ts';
import { mulberry32 } from '../shared/random.ts';

const REGIONS =
  '北京市 天津市 河北省 山西省 内蒙古自治区 辽宁省 吉林省 黑龙江省 上海市 江苏省 浙江省 安徽省 福建省 江西省 山东省 河南省 湖北省 湖南省 广东省 广西壮族自治区 海南省 重庆市 四川省 贵州省 云南省 西藏自治区 陕西省 甘肃省 青海省 宁夏回族自治区 新疆维吾尔自治区'.split(
    ' ',
  );

/** Department → the business its units are named after and its duties talk about. */
const DEPARTMENTS: Record<string, string[]> = {
  人民政府外事办公室:
    '因公护照 签证 外国记者 领事认证 领事保护 友好城市 外宾接待 礼宾 港澳事务 驻华使领馆 国际会议 出访计划 涉外案件 翻译'.split(
      ' ',
    ),
  教育厅:
    '教师资格 学生资助 义务教育 学前教育 高等教育 职业教育 教材 招生考试 学位授予 校外培训 体质健康 语言文字 教育督导 留学'.split(
      ' ',
    ),
  财政厅:
    '预算编制 国库支付 政府采购 税政 会计 政府债务 资产管理 绩效评价 财政监督 社保基金 农业资金 转移支付 非税收入 金融'.split(
      ' ',
    ),
  公安厅:
    '户籍管理 出入境 交通管理 治安管理 刑事侦查 网络安全 禁毒 反恐 警务督察 特警 监所管理 科技信息 经济犯罪 消防'.split(
      ' ',
    ),
  民政厅:
    '社会救助 养老服务 婚姻登记 殡葬管理 社会组织 区划地名 慈善事业 儿童福利 残疾人福利 社会工作 志愿服务 基层政权 社区治理 流浪乞讨'.split(
      ' ',
    ),
  司法厅:
    '法律援助 社区矫正 公证 律师管理 人民调解 司法鉴定 普法 行政复议 立法审查 监狱管理 戒毒管理 仲裁 法律职业资格 基层法律服务'.split(
      ' ',
    ),
  人力资源和社会保障厅:
    '就业促进 职业技能 养老保险 工伤保险 失业保险 劳动关系 工资福利 职称评审 人才引进 事业单位人事 劳动监察 调解仲裁 农民工 博士后'.split(
      ' ',
    ),
  生态环境厅:
    '环境监测 大气污染 水污染 土壤污染 固体废物 核与辐射 环境影响评价 排污许可 生态保护 环境执法 气候变化 自然保护地 噪声 环境应急'.split(
      ' ',
    ),
  住房和城乡建设厅:
    '住房保障 房地产市场 建筑市场 工程质量 安全生产 城市建设 村镇建设 物业管理 建筑节能 住房公积金 勘察设计 城市管理 历史文化名城 燃气'.split(
      ' ',
    ),
  交通运输厅:
    '公路建设 农村公路 道路运输 水路运输 港口 航道 综合交通 运输安全 交通执法 收费公路 城市公交 出租汽车 物流 交通规划'.split(
      ' ',
    ),
  水利厅: '水资源 河湖管理 河长制 水土保持 防汛抗旱 农村水利 水库 水文 节约用水 水利工程 灌区 水旱灾害 山洪 移民'.split(
    ' ',
  ),
  农业农村厅:
    '耕地保护 种植业 畜牧兽医 渔业 农产品质量 农田建设 乡村产业 农村改革 种业 农机 农药 动物防疫 农村人居环境 农民合作社'.split(
      ' ',
    ),
  商务厅:
    '对外贸易 招商引资 电子商务 市场运行 消费促进 外资管理 对外投资 自由贸易试验区 口岸 服务贸易 商贸流通 市场秩序 开发区 展会'.split(
      ' ',
    ),
  文化和旅游厅:
    '文物保护 旅游市场 公共文化 非物质文化遗产 艺术创作 文化产业 旅游资源 演出市场 网络文化 博物馆 图书馆 文化交流 旅游宣传 文化执法'.split(
      ' ',
    ),
  卫生健康委员会:
    '医政医管 疾病预防控制 基层卫生 妇幼健康 职业健康 老龄健康 中医药 卫生应急 药物政策 人口监测 爱国卫生 医疗机构 健康促进 食品安全标准'.split(
      ' ',
    ),
  应急管理厅:
    '应急救援 安全生产 危险化学品 非煤矿山 防汛抗旱 地震 地质灾害 森林防火 救灾物资 应急预案 风险监测 执法监督 消防救援 灾情统计'.split(
      ' ',
    ),
};

/** Every office has these, as real directories do. */
const COMMON_UNITS: [string, string[]][] = [
  ['办公室', '文电 会务 机要 档案 保密 信访 政务公开 后勤'.split(' ')],
  ['政策法规处', '规范性文件 合法性审查 行政复议 普法'.split(' ')],
  ['人事处', '人事管理 机构编制 干部培训 职称'.split(' ')],
  ['财务处', '预算 决算 国有资产 内部审计'.split(' ')],
  ['机关党委', '党建 纪检 群团 精神文明建设'.split(' ')],
  ['离退休干部处', '离退休干部 老干部活动'.split(' ')],
];

const VERBS = '负责 承担 指导 组织 拟订 协调 监督 参与 牵头 统筹 研究提出 组织实施 归口管理 会同有关部门做好'.split(
  ' ',
);
const SCOPES = '全省 全市 厅机关 直属单位 系统内 各设区市 全省范围内 有关地区 '.split(' ');
const OBJECTS =
  '工作 管理工作 的监督检查 政策的拟订 的组织实施 有关事宜 的统计分析 标准和规范 的审核报批 相关业务培训 的信息化建设 的日常管理 中长期规划 重大问题的调查研究'.split(
    ' ',
  );
const SUFFIX = ['处', '处', '处', '科', '中心', '办公室'];
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌晓燕海林云峰辉鹏飞玲婷雪梅宇浩健凯琳俊鑫';
const TITLES = ['处长', '副处长', '副处长', '主任', '科长'];

export interface DirectorySize {
  label: string;
  offices: number;
  unitsPerOffice: number;
  clausesPerUnit: number;
}

export function generateDirectory(size: DirectorySize, ids: IdCounter, seed = 20260101): OfficeDetail[] {
  const rand = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const departments = Object.keys(DEPARTMENTS);
  const clause = (topics: string[]) => {
    const topic = rand() < 0.3 ? `${pick(topics)}和${pick(topics)}` : pick(topics);
    return `${pick(VERBS)}${pick(SCOPES)}${topic}${pick(OBJECTS)}`;
  };
  const duties = (topics: string[], clauses: number, line: number): DutyView[] => {
    const out: DutyView[] = [];
    for (let made = 0; made < clauses;) {
      const n = Math.min(clauses - made, 2 + Math.floor(rand() * 4));
      const list = Array.from({ length: n }, () => clause(topics));
      out.push({ id: ids.next(), label: null, text: list.join('；') + '。', clauses: list, line });
      made += n;
    }
    return out;
  };
  const person = (line: number): PersonView => ({
    id: ids.next(),
    title: pick(TITLES),
    name: pick([...SURNAMES]) + pick([...GIVEN]) + (rand() < 0.6 ? pick([...GIVEN]) : ''),
    line,
  });

  const offices: OfficeDetail[] = [];
  for (let o = 0; o < size.offices; o++) {
    const region = REGIONS[o % REGIONS.length];
    const department = departments[Math.floor(o / REGIONS.length) % departments.length];
    const topics = DEPARTMENTS[department];
    const officeId = ids.next();
    const name = `${region}${department}`;
    const units: UnitNode[] = [];
    for (let u = 0; u < size.unitsPerOffice; u++) {
      const common = u < COMMON_UNITS.length ? COMMON_UNITS[u] : null;
      const own = common ? common[1] : [pick(topics), pick(topics)];
      let unitName = common ? common[0] : `${own[0]}${pick(SUFFIX)}`;
      // Big offices have many units of the same business: number them as directories do.
      if (!common && size.unitsPerOffice > 100)
        unitName = `${own[0]}${['一', '二', '三', '四', '五', '六', '七', '八', '九'][u % 9]}${pick(SUFFIX)}`;
      const line = 10 + u * 3;
      units.push({
        id: ids.next(),
        officeId,
        parentId: null,
        order: u,
        name: unitName,
        kind: 'internal',
        aliases: rand() < 0.05 ? [`${region.slice(0, 2)}${pick(topics)}办公室`] : [],
        formerNames: [],
        label: null,
        line,
        duties: duties([...own, ...own, pick(topics)], size.clausesPerUnit, line + 1),
        people: rand() < 0.5 ? [person(line + 2)] : [],
        units: [],
      });
    }
    offices.push({
      id: officeId,
      name,
      aliases: [`${region.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, '')}${department.slice(-3)}`],
      formerNames: [],
      summary: [],
      duties: duties(topics, 10, 5),
      units,
      people: [person(3), person(4)],
      honors: [{ id: ids.next(), date: '2021', text: `获得“${region}文明单位”称号`, line: 8 }],
      address: `${region}${pick(['人民路', '解放路', '中山路', '建设路', '北京路'])}${1 + Math.floor(rand() * 400)}号`,
      contacts: [],
      asOf: null,
      source: { id: officeId, path: `synthetic-${o}.txt`, sha256: '', importedAt: '', lineCount: 0 },
      diagnostics: [],
    });
  }
  return offices;
}
