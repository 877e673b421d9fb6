// What kind of body an office is: a party department (党委部门), a public institution (事业单位),
// or else a government department (政府部门), the commonest kind.
import type { OfficeKind } from '../types.ts';
import { toSimplified } from '../text/simplified.ts';

/** The party's committees and their working bodies, however the name is written. */
const PARTY_BODY =
  /宣传部|组织部|统战部|统一战线工作部|政法委|纪委|纪律检查委员会|监察委员会|机构编制委员会办公室|编办|网信办|网络安全和信息化委员会办公室|党史|党校|工委|政策研究室|老干部局|台湾工作办公室|外事工作委员会办公室/;
/** A party committee written after its place: 南昌市 + 委组织部, 青山湖区 + 党工委. */
const AFTER_PLACE = /^(委|党委|党工委|工委)/;
/** Courts and procuratorates end in 院 but are state organs, as are police stations in 所 and survey teams in 队. */
const STATE_ORGAN = /(法院|检察院|派出所|司法所|检查站|国务院|调查队|调查总队)$/;
const INSTITUTION = /(中心|院|馆|站|所|校|学|园|报社|出版社|杂志社|台|剧团|队)$/;

/** The CPPCC's and the Youth League's committees, written like a party committee (政协南昌县委员会). */
const NOT_PARTY_HEAD = /^(中国人民政治协商会议|政协|中国共产主义青年团|共青团)$/;

/**
 * `head` and `rest`: the name before and after its place names (see region.ts), where the
 * party's prefix and a committee's 委 show.
 */
export function kindOf(name: string, head: string, rest: string): OfficeKind {
  const bare = toSimplified(name)
    .replace(/[（(][^）)]*[）)]$/, '')
    .trim();
  const committee = AFTER_PLACE.test(rest) && !NOT_PARTY_HEAD.test(head);
  if (/^(中共|中国共产党)/.test(bare) || committee || PARTY_BODY.test(bare)) return 'party';
  if (INSTITUTION.test(bare) && !STATE_ORGAN.test(bare)) return 'institution';
  return 'government';
}
