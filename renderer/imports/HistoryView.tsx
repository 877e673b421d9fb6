// An office's versions, newest first: when, as of when, from where, what changed; the diff
// between any two; rollback to any of them (itself a new version).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { Status } from '../components/Status.tsx';
import { useApi } from '../use-api.ts';
import { useViewHeading } from '../view-focus.ts';
import { changeSummaryText } from './change-summary.ts';
import { DiffList } from './DiffList.tsx';
import './imports.css';

export function HistoryView({ office }: { office: string }) {
  const { t } = useTranslation();
  const [reload, setReload] = useState(0);
  const history = useApi(() => api.officeHistory({ office }), [office, reload]);
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingRef = useViewHeading(history.status === 'ready' ? `history:${office}:${reload}` : null);
  const versions = history.status === 'ready' ? history.value.versions : [];
  const newest = versions[0]?.number ?? 0;
  const from = pair?.from ?? Math.max(1, newest - 1);
  const to = pair?.to ?? newest;
  const diff = useApi(
    () => (newest > 1 ? api.versionDiff({ office, from, to }) : Promise.resolve(null)),
    [office, from, to, newest],
  );
  if (history.status !== 'ready') return <Status state={history} />;

  const rollback = async (number: number) => {
    if (!window.confirm(t('versions.confirmRollback', { number }))) return;
    setError(null);
    try {
      await api.rollbackOffice({ office, version: number });
      setPair(null);
      setReload((n) => n + 1);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  const select = (which: 'from' | 'to', value: number) => setPair({ from, to, [which]: value });

  return (
    <article className="history-view" aria-labelledby="history-title">
      <header className="page-head">
        <h1 id="history-title" ref={headingRef} tabIndex={-1} lang="zh-CN">
          {t('versions.title', { office: history.value.office })}
        </h1>
        {history.value.shippedUpdates.map((u) => (
          <p key={u.file} className="notice">
            {t('versions.shippedUpdate', { file: u.file })}
          </p>
        ))}
      </header>
      {error && (
        <p className="status-error" role="alert">
          {error}
        </p>
      )}
      <table className="versions" data-testid="versions">
        <thead>
          <tr>
            <th>{t('versions.number')}</th>
            <th>{t('versions.stored')}</th>
            <th>{t('versions.asOf')}</th>
            <th>{t('versions.origin')}</th>
            <th>{t('versions.file')}</th>
            <th>{t('versions.summary')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr
              key={v.number}
              data-testid="version-row"
              data-version={v.number}
              className={v.current ? 'current' : undefined}
            >
              <td>v{v.number}</td>
              <td>{v.createdAt.replace('T', ' ').slice(0, 16)}</td>
              <td>{v.asOf ?? <span className="muted">{t('versions.undated')}</span>}</td>
              <td>{t(`versions.origins.${v.origin}`)}</td>
              <td className="file">{v.sourceFile}</td>
              <td>{changeSummaryText(t, v.changes, v.restoredFrom)}</td>
              <td>
                {v.current ? (
                  <strong>{t('versions.current')}</strong>
                ) : (
                  <button type="button" data-testid="rollback" onClick={() => void rollback(v.number)}>
                    {t('versions.rollback')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {newest > 1 && (
        <section className="version-diff" aria-label={t('versions.compare')}>
          <h2>
            {t('versions.compare')}{' '}
            <label>
              {t('versions.from')}{' '}
              <VersionSelect testId="diff-from" value={from} count={newest} onChange={(n) => select('from', n)} />
            </label>{' '}
            <label>
              {t('versions.to')}{' '}
              <VersionSelect testId="diff-to" value={to} count={newest} onChange={(n) => select('to', n)} />
            </label>
          </h2>
          {diff.status === 'ready' && diff.value && <DiffList diff={diff.value.diff} />}
        </section>
      )}
    </article>
  );
}

function VersionSelect({
  value,
  count,
  onChange,
  testId,
}: {
  value: number;
  count: number;
  onChange(n: number): void;
  testId: string;
}) {
  return (
    <select data-testid={testId} value={value} onChange={(e) => onChange(Number(e.target.value))}>
      {Array.from({ length: count }, (_, i) => count - i).map((n) => (
        <option key={n} value={n}>
          v{n}
        </option>
      ))}
    </select>
  );
}
