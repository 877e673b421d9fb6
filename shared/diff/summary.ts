// The summary of a change as counts (a code and its values), so each reader words it in its
// own language: the UI through its locale, the CLI and the stored text column in the words of
// the documents it compares (`新增 2 个处室，撤销 1 个，3 项职责有变化`).
import type { OfficeDiff } from './types.ts';

export type ChangeSummary =
  /** An office's first version: what it holds. */
  | { kind: 'first'; units: number; duties: number }
  /** Against the version before; all counts 0 and no new name: nothing changed. */
  | {
      kind: 'changed';
      /** The office's new name, when it was renamed. */
      renamedTo: string | null;
      unitsAdded: number;
      unitsRemoved: number;
      unitsRenamed: number;
      unitsMoved: number;
      unitsReordered: number;
      duties: number;
    };

export function summariseChanges(diff: Omit<OfficeDiff, 'summary' | 'changes'>): ChangeSummary {
  const { before, after } = diff.officeName;
  return {
    kind: 'changed',
    renamedTo: before !== null && before !== after ? after : null,
    unitsAdded: diff.unitsAdded.length,
    unitsRemoved: diff.unitsRemoved.length,
    unitsRenamed: diff.unitsRenamed.length,
    unitsMoved: diff.unitsMoved.length,
    unitsReordered: diff.unitsReordered.length,
    duties: diff.duties.length,
  };
}

/** The unit figures in the order a summary lists them, with their verbs. */
export const UNIT_CHANGES = [
  ['unitsAdded', '新增'],
  ['unitsRemoved', '撤销'],
  ['unitsRenamed', '更名'],
  ['unitsMoved', '调整隶属'],
  ['unitsReordered', '调整顺序'],
] as const;

/** The summary in Chinese, as the CLI prints it; `restoredFrom`: a rollback to that version. */
export function chineseSummary(changes: ChangeSummary, restoredFrom: number | null = null): string {
  const line = chineseLine(changes);
  return restoredFrom === null ? line : `恢复为第 ${restoredFrom} 版：${line}`;
}

function chineseLine(changes: ChangeSummary): string {
  if (changes.kind === 'first') return `首次收录：${changes.units} 个处室，${changes.duties} 项职责`;
  const parts: string[] = [];
  if (changes.renamedTo !== null) parts.push(`机构名称改为“${changes.renamedTo}”`);
  // The first unit figure says what is counted (处室); the ones after it need not.
  let noun = ' 个处室';
  for (const [field, verb] of UNIT_CHANGES) {
    if (changes[field] === 0) continue;
    parts.push(`${verb} ${changes[field]}${noun}`);
    noun = ' 个';
  }
  if (changes.duties) parts.push(`${changes.duties} 项职责有变化`);
  return parts.length ? parts.join('，') : '无变化';
}
