// Character folding shared by the index builder and the query side, so both see the same
// text: NFKC (full-width → half-width), lower case, traditional → simplified. Folding is one
// UTF-16 unit to one unit, so positions in folded text are positions in the original text
// and highlight ranges need no mapping. The t2s table (shared/text/simplified.ts, the one the
// parser folds with) is computed at import time and stored in the index, so start-up needs
// no converter and an index is always queried with the table it was built with.
import { isHanCode } from '../text/han.ts';
import type { T2sTable } from '../text/simplified.ts';

export type { T2sTable };

export function foldCode(code: number, t2s: T2sTable): number {
  const ch = String.fromCharCode(code);
  let folded = ch.normalize('NFKC').toLowerCase();
  if (folded.length !== 1) folded = ch.toLowerCase();
  const c = folded.length === 1 ? folded.charCodeAt(0) : code;
  return t2s.get(c) ?? c;
}

export function foldText(text: string, t2s: T2sTable): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldCode(text.charCodeAt(i), t2s));
  return out;
}

const WORD = /[\p{L}\p{N}]/u;
const wordTable = new Uint8Array(65536);
let wordTableReady = false;

/** Letters and digits are indexed; punctuation and spaces only separate. */
export function isWordCode(code: number): boolean {
  if (!wordTableReady) {
    for (let c = 0; c < 65536; c++) wordTable[c] = WORD.test(String.fromCharCode(c)) ? 1 : 0;
    wordTableReady = true;
  }
  return wordTable[code] === 1;
}

/** The query split into words (runs of letters/digits), each either Han or Latin/digits. */
export interface QueryToken {
  text: string;
  han: boolean;
}

const TOKEN_MAX = 32;
const TOKENS_MAX = 8;

export function tokenize(folded: string): QueryToken[] {
  const out: QueryToken[] = [];
  let run = '';
  let runHan = false;
  const flush = () => {
    if (run) out.push({ text: run.slice(0, TOKEN_MAX), han: runHan });
    run = '';
  };
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (!isWordCode(c)) {
      flush();
      continue;
    }
    const han = isHanCode(c);
    // A switch between Han and Latin starts a new word (`欧洲abc` is two words).
    if (run && han !== runHan) flush();
    runHan = han;
    run += folded[i];
  }
  flush();
  return out.slice(0, TOKENS_MAX);
}
