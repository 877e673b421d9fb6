// People are asked for by surname and title (罗局长, 季科长, 财政局王副局长), while a person's
// record reads title, then full name (局长 罗振宇): the query's surname + title is turned
// round to title + surname, a word of its own, so that it aligns with the record.
import { foldText, type T2sTable } from './fold.ts';

// The commonest surnames: a character outside them before a title is part of a name or a
// word (林业局长: 业 is no surname). Left out, common as they are, the surnames that end words
// read before a title (公安局长, 城管局长, 旅游局长, 住房科长, 安全科长, 仓储科长, 儿童主任, 水文科长,
// 少年宫主任, 疫苗科长, 戏曲科长): 安管游房全储童文康易路车宁关单宫苗曲.
const SURNAMES =
  '王李张刘陈杨黄赵周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤季施俞洪乌' +
  '常乔赖辛柯庄樊祝牛颜阮殷倪葛齐邢聂纪耿翟左梅盛凌毕裴焦卜申詹鲁鲍饶谷甘屈欧滕蒲仇褚霍丛伍巩胥岳柴臧骆温尤庞穆冉舒蒙苟祁麻奚屠綦栾缪晏';
const TITLES = '副?(?:局长|科长|处长|股长|主任|厅长|部长|书记|队长|支队长|大队长|站长|所长|院长|馆长|主席)';

// Per table: the surname + title of a query, and the title + surname word it is turned into.
const patterns = new WeakMap<T2sTable, { asked: RegExp; turned: RegExp }>();

function patternsFor(t2s: T2sTable): { asked: RegExp; turned: RegExp } {
  let p = patterns.get(t2s);
  if (!p) {
    const surnames = `[${foldText(SURNAMES, t2s)}]`;
    const titles = foldText(TITLES, t2s);
    p = { asked: new RegExp(`(${surnames})(${titles})`, 'g'), turned: new RegExp(`^${titles}${surnames}$`) };
    patterns.set(t2s, p);
  }
  return p;
}

/** Folded query text with every surname + title turned round (罗局长 → 局长罗), set apart by spaces. */
export function surnameAfterTitle(folded: string, t2s: T2sTable): string {
  return folded.replace(patternsFor(t2s).asked, ' $2$1 ');
}

/** Whether a query term is a turned-round surname + title (局长罗): the question asks for a person. */
export function isTitleSurname(term: string, t2s: T2sTable): boolean {
  return patternsFor(t2s).turned.test(term);
}
