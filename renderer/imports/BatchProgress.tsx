// A batch import as it goes (file n of N: reading, parsing, then writing every office at
// once) with its Cancel, and what it did: the offices written, the files left out and why.
import { useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import { changeSummaryText } from './change-summary.ts';
import type { BatchState } from './use-batch-import.ts';

export function BatchProgress({ state, onCancel }: { state: BatchState; onCancel: () => void }) {
  const { t } = useTranslation();
  switch (state.phase) {
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
            <p className="muted small">{t('imports.batch.noCancel')}</p>
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
          {t('imports.batch.failed', { message: state.message })}
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
                  <li key={i}>{s.reason}</li>
                ))}
              </ul>
            </>
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
