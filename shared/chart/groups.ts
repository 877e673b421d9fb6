// The labelled groups a traditional 机构设置图 draws under the office: its own divisions
// (内设机构), then the bodies outside them, told apart as 三定 provisions list them: 机关党委
// and 机关纪委 (机关党群组织), 派出机构, 派驻机构, 直属单位, 挂牌机构, 议事协调机构, 临时机构. The store keeps two kinds (internal, affiliated); a body that is not
// one of the office's divisions is told apart by its name, which says what it is
// (城关派出所, 东湖分局, 驻北京联络处; 禁毒委员会办公室, 防汛抗旱指挥部).
import type { UnitKind } from '../types.ts';

export type ChartGroup =
  'internal' | 'party' | 'dispatched' | 'stationed' | 'affiliated' | 'nameplate' | 'coordination' | 'temporary';
/** The groups of bodies outside the divisions (drawn with dashed frames). */
export type OutsideGroup = Exclude<ChartGroup, 'internal'>;

/** The order groups are drawn in, left to right (or top to bottom). */
export const GROUP_ORDER: readonly ChartGroup[] = [
  'internal',
  'party',
  'dispatched',
  'stationed',
  'affiliated',
  'nameplate',
  'coordination',
  'temporary',
];

/** The party and mass organisations of the office's organs (机关党委, 机关纪委, 机关工会),
 *  a name in brackets after them (机关党委（人事处）) allowed. */
const PARTY = /机关(?:党委|纪委|党总支|党支部|工会|团委)(?:（[^（）]*）|\([^()]*\))?$/u;
/** A body another organ stations in the office: 纪检监察组 of the discipline commission. */
const STATIONED = /派驻|纪检监察组$|纪检组$/u;
/** A body whose nameplate hangs in the office (挂牌), not an office of its own. */
const NAMEPLATE = /挂牌|牌子/u;
/** A body set up for a time: 临时机构, a 筹备组, a 工作专班. */
const TEMPORARY = /临时|筹备|筹建|专班$/u;

/** A body an office sends out to an area or a place: police stations, branch bureaus,
 *  people's tribunals, township stations, liaison offices in another city. */
const DISPATCHED =
  /(?:派出所|派出庭|人民法庭|法庭|司法所|检察室|税务所|税务分局|分局|财政所|市场监督管理所|市场监管所|工商所|中队|派出[\p{Script=Han}]{0,8}|驻[\p{Script=Han}]{1,10}(?:办事处|联络处|工作处|代表处|办公室))$/u;
/** A coordinating body, or the office that runs one: 领导小组, 指挥部, 联席会议, and a
 *  committee that is not an agency (管理委员会 and 管委会 run an area; they are 直属). */
const COORDINATION = /(?:领导小组|协调小组|工作小组|指挥部|联席会议|(?<!管理)委员会)(?:办公室)?$/u;

/** The group a unit is drawn in: internal units stay with the divisions whatever their
 *  name (the source listed them as the office's own). */
export function chartGroup(unit: { name: string; kind: UnitKind }): ChartGroup {
  if (unit.kind === 'internal') return 'internal';
  // Most telling first: 派驻…办公室 is stationed, not a liaison office; 临时…领导小组 temporary.
  if (PARTY.test(unit.name)) return 'party';
  if (STATIONED.test(unit.name)) return 'stationed';
  if (NAMEPLATE.test(unit.name)) return 'nameplate';
  if (TEMPORARY.test(unit.name)) return 'temporary';
  if (DISPATCHED.test(unit.name)) return 'dispatched';
  if (COORDINATION.test(unit.name)) return 'coordination';
  return 'affiliated';
}
