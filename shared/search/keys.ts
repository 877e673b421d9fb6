// The postings keys one record contributes, from its folded text and syllables: shared by
// the builder (which lists the record under them) and the merge (which finds the lists that
// hold an office it leaves out).
import { isWordCode } from './fold.ts';
import { initialKey, syllableKey } from './layout.ts';

export interface KeySink {
  uni(key: number): void;
  bi(key: number): void;
  nameInitial(key: number): void;
}

/**
 * Keys of the record at [at, end) of `norm` and `syl`: every letter or digit, every pair of
 * neighbouring ones, and for names (office, unit, person) each syllable, each initial letter,
 * each pair of consecutive initials (punctuation between Han characters is skipped, as
 * matching does) and the first initial: candidates for pinyin and initials; one typed letter
 * lists the names that start with it.
 */
export function recordKeys(
  norm: Uint16Array,
  syl: Uint16Array,
  at: number,
  end: number,
  isName: boolean,
  syllables: readonly string[],
  sink: KeySink,
): void {
  if (isName) {
    let prev = -1;
    let started = false;
    for (let i = at; i < end; i++) {
      const id = syl[i];
      if (id) {
        sink.nameInitial(syllableKey(id));
        const letter = syllables[id].charCodeAt(0) - 97;
        sink.nameInitial(initialKey(letter));
        if (prev >= 0) sink.nameInitial(initialKey(prev, letter));
        else if (!started) sink.nameInitial(initialKey(letter, 'first'));
        started = true;
        prev = letter;
      } else if (isWordCode(norm[i])) prev = -1;
    }
  }
  for (let i = at; i < end; i++) {
    const c = norm[i];
    if (!isWordCode(c)) continue;
    sink.uni(c);
    if (i + 1 < end && isWordCode(norm[i + 1])) sink.bi(c * 65536 + norm[i + 1]);
  }
}
