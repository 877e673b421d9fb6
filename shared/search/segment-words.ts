// pinyin-pro's word segmentation, acTree.search(text, 'off', 2): its Aho–Corasick match over
// its own dictionary trie, then its maximum-probability pass, done over the same trie and the
// same arithmetic in the same order, so the words are the same. The builder reads every text
// of a directory (178k at 150k clauses, almost all distinct): pinyin-pro's match copies each
// word it finds into a new object, looks each character up as a one-character string and
// scans each node's patterns through a closure, about a third of a full build's CPU with the
// garbage it leaves. Here the trie is copied once into states keyed by character code, each
// with the words it ends (along its fail links) chosen beforehand, and the pass runs over
// typed arrays kept between calls.
import { Priority } from 'pinyin-pro/dist/esm/common/constant.mjs';
import { acTree, ensureAcBuilt, type DictPattern, type TrieNode } from 'pinyin-pro/dist/esm/common/segmentit/index.mjs';

/** pinyin-pro's Probability.Unknown: a character no word covers. */
const UNKNOWN = 1e-13;

interface State {
  readonly next: Map<number, State>;
  fail: State | null;
  /** The words ending here, this node's then its fail links', each node's first that is no surname. */
  readonly ends: DictPattern[];
}

let root: State | null = null;
/** The root's transitions by character code (it has one per dictionary word's first character). */
const fromRoot = new Array<State | undefined>(65536).fill(undefined);

function copyTrie(): State {
  ensureAcBuilt();
  const states = new Map<TrieNode, State>();
  const stateOf = (node: TrieNode): State => {
    let s = states.get(node);
    if (!s) {
      s = { next: new Map(), fail: null, ends: [] };
      states.set(node, s);
    }
    return s;
  };
  const top = stateOf(acTree.root);
  for (const node of walk(acTree.root)) {
    const s = stateOf(node);
    for (const [key, child] of node.children) s.next.set(key.charCodeAt(0), stateOf(child));
    s.fail = node.fail && stateOf(node.fail);
    for (let n: TrieNode | null = node; n; n = n.fail) {
      // As match() with surname 'off': a node's first pattern that is not a surname's reading.
      const word = n.patterns.find((p) => p.priority !== Priority.Surname);
      if (word) s.ends.push(word);
    }
  }
  for (const [code, s] of top.next) fromRoot[code] = s;
  return top;
}

function* walk(node: TrieNode): Generator<TrieNode> {
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    yield n;
    stack.push(...n.children.values());
  }
}

/** The words of a text's segmentation, in text order: read before the next segmentWords(). */
export interface Segmentation {
  count: number;
  /** Where each word begins. */
  starts: Int32Array;
  words: DictPattern[];
}

const found: { starts: Int32Array; words: DictPattern[]; count: number } = {
  starts: new Int32Array(256),
  words: [],
  count: 0,
};
const result: Segmentation = { count: 0, starts: new Int32Array(256), words: [] };
// The pass's table, one entry per character (dp[i]: the best reading of text[i..]).
let prob = new Float64Array(256);
let decimal = new Float64Array(256);
let nextAt = new Int32Array(256);
let set = new Uint8Array(256);
const word: (DictPattern | null)[] = [];

function grow(n: number): void {
  if (prob.length >= n) return;
  const size = Math.max(n, prob.length * 2);
  prob = new Float64Array(size);
  decimal = new Float64Array(size);
  nextAt = new Int32Array(size);
  set = new Uint8Array(size);
}

function addFound(start: number, w: DictPattern): void {
  if (found.count === found.starts.length) {
    const starts = new Int32Array(found.count * 2);
    starts.set(found.starts);
    found.starts = starts;
  }
  found.starts[found.count] = start;
  found.words[found.count++] = w;
}

/** match(): every dictionary word in the text, by end, each end's longest first (the fail chain's order). */
function match(text: string, top: State): void {
  found.count = 0;
  let cur = top;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let next = cur === top ? fromRoot[c] : cur.next.get(c);
    while (!next && cur !== top) {
      if (!cur.fail) {
        cur = top;
        break;
      }
      cur = cur.fail;
      next = cur === top ? fromRoot[c] : cur.next.get(c);
    }
    if (!next) continue;
    cur = next;
    for (const w of cur.ends) addFound(i - w.length + 1, w);
  }
}

function patternDecimal(w: DictPattern): number {
  if (w.priority === Priority.Custom) return -(w.length * w.length * 100);
  if (w.priority === Priority.Surname) return -(w.length * w.length * 10);
  return 0;
}

/** getMaxProbability(dp[at], candidate) into dp[at]. */
function keepBetter(at: number, p: number, d: number, w: DictPattern | null, after: number): void {
  if (set[at] && (decimal[at] < d || (decimal[at] === d && prob[at] > p))) return;
  set[at] = 1;
  prob[at] = p;
  decimal[at] = d;
  word[at] = w;
  nextAt[at] = after;
}

/** maxProbability(): the segmentation of the greatest probability, from the end of the text. */
function bestPath(length: number): void {
  grow(length);
  set.fill(0, 0, length);
  let k = found.count - 1;
  for (let i = length - 1; i >= 0; i--) {
    const last = i + 1 >= length;
    const sp = last ? 1 : prob[i + 1];
    const sd = last ? 0 : decimal[i + 1];
    // Where the reading after this character resumes: the next character when a word begins there.
    let after = length;
    if (!last) after = word[i + 1] ? i + 1 : nextAt[i + 1];
    while (k >= 0 && found.starts[k] + found.words[k].length - 1 === i) {
      const w = found.words[k];
      let p = w.probability * sp;
      let d = sd + patternDecimal(w);
      if (p < 1e-300) {
        p *= 1e300;
        d += 1;
      }
      keepBetter(found.starts[k], p, d, w, after);
      k--;
    }
    let p = UNKNOWN * sp;
    let d = 0;
    if (p < 1e-300) {
      p *= 1e300;
      d += 1;
    }
    keepBetter(i, p, d, null, after);
  }
  if (result.starts.length < length) result.starts = new Int32Array(Math.max(length, result.starts.length * 2));
  result.count = 0;
  for (let at = 0; at < length; at = nextAt[at]) {
    const w = word[at];
    if (w) {
      result.starts[result.count] = at;
      result.words[result.count++] = w;
    }
  }
}

/** The words pinyin-pro's segmentation reads a text (with no character outside the BMP) by. */
export function segmentWords(text: string): Segmentation {
  root ??= copyTrie();
  match(text, root);
  bestPath(text.length);
  return result;
}
