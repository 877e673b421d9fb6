// Everyday words in a question, with the administrative words the documents use for them
// (everyday-words.ts): 公共厕所太脏 → 公共, 厕所 (or 公厕), 太脏 (or 环境卫生, 保洁). The word as
// typed stays the term's text; the administrative words are its weaker alternatives
// (WEIGHTS.expansion), so a record holding the word as typed still ranks first.
import { EVERYDAY_WORDS } from './everyday-words.ts';
import { foldText, type T2sTable } from './fold.ts';
import type { QueryTerm } from './terms.ts';

interface Lexicon {
  /** Folded everyday word → folded administrative words. */
  words: Map<string, string[]>;
  longest: number;
}

/** The lexicon's lines as written: everyday words → administrative words. */
export function lexiconEntries(text: string = EVERYDAY_WORDS): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const line of text.split('\n')) {
    const [left, right] = line.split('=');
    if (right === undefined) continue;
    const formal = right.split(/\s+/).filter(Boolean);
    for (const word of left.split(/\s+/).filter(Boolean)) out.push([word, formal]);
  }
  return out;
}

// Folded as the query is, once per table (the table is the index's).
const lexicons = new WeakMap<T2sTable, Lexicon>();

function lexiconFor(t2s: T2sTable): Lexicon {
  let lexicon = lexicons.get(t2s);
  if (!lexicon) {
    const words = new Map<string, string[]>();
    for (const [word, formal] of lexiconEntries()) {
      const key = foldText(word, t2s);
      const known = words.get(key) ?? [];
      words.set(key, [...new Set([...known, ...formal.map((f) => foldText(f, t2s))])]);
    }
    lexicon = { words, longest: Math.max(...[...words.keys()].map((k) => k.length)) };
    lexicons.set(t2s, lexicon);
  }
  return lexicon;
}

const sameWords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((w, i) => w === b[i]);

/**
 * A longer everyday word starts inside the one at `i` and ends after it (能领养老金: 养老金, not
 * 领养): the longer one is the word meant, and the character at `i` is plain text.
 */
function overtaken(i: number, len: number, at: (i: number) => number): boolean {
  for (let j = i + 1; j < i + len; j++) {
    const next = at(j);
    if (next > len && j + next > i + len) return true;
  }
  return false;
}

/**
 * A Han word cut at the everyday words it holds, longest first from the left unless a longer
 * one overtakes it: each everyday word a term with its administrative words (neighbours with
 * the same ones are one term: 鸡鸭), the rest terms as typed, a lone character left over
 * dropped (太 in 太脏了). A word with no everyday word comes back as it is.
 */
export function splitEveryday(word: string, t2s: T2sTable): QueryTerm[] {
  const { words, longest } = lexiconFor(t2s);
  const out: QueryTerm[] = [];
  let plain = '';
  let any = false;
  const flushPlain = () => {
    if (plain.length > 1) out.push({ text: plain, han: true });
    plain = '';
  };
  const at = (i: number) => {
    let len = Math.min(longest, word.length - i);
    while (len > 0 && !words.has(word.slice(i, i + len))) len--;
    return len;
  };
  for (let i = 0; i < word.length;) {
    const len = at(i);
    if (len === 0 || overtaken(i, len, at)) {
      plain += word[i++];
      continue;
    }
    const text = word.slice(i, i + len);
    const formal = words.get(text) ?? [];
    const last = out[out.length - 1];
    if (plain === '' && last?.formal && sameWords(last.formal, formal)) last.text += text;
    else {
      flushPlain();
      out.push({ text, han: true, formal });
    }
    any = true;
    i += len;
  }
  flushPlain();
  return any ? out : [{ text: word, han: true }];
}

/**
 * The terms with their everyday words cut out and given administrative alternatives; a longer
 * term the documents hold as typed (`heldAsTyped`: every character pair of it is in some
 * record) is left whole, so that a literal phrase keeps its own match (最低工资标准).
 */
export function withEverydayWords(
  terms: readonly QueryTerm[],
  t2s: T2sTable,
  heldAsTyped: (text: string) => boolean,
): QueryTerm[] {
  return terms.flatMap((term) => {
    // An office kind (纪委) or a person asked for (局长罗) is a name, neither cut nor given
    // alternatives, and keeps its mark.
    if (!term.han || term.formal || term.officeKind || term.person) return [term];
    // A term that is one everyday word gets its alternatives even where the documents use it too (驾照).
    const oneWord = lexiconFor(t2s).words.has(term.text);
    return oneWord || !heldAsTyped(term.text) ? splitEveryday(term.text, t2s) : [term];
  });
}
