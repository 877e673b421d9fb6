// The query's terms: folded and split into words, with the question and function words of a
// natural question taken out (河道采砂归哪个处管 → 河道采砂; 电梯质量谁监管 → 电梯质量, 监管).
// They carry no topic, and a word the documents never contain must not decide the result.
import { foldText, tokenize, type QueryToken, type T2sTable } from './fold.ts';
import { SEARCH_LIMITS } from '../contract/limits.ts';
import { isTitleSurname, surnameAfterTitle } from './surname-title.ts';

export interface QueryTerm extends QueryToken {
  /** The administrative words for an everyday word (lexicon.ts): weaker alternatives to its text. */
  formal?: string[];
  /** The kind of office the question names (纪委, 法院): records of other offices pay WEIGHTS.otherOfficeKind. */
  officeKind?: boolean;
  /** A person asked for by surname and title (局长罗, surname-title.ts). */
  person?: boolean;
}

const QUERY_MAX = SEARCH_LIMITS.queryMaxChars;
export const TERMS_MAX = 8;

// On folded (simplified) text. 哪/谁 phrases take the words that usually come with them
// (归哪个处管, 去哪办, 找谁, 归谁管); 负责人 is a word of its own and stays.
// The units a question asks for by name (哪个处, 哪个工委): askedUnitEnding reads them back.
const ASKED_ENDINGS = [
  '处',
  '科',
  '股',
  '支队',
  '大队',
  '部',
  '中心',
  '办公室',
  '庭',
  '司',
  '委员会',
  '工委',
  '委',
  '室',
  '组',
];
/** Alternatives longest first, so 处室 is tried before 处 and 委员会 before 委. */
const alternatives = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

const QUESTION_WORDS = [
  // Where to send a thing (举报信寄到哪里, 材料交到哪): the verb goes with the question.
  `(?:(?:寄|送|交|递|投|邮)(?:到|给|去))?(?:归|去|到|在|找|向|由|是)?哪(?:一个|个|家|些|里|儿)?(?:${alternatives([...ASKED_ENDINGS, '处室', '科室', '股室', '部门', '单位', '办', '机构', '窗口', '地方'])})?(?:来|去)?(?:管理|管|负责|办理|办|审批|批|审理|审)?`,
  // A patient asks which department to register with (拔牙挂什么科, 哮喘看哪个科).
  '(?:挂|看)(?:什么|哪一个|哪个|哪)(?:科室|科|门诊)?',
  // 谁定 closes the question (谁定的): 谁定点医院 asks about 定点医院.
  '(?:归|找|由|向|要|需要|该|是)?谁(?:来|去|在)?(?:管|负责|做|定(?=的|$))?',
  '怎么(?:样|办理|办|弄)?',
  '怎样',
  '如何',
  '办理',
  '申请',
  '申领',
  '领取',
  '负责(?!人)',
  '需要',
  '可以',
  '能否',
  '能不能',
  '是否',
  '应该',
  '请问',
  '我想(?:问|知道|了解)?(?:一下)?',
  '我要',
  // Spoken frames around a question (想知道低保标准, 有没有补贴, 是不是要备案); 想 alone is in 思想.
  '想(?:知道|了解)',
  // Wanting to go somewhere, to do or to become something (想去法院告, 想当志愿者, 要带什么材料): the
  // topic is what follows.
  '想(?:去|要|让|当|做)',
  '要带',
  '有没有',
  '是不是',
  // A-not-A questions (会不会爆炸, 算不算工伤, 靠不靠谱) and spoken ways of asking what to do or who cares.
  '会不会',
  '算不算',
  '要不要',
  '用不用',
  '可不可以',
  '行不行',
  '靠不靠谱',
  '咋(?:办|弄|整)?',
  '没人(?:管|问)',
  // A complaint's subject (有人偷排, 有人在河里电鱼): no topic, and its 有…人 aligns with 国有企业领导人员.
  '有人(?:管|在)?',
  '为什么',
  // When, how long, how much: the answer, not the topic (种粮补贴什么时候发, 增长了多少).
  '什么时候',
  '要?(?:多久|多长时间)',
  '多少(?:钱)?',
  // How old, how big (多大年纪能领养老金): the answer again.
  // Not 多大 alone: 很多大学生 holds it.
  '多大(?:年纪|岁数|年龄)',
  '一下',
  '关于',
  '咨询',
  '问题',
  '什么',
  '手续',
  // 搞 is the spoken verb for anything (搞传销, 搞活动); duty text does not use it.
  '[吗呢吧啊呀的了搞]',
].join('|');

// The pattern as written and folded as the query is, once per table: the table maps 么 to 幺
// but 麼 to 么, so 怎么 and 怎麼 fold to different words.
const patterns = new WeakMap<T2sTable, RegExp>();

function questionPattern(t2s: T2sTable): RegExp {
  let re = patterns.get(t2s);
  if (!re) {
    re = new RegExp(`${foldText(QUESTION_WORDS, t2s)}|${QUESTION_WORDS}`, 'g');
    patterns.set(t2s, re);
  }
  return re;
}

// The kind of office a spoken sentence names (去检察院反映…, 想去法院告, 向纪检组反映): a term of
// its own, so that it finds that office while the rest of the sentence finds the topic. Not the
// kinds a complaint is about more often than sent to (对城管的处罚不服), nor names ending in 会
// that glue to a word (红十字会员), nor 作协, inside 合作协议 and 工作协调.
const OFFICE_KINDS =
  '检察院|法院|中院|海关|派出所|纪委|监委|纪检组|工商联|疾控|档案馆|地震局|气象局|社保中心|人大|开发区|信访局|医保局|审计局|统计局|税务局|消防队|残联|人社局|民政局|公安局|' +
  '供销社|民宗局|口岸办|考试院|招考院|数据局|政数局|外侨局|机关事务局|' +
  '科技厅|科技局|工信局|经信局|国资委|统战部|人防办|药监局|团市委|' +
  '金融局|粮储局|乡村振兴局|文联|妇联|公证处|信用中心';
const OFFICE_KIND = new RegExp(`(${OFFICE_KINDS})`, 'g');
const IS_OFFICE_KIND = new RegExp(`^(?:${OFFICE_KINDS})$`);

// 预算和资产 names two things that duty text lists apart (预算、财务和国有资产): a term each. Only
// two words of two characters: a longer side is more often a phrase (医院和医生闹纠纷).
// Not the 和 of a word (和平区, 共和, 和谐).
const TWO_NOUNS = /^(\p{Script=Han}{2})(?:(?<!共)和(?!平|谐|睦)|与|及)(\p{Script=Han}{2})$/u;

/** The Han word with its question words taken out: the pieces that remain. */
function contentPieces(word: string, t2s: T2sTable): string[] {
  return word
    .replace(questionPattern(t2s), ' ')
    .replace(OFFICE_KIND, ' $1 ')
    .split(' ')
    .flatMap((piece) => TWO_NOUNS.exec(piece)?.slice(1) ?? [piece])
    .filter(Boolean);
}

// 归哪个处管 (挂什么科) asks for a 处 (科): the kind of unit the asker expects (the ending of its name).
// 哪个委 and 哪个工委 ask for a 工作委员会, 哪个室 for a 信访室 or 研究室, 哪个组 for a 纪检监察组.
const ASKED_UNIT = new RegExp(`(?:哪(?:一个|个|家)?|什么)(${alternatives(ASKED_ENDINGS)})`);
const SPOKEN_ENDING: Record<string, string> = { 工委: '委员会', 委: '委员会' };

/** The ending of the unit name the question asks for (哪个处 → 处, 哪个工委 → 委员会), or null. */
export function askedUnitEnding(query: string, t2s: T2sTable): string | null {
  const asked = ASKED_UNIT.exec(foldText(String(query ?? '').slice(0, QUERY_MAX), t2s))?.[1];
  return asked === undefined ? null : (SPOKEN_ENDING[asked] ?? asked);
}

export function queryTerms(query: string, t2s: T2sTable): QueryTerm[] {
  const tokens = tokenize(surnameAfterTitle(foldText(String(query ?? '').slice(0, QUERY_MAX), t2s), t2s));
  const out: QueryTerm[] = [];
  for (const token of tokens) {
    if (!token.han) {
      out.push(token);
      continue;
    }
    for (const text of contentPieces(token.text, t2s)) {
      if (IS_OFFICE_KIND.test(text)) out.push({ text, han: true, officeKind: true });
      else if (isTitleSurname(text, t2s)) out.push({ text, han: true, person: true });
      else out.push({ text, han: true });
    }
  }
  // A lone character left between question words (要谁批 → 批) is too weak to be a topic;
  // it stays only when nothing longer is left.
  const strong = out.filter((t) => !t.han || t.text.length > 1);
  const terms = strong.length > 0 ? strong : out;
  // A query that is only question words (谁负责) is searched by them (questionTerms).
  return (terms.length > 0 ? terms : questionTerms(query, t2s)).slice(0, TERMS_MAX);
}

// A verb of sending just before a question (交去哪, 寄到哪里) is read with the question; it may
// end the topic instead (产权交去哪办: 产权交 | 去哪办).
const SENDING_BEFORE_QUESTION = /([寄送交递遞投邮郵])(?=[到给給去](?:归|歸|去|到|在|找|向|由|是)?哪)/g;

/** The query with each such verb set apart from the question that follows it, or null when it has none. */
export function sendingVerbApart(query: string): string | null {
  const apart = query.replace(SENDING_BEFORE_QUESTION, '$1 ');
  return apart === query ? null : apart;
}

/**
 * The character pairs of the query's longer Chinese words (拔智齿挂 → 拔智, 智齿, 齿挂), the
 * other terms as they are; null when no word is longer than a pair. For a question that found
 * nothing as typed.
 */
export function pairTerms(terms: readonly QueryTerm[]): QueryTerm[] | null {
  if (!terms.some((t) => t.han && t.text.length > 2)) return null;
  const out = new Map<string, QueryTerm>();
  for (const t of terms) {
    if (!t.han || t.text.length <= 2) out.set(t.text, { text: t.text, han: t.han });
    else
      for (let i = 0; i + 2 <= t.text.length; i++)
        out.set(t.text.slice(i, i + 2), { text: t.text.slice(i, i + 2), han: true });
  }
  return [...out.values()].slice(0, TERMS_MAX);
}

// The interrogatives proper: what is left of a question without them is a verb (负责, 办理).
const INTERROGATIVES =
  '(?:归|去|到|在|找|向|由|是)?哪(?:一个|个|家|些|里|儿)?|谁|怎么样?|怎样|如何|什么|[吗呢吧啊呀的了]';
const interrogatives = new WeakMap<T2sTable, RegExp>();

/**
 * The words of a question that is only question words (请问负责怎么办理 → 请问, 负责, 办理):
 * its question words without their interrogatives, of two characters or more, or the query
 * as typed when there are none (谁).
 */
export function questionTerms(query: string, t2s: T2sTable): QueryTerm[] {
  let re = interrogatives.get(t2s);
  if (!re) {
    re = new RegExp(`${foldText(INTERROGATIVES, t2s)}|${INTERROGATIVES}`, 'g');
    interrogatives.set(t2s, re);
  }
  const tokens = tokenize(foldText(String(query ?? '').slice(0, QUERY_MAX), t2s));
  const pattern = re;
  const words = tokens.flatMap((t) =>
    t.han
      ? (t.text.match(questionPattern(t2s)) ?? [])
          .flatMap((word) => word.replace(pattern, ' ').split(' '))
          .filter((w) => w.length > 1)
          .map((text) => ({ text, han: true }))
      : [t],
  );
  return (words.length > 0 ? words : tokens).slice(0, TERMS_MAX);
}
