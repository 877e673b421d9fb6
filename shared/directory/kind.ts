// What kind of body an office is: a party department (党委部门), a public institution (事业单位),
// or else a government department (政府部门), the commonest kind.
import type { OfficeKind } from '../types.ts';

/** The party's committees and their working bodies, however the name is written. */
const PARTY_BODY =
  /宣传部|组织部|统战部|统一战线工作部|政法委|纪委|纪律检查委员会|监察委员会|机构编制委员会办公室|编办|网信办|网络安全和信息化委员会办公室|党史|党校|工委|政策研究室|老干部局|台湾工作办公室|外事工作委员会办公室/;
/** A party committee written after its place: 南昌市 + 委组织部, 青山湖区 + 党工委. */
const AFTER_PLACE = /^(委|党委|党工委|工委)/;
/** Courts and procuratorates end in 院 but are state organs, as are police stations in 所. */
const STATE_ORGAN = /(法院|检察院|派出所|司法所|检查站|国务院)$/;
const INSTITUTION = /(中心|院|馆|站|所|校|学|园|报社|出版社|杂志社|台|剧团|队)$/;

/** `rest`: the name after its place names (see region.ts), where a committee's 委 shows. */
export function kindOf(name: string, rest: string): OfficeKind {
  const bare = name.replace(/[（(][^）)]*[）)]$/, '').trim();
  if (/^(中共|中国共产党)/.test(bare) || AFTER_PLACE.test(rest) || PARTY_BODY.test(bare)) return 'party';
  if (INSTITUTION.test(bare) && !STATE_ORGAN.test(bare)) return 'institution';
  return 'government';
}
