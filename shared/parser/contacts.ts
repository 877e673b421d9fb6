// Contact details: `地址：…`, `电话：…`, `邮编：…`, `传真：…`, `邮箱：…`, `网址：…`, several
// per line or one per line, plus bare values a 联系方式/通信地址 section lists without labels.

export interface ContactEntry {
  label: string;
  value: string;
}

// `厅址：…`, `局址：…`: a body's own site named by its kind; `住所：…`, a registration record's address.
const LABELS =
  '[厅局委院馆校府]址|住所|通信地址|通讯地址|办公地址|联系地址|单位地址|详细地址|地址|办公地点|办公场所|邮政编码|邮编|联系电话|办公电话|值班电话|咨询电话|服务电话|服务热线|热线电话|投诉电话|监督电话|电话|传真|电子邮箱|电子信箱|邮箱|E-?mail|网址|网站|门户网站|官方网站|办公时间|工作时间|联系人';
// `社区服务电话：…`, `监测站所在地址：…`: a phone or address line's label may name whose it is.
const LABEL_AT = new RegExp(
  `(?:^|[\\s\\u3000，,；;|｜])(${LABELS}|[\\u4e00-\\u9fa5]{2,4}(?:服务|值班|办公|公开)电话|[\\u4e00-\\u9fa5]{1,6}所在地址)[\\s\\u3000]*[:：]`,
  'gi',
);

const FIELD_NUMBER = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．])[\s\u3000]*/;

/** Labelled contact fields on a line; null when the line does not start with one. */
export function parseContacts(line: string): ContactEntry[] | null {
  if (!/[:：]/.test(line)) return null;
  // `（二）办公地点：…`: a 基本情况 section numbers its fields.
  const text = line.replace(FIELD_NUMBER, '');
  const marks = [...text.matchAll(LABEL_AT)];
  if (marks.length === 0 || marks[0].index !== 0) return null;
  const fields = readFields(text, marks);
  return fields.length > 0 ? fields : null;
}

/**
 * Contact fields that end a sentence of prose (`X是省政府组成部门，地址：文昌路12号，电话：…。`):
 * each field from the first label to the sentence's full stop. Empty when there are none.
 */
export function contactsInProse(text: string): ContactEntry[] {
  return text.split(/(?<=。)/).flatMap((sentence) => {
    const marks = [...sentence.matchAll(LABEL_AT)];
    if (marks.length === 0 || (marks[0].index ?? 0) === 0) return [];
    const fields = readFields(sentence, marks);
    return fields.every((f) => f.value.length <= 60) ? fields : [];
  });
}

/**
 * A bare value followed by labelled fields, as a 通信地址 section writes
 * `南昌市苏圃路157号　邮编：330046`: the bare part and the fields (either may be empty).
 */
export function splitBareValue(text: string): { bare: string; fields: ContactEntry[] } {
  const marks = [...text.matchAll(LABEL_AT)];
  if (marks.length === 0) return { bare: text.trim(), fields: [] };
  const at = marks[0].index ?? 0;
  return {
    bare: text
      .slice(0, at)
      .trim()
      .replace(/[，,；;|｜]+$/, ''),
    fields: readFields(text, marks),
  };
}

function readFields(text: string, marks: readonly RegExpMatchArray[]): ContactEntry[] {
  const out: ContactEntry[] = [];
  marks.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = i + 1 < marks.length ? (marks[i + 1].index ?? text.length) : text.length;
    const value = text
      .slice(start, end)
      .trim()
      .replace(/[，,；;。|｜]+$/, '')
      .trim();
    if (value) out.push({ label: m[1], value });
  });
  return out;
}

/** The label of a bare contact value (a 联系方式 section listing values without labels). */
export function guessContactLabel(value: string): string | null {
  if (/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(value)) return '邮箱';
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(value)) return '网址';
  if (/^\d{6}$/.test(value)) return '邮编';
  if (/^[\d\s()（）+\-－—、,，/]{7,}$/.test(value)) return '电话';
  // A street or a house number (`称号`, `字号` are no addresses).
  if (/[省市县区镇乡路街道巷号楼大道弄]/.test(value) && /\d|(?<![称字编型])号|楼/.test(value) && value.length <= 60)
    return '地址';
  return null;
}

export function isAddressLabel(label: string): boolean {
  return /^(?:.*地|[厅局委院馆校府])址$/.test(label) || /^(?:办公(?:地点|场所)|住所)$/.test(label);
}
