// A batch import as it goes (file n of N: reading, parsing, then writing every office at
// once) with its Cancel, and what it did: the offices written, the files left out and why.
// (The review between reading and writing is BatchReview.)
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import { changeSummaryText } from './change-summary.ts';
import { failureText, refusalText } from './refusal-text.ts';
import type { BatchState } from './use-batch-import.ts';

/** Whole seconds since `since`, ticking while shown. */
function useSecondsSince(since: number | null): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (since === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [since]);
  return since === null ? 0 : Math.max(0, Math.floor((now - since) / 1000));
}

export function BatchProgress({ state, onCancel }: { state: BatchState; onCancel: () => void }) {
  const { t } = useTranslation();
  const seconds = useSecondsSince(state.phase === 'writing' ? state.since : null);
  switch (state.phase) {
    case 'review':
      return null;
    case 'reading':
    case 'parsing':
    case 'writing': {
      const writing = state.phase === 'writing';
      return (
        <div
          className="batch-progress"
          role="status"
          aria-busy="true"
          data-testid="batch-progress"
          data-phase={state.phase}
        >
          <progress
            max={writing ? 1 : state.total}
            value={writing ? undefined : state.at - 1}
            aria-label={t('imports.batch.progressLabel')}
          />
          <p>
            {writing
              ? t('imports.batch.writing', { count: state.offices })
              : t(`imports.batch.${state.phase}`, { at: state.at, total: state.total, file: state.file })}
          </p>
          {writing ? (
            <p className="muted small" data-testid="batch-no-cancel">
              {t('imports.batch.noCancel')} {t('imports.batch.writingFor', { count: seconds })}
            </p>
          ) : (
            <button type="button" data-testid="batch-cancel" disabled={state.cancelling} onClick={onCancel}>
              {state.cancelling ? t('imports.batch.cancelling') : t('imports.cancel')}
            </button>
          )}
        </div>
      );
    }
    case 'cancelled':
      return (
        <p className="status" role="status" data-testid="batch-cancelled">
          {t('imports.batch.cancelled')}
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
