// Scripted typing: each query is typed one keystroke at a time and every prefix is one
// search, as the search box does. Chinese arrives a character at a time (as an IME commits
// it), pinyin and initials a letter at a time.
export const TYPED_QUERIES: { kind: string; query: string }[] = [
  { kind: 'chinese', query: '因公护照' },
  { kind: 'chinese', query: '外国记者' },
  { kind: 'chinese', query: '档案' },
  { kind: 'chinese', query: '友好城市' },
  { kind: 'chinese', query: '教师资格' },
  { kind: 'chinese', query: '安全生产' },
  { kind: 'chinese', query: '预算编制' },
  { kind: 'chinese', query: '社会救助' },
  { kind: 'chinese', query: '欧洲 友好城市' },
  { kind: 'chinese', query: '非洲' },
  { kind: 'pinyin', query: 'huzhao' },
  { kind: 'pinyin', query: 'zonghechu' },
  { kind: 'pinyin', query: 'lingshianquan' },
  { kind: 'pinyin', query: 'gujianhong' },
  { kind: 'pinyin', query: 'falvyuanzhu' },
  { kind: 'initials', query: 'lsaq' },
  { kind: 'initials', query: 'bgs' },
  { kind: 'initials', query: 'zcfgc' },
  { kind: 'typo', query: '亚州处' },
  { kind: 'typo', query: '教师工做处' },
  { kind: 'typo', query: '出国管理' },
  { kind: 'traditional', query: '領事認證' },
  { kind: 'traditional', query: '護照簽證' },
];

/** Every prefix of every query, in typing order. */
export function keystrokes(): { kind: string; query: string }[] {
  const out: { kind: string; query: string }[] = [];
  for (const { kind, query } of TYPED_QUERIES) {
    for (let i = 1; i <= query.length; i++) {
      const prefix = query.slice(0, i);
      if (prefix.trim() && !prefix.endsWith(' ')) out.push({ kind, query: prefix });
    }
  }
  return out;
}
