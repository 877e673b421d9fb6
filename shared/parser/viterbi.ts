// Best path through a sequence of states (Viterbi): each step scores every state (emission),
// each change of state costs (transition); the path with the highest total wins, so one
// odd step cannot pull the whole sequence off course. Scores are additive (log-like).

export interface Lattice<S extends string> {
  states: readonly S[];
  /** Score of state `s` at step `i`; -Infinity forbids it there. */
  emission: (i: number, s: S) => number;
  /** Score of moving from `from` to `to` between two steps; -Infinity forbids it. */
  transition: (from: S, to: S) => number;
  /** Score of starting in `s`. */
  start: (s: S) => number;
}

/** The highest-scoring state for each of `length` steps. */
export function bestPath<S extends string>(length: number, l: Lattice<S>): S[] {
  if (length === 0) return [];
  const n = l.states.length;
  let score = l.states.map((s) => l.start(s) + l.emission(0, s));
  const back: Int32Array[] = [];
  for (let i = 1; i < length; i++) {
    const next = new Array<number>(n);
    const from = new Int32Array(n);
    for (let j = 0; j < n; j++) {
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < n; k++) {
        const v = score[k] + l.transition(l.states[k], l.states[j]);
        if (v > best) {
          best = v;
          arg = k;
        }
      }
      next[j] = best + l.emission(i, l.states[j]);
      from[j] = arg;
    }
    back.push(from);
    score = next;
  }
  let at = 0;
  for (let j = 1; j < n; j++) if (score[j] > score[at]) at = j;
  const path = new Array<S>(length);
  path[length - 1] = l.states[at];
  for (let i = length - 1; i > 0; i--) {
    at = back[i - 1][at];
    path[i - 1] = l.states[at];
  }
  return path;
}
