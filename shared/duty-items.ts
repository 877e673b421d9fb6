// How many duty items a unit has, counted as the unit page lists them: a duty written as one
// paragraph of several clauses is listed (and counted) clause by clause. Unit cards and the
// unit page both count with this, so the two numbers agree.
import type { DutyView } from './types.ts';

export function dutyItemCount(duties: readonly Pick<DutyView, 'clauses'>[]): number {
  return duties.reduce((n, d) => n + Math.max(1, d.clauses.length), 0);
}
