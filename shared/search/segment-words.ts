// pinyin-pro's word segmentation (its Aho–Corasick match, then its maximum-probability
// choice, segmentit/index.mjs and max-probability.mjs) over its own trie, giving the same
// words: the index builder reads every text through it, and pinyin-pro's version copies an
// object per match and per step of the choice, which was most of the build's reading time.
// Here the matches and the choice live in reused typed arrays. The arithmetic and its order
// are pinyin-pro's (ties go the same way); tests/unit/search/reading.test.ts holds it to pinyin().
import { Priority } from 'pinyin-pro/dist/esm/common/constant.mjs';
import type { DictPattern, TrieNode } from 'pinyin-pro/dist/esm/common/segmentit/index.mjs';

/** pinyin-pro's Probability.Unknown: the probability of a character no word covers. */
const UNKNOWN = 1e-13;

/** The words of the segmentation and where each starts, in text order. */
export interface Words {
  words: DictPattern[];
  starts: number[];
}

let size = 0;
let prob = new Float64Array(0);
let decimal = new Float64Array(0);
let nextIndex = new Int32Array(0);
/** The chosen word at each position (its match number), or -1. */
let chosen = new Int32Array(0);

function reserve(n: number): void {
  if (n <= size) return;
  size = Math.max(n, 2 * size);
  prob = new Float64Array(size);
  decimal = new Float64Array(size);
  nextIndex = new Int32Array(size);
  chosen = new Int32Array(size);
}

/** The first word of a node that is not a surname reading (pinyin-pro's surname: 'off'). */
function wordAt(node: TrieNode): DictPattern | undefined {
  for (const p of node.patterns) if (p.priority !== Priority.Surname) return p;
  return undefined;
}

function patternDecimal(p: DictPattern): number {
  if (p.priority === Priority.Custom) return -(p.length * p.length * 100);
  if (p.priority === Priority.Surname) return -(p.length * p.length * 10);
  return 0;
}

/** The text's words as pinyin-pro's acTree.search(text, 'off', 2) finds them (text: BMP only). */
export function wordsOf(root: TrieNode, text: string): Words {
  const n = text.length;
  // The matches, in pinyin-pro's order: by end, the longest first.
  const matched: DictPattern[] = [];
  const matchStart: number[] = [];
  let cur = root;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    let next = cur.children.size ? cur.children.get(c) : undefined;
    while (!next && cur !== root) {
      if (!cur.fail) {
        cur = root;
        break;
      }
      cur = cur.fail;
      next = cur.children.size ? cur.children.get(c) : undefined;
    }
    if (!next) continue;
    cur = next;
    for (let node: TrieNode | null = cur; node !== null; node = node.fail) {
      const p = wordAt(node);
      if (p) {
        matched.push(p);
        matchStart.push(i - p.length + 1);
      }
    }
  }

  // The choice, from the end: at each start the best of (a word there + the best after it)
  // and (the character alone + the best after it), compared as pinyin-pro compares them.
  reserve(n);
  chosen.fill(-2, 0, n); // -2: nothing yet
  let m = matched.length - 1;
  const offer = (at: number, p: number, d: number, word: number, after: number) => {
    if (p < 1e-300) {
      p *= 1e300;
      d += 1;
    }
    if (chosen[at] !== -2 && (decimal[at] < d || (decimal[at] === d && prob[at] > p))) return;
    prob[at] = p;
    decimal[at] = d;
    chosen[at] = word;
    nextIndex[at] = after;
  };
  for (let i = n - 1; i >= 0; i--) {
    const last = i + 1 >= n;
    const suffixProb = last ? 1 : prob[i + 1];
    const suffixDecimal = last ? 0 : decimal[i + 1];
    const after = last ? n : chosen[i + 1] >= 0 ? i + 1 : nextIndex[i + 1];
    for (; m >= 0 && matchStart[m] + matched[m].length - 1 === i; m--) {
      const p = matched[m];
      offer(matchStart[m], p.probability * suffixProb, suffixDecimal + patternDecimal(p), m, after);
    }
    // pinyin-pro starts a lone character's decimal from 0, not from what follows it.
    offer(i, UNKNOWN * suffixProb, 0, -1, after);
  }
  const words: DictPattern[] = [];
  const starts: number[] = [];
  for (let i = 0; i < n; i = nextIndex[i]) {
    if (chosen[i] >= 0) {
      words.push(matched[chosen[i]]);
      starts.push(i);
    }
  }
  return { words, starts };
}
