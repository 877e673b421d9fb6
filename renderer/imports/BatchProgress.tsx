// A batch import as it goes (file n of N: reading, parsing; then office n of N: writing, all
// in one transaction) with its Cancel, and what it did: the offices written, the files left
// out and why.
// (The review between reading and writing is BatchReview.)
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BatchWriteProgress } from '../../shared/imports/types.ts';
import { href } from '../router.ts';
import { changeSummaryText } from './change-summary.ts';
import { failureText, refusalText } from './refusal-text.ts';
import type { BatchState } from './use-batch-import.ts';

/** What the write phase says: offices planned, written, then the index finished (see BatchWriteProgress). */
function writeLine(t: TFunction, { stage, done, total }: BatchWriteProgress): string {
  return t(`imports.batch.write.${stage}`, { done, total, count: total });
}

export function BatchProgress({ state, onCancel }: { state: BatchState; onCancel: () => void }) {
  const { t } = useTranslation();
  switch (state.phase) {
    case 'review':
      return null;
    case 'reading':
    case 'parsing':
    case 'writing': {
      const writing = state.phase === 'writing';
      // Reading: files done of all; writing: offices written of all (full once only the index is left).
      const [value, max] = writing
        ? [
            state.progress.stage === 'writing' || state.progress.stage === 'finishing' ? state.progress.done : 0,
            state.progress.total,
          ]
        : [state.at - 1, state.total];
      return (
        <div
          className="batch-progress"
          role="status"
          aria-busy="true"
          data-testid="batch-progress"
          data-phase={state.phase}
          data-stage={writing ? state.progress.stage : undefined}
        >
          <progress max={max} value={value} aria-label={t('imports.batch.progressLabel')} />
          <p>
            {writing
              ? writeLine(t, state.progress)
              : t(`imports.batch.${state.phase}`, { at: state.at, total: state.total, file: state.file })}
          </p>
          {writing && (
            <p className="muted small" data-testid="batch-write-note">
              {t('imports.batch.write.note')}
            </p>
          )}
          <button type="button" data-testid="batch-cancel" disabled={state.cancelling} onClick={onCancel}>
            {state.cancelling ? t('imports.batch.cancelling') : t('imports.cancel')}
          </button>
        </div>
      );
    }
    case 'cancelled':
      return (
        <p className="status" role="status" data-testid="batch-cancelled">
          {t(state.written ? 'imports.batch.write.cancelled' : 'imports.batch.cancelled')}
        </p>
      );
    case 'failed':
      return (
        <p className="status-error" role="alert" data-testid="batch-failed">
          {t('imports.batch.failed', { message: failureText(t, { error: state.error }) })}
        </p>
      );
    case 'done':
      return (
        <div className="import-done" role="status" data-testid="batch-done">
          <p>{t('imports.batch.done', { count: state.result.offices.length })}</p>
          {state.tooLate && <p data-testid="batch-too-late">{t('imports.batch.write.tooLate')}</p>}
          {state.result.skipped.length > 0 && (
            <>
              <p>{t('imports.batch.skipped', { count: state.result.skipped.length })}</p>
              <ul data-testid="batch-skipped">
                {state.result.skipped.map((s, i) => (
                  <li key={i}>{s.refusal ? refusalText(t, { file: s.file, refusal: s.refusal }) : s.reason}</li>
                ))}
              </ul>
            </>
          )}
          {state.result.leftOut.length > 0 && (
            <p data-testid="batch-left-out">
              {t('imports.batch.leftOut', {
                count: state.result.leftOut.length,
                names: state.result.leftOut.join(t('imports.nameSeparator')),
              })}
            </p>
          )}
          <ul className="batch-offices">
            {state.result.offices.map((o) => (
              <li key={o.officeId}>
                <a href={href.office(o.officeId)} lang="zh-CN">
                  {o.office}
                </a>{' '}
                <span className="muted small">{changeSummaryText(t, o.changes)}</span>
              </li>
            ))}
          </ul>
        </div>
      );
  }
}
