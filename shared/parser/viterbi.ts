// Best path through a sequence of states (Viterbi): each step scores every state (emission),
// each change of state costs (transition); at most 256 states; the path with the highest total wins, so one
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
  const move = new Float64Array(n * n);
  for (let k = 0; k < n; k++) for (let j = 0; j < n; j++) move[k * n + j] = l.transition(l.states[k], l.states[j]);
  let score = Float64Array.from(l.states, (s) => l.start(s) + l.emission(0, s));
  let next = new Float64Array(n);
  // back[i * n + j]: the best predecessor of state j at step i.
  const back = new Uint8Array(length * n);
  for (let i = 1; i < length; i++) {
    for (let j = 0; j < n; j++) {
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < n; k++) {
        const v = score[k] + move[k * n + j];
        if (v > best) {
          best = v;
          arg = k;
        }
      }
      next[j] = best + l.emission(i, l.states[j]);
      back[i * n + j] = arg;
    }
    [score, next] = [next, score];
  }
  let at = 0;
  for (let j = 1; j < n; j++) if (score[j] > score[at]) at = j;
  const path = new Array<S>(length);
  for (let i = length - 1; i >= 0; i--) {
    path[i] = l.states[at];
    at = back[i * n + at];
  }
  return path;
}
