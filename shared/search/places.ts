// A place of the directory typed before the topic (柯桥挥发性有机物, 江门侨务科): a word of its own,
// as if typed apart, so that it finds that place's office while the rest finds the topic. Glued
// to the topic it is one long word no record holds, and an office elsewhere doing the same work
// outranks the one in the place asked about.
import { foldText } from './fold.ts';
import type { SearchIndex } from './layout.ts';
import type { QueryTerm } from './terms.ts';

// A place in an office's name: two or three characters at its start or after a level or a 局,
// before the level or branch that follows (绍兴市, 桐庐县分水镇, 生态环境局柯桥分局), once a party
// prefix (中共) is off.
const LEVEL = '省|市|县|区|镇|乡|街道';
const PLACE = new RegExp(`(?<=^|${LEVEL}|局)(\\p{Script=Han}{2,3}?)(?=${LEVEL}|分局)`, 'gu');
const PREFIX = /^中共/u;

const placesOf = new WeakMap<SearchIndex, Set<string>>();

export function placesOfIndex(index: SearchIndex): ReadonlySet<string> {
  return places(index);
}

function places(index: SearchIndex): Set<string> {
  let set = placesOf.get(index);
  if (!set) {
    set = new Set();
    for (const office of index.meta.offices)
      for (const m of foldText(office.name, index.t2s).replace(PREFIX, '').matchAll(PLACE)) set.add(m[1]);
    placesOf.set(index, set);
  }
  return set;
}

/** The length of the place the word begins with, when at least two characters follow it; else 0. */
function placeLength(word: string, known: Set<string>): number {
  for (let len = 3; len >= 2; len--) if (word.length >= len + 2 && known.has(word.slice(0, len))) return len;
  return 0;
}

/** The terms with a leading place of the directory cut off as a term of its own (longest place first). */
export function placesApart(terms: QueryTerm[], index: SearchIndex, max: number): QueryTerm[] {
  const known = places(index);
  if (known.size === 0) return terms;
  const out: QueryTerm[] = [];
  for (const term of terms) {
    const cut = term.han && !term.formal && !term.officeKind ? placeLength(term.text, known) : 0;
    if (cut === 0) out.push(term);
    else out.push({ text: term.text.slice(0, cut), han: true }, { text: term.text.slice(cut), han: true });
  }
  return out.slice(0, max);
}
