// The one-line summary of a diff, in the words of the documents it compares:
// `新增 2 个处室，撤销 1 个，3 项职责有变化`.
import type { OfficeDiff } from './types.ts';

export function summarise(diff: Omit<OfficeDiff, 'summary'>): string {
  const parts: string[] = [];
  if (diff.officeName.before !== null && diff.officeName.before !== diff.officeName.after) {
    parts.push(`机构名称改为“${diff.officeName.after}”`);
  }
  // The first unit figure says what is counted (处室); the ones after it need not.
  let noun = ' 个处室';
  const units = (verb: string, n: number) => {
    if (n === 0) return;
    parts.push(`${verb} ${n}${noun}`);
    noun = ' 个';
  };
  units('新增', diff.unitsAdded.length);
  units('撤销', diff.unitsRemoved.length);
  units('更名', diff.unitsRenamed.length);
  units('调整隶属', diff.unitsMoved.length);
  units('调整顺序', diff.unitsReordered.length);
  if (diff.duties.length) parts.push(`${diff.duties.length} 项职责有变化`);
  return parts.length ? parts.join('，') : '无变化';
}
