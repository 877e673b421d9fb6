// A diff as people read one: the one-line summary, then units added, removed, renamed,
// moved and reordered, then duty changes.
import { useTranslation } from 'react-i18next';
import type { OfficeDiff, UnitRef } from '../../shared/diff/index.ts';
import { changeSummaryText } from './change-summary.ts';

const where = (u: UnitRef) => [...u.path, u.name].join(' / ');

export function DiffList({ diff }: { diff: OfficeDiff }) {
  const { t } = useTranslation();
  // A duty of the office itself, not of one of its units.
  const officeLevel = t('imports.diffOfficeLevel');
  const items: { mark: string; kind: string; text: string }[] = [
    ...diff.unitsAdded.map((u) => ({ mark: '+', kind: 'added', text: where(u) })),
    ...diff.unitsRemoved.map((u) => ({ mark: '−', kind: 'removed', text: where(u) })),
    ...diff.unitsRenamed.map((r) => ({ mark: '~', kind: 'renamed', text: `${where(r.before)} → ${r.after.name}` })),
    ...diff.unitsMoved.map((m) => ({ mark: '↳', kind: 'moved', text: `${where(m.before)} → ${where(m.after)}` })),
    ...diff.unitsReordered.map((m) => ({ mark: '⇅', kind: 'reordered', text: where(m.after) })),
    ...diff.duties.map((d) => ({
      mark: d.kind === 'added' ? '+' : d.kind === 'removed' ? '−' : '~',
      kind: `duty-${d.kind}`,
      text: `${d.unit ?? officeLevel}：${d.kind === 'changed' ? `${d.before!.text} → ${d.after!.text}` : (d.after ?? d.before)!.text}`,
    })),
  ];
  return (
    <div className="diff">
      <p className="diff-summary" data-testid="diff-summary">
        {changeSummaryText(t, diff.changes)}
      </p>
      {/* A new office is all additions: its tree beside says it better than a list would. */}
      {diff.officeName.before !== null && items.length > 0 && (
        <ul className="diff-items" lang="zh-CN">
          {items.map((item, i) => (
            <li key={i} className={`diff-${item.kind}`} data-kind={item.kind}>
              <span className="diff-mark" aria-hidden="true">
                {item.mark}
              </span>{' '}
              {item.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
