// Import with a preview: pick (or drop) a file, see how it was read and what it would change,
// correct it, then apply it in one step or cancel with nothing written.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Correction } from '../../shared/corrections/index.ts';
import type { AppliedImport, ImportPreview } from '../../shared/imports/types.ts';
import { api } from '../api.ts';
import { href } from '../router.ts';
import { useViewHeading } from '../view-focus.ts';
import { DiffList } from './DiffList.tsx';
import { onDropped, readPicked, takeDropped, type PickedFile } from './file.ts';
import { PreviewPanes } from './PreviewPanes.tsx';
import './imports.css';

type State =
  | { step: 'pick' }
  | { step: 'reading' }
  | { step: 'preview'; preview: ImportPreview }
  | { step: 'applied'; result: AppliedImport };

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function ImportView() {
  const { t } = useTranslation();
  const headingRef = useViewHeading('import');
  const [file, setFile] = useState<PickedFile | null>(null);
  const [corrections, setCorrections] = useState<Correction[]>([]);
  const [state, setState] = useState<State>({ step: 'pick' });
  const [error, setError] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [name, setName] = useState('');
  // Each reading has a number; stopping one (or starting another) makes its answer stale.
  const reading = useRef(0);
  const seconds = useSecondsSince(state.step === 'reading');

  const preview = useCallback(async (picked: PickedFile, list: Correction[] | undefined) => {
    setError(null);
    setState({ step: 'reading' });
    const request = ++reading.current;
    try {
      const result = await api.previewImport({ name: picked.name, content: picked.content, corrections: list });
      if (request !== reading.current) return;
      // The corrections in force: the ones given, or those stored with this document.
      setCorrections(result.offices[0]?.corrections ?? []);
      setName(result.offices[0]?.office ?? '');
      setState({ step: 'preview', preview: result });
    } catch (err) {
      if (request !== reading.current) return;
      setError(message(err));
      setState({ step: 'pick' });
    }
  }, []);

  const take = useCallback(
    async (chosen: File) => {
      const picked = await readPicked(chosen);
      setFile(picked);
      setConfirmed(false);
      await preview(picked, undefined);
    },
    [preview],
  );

  useEffect(() => {
    const pending = takeDropped();
    if (pending) void take(pending);
    return onDropped(() => {
      const next = takeDropped();
      if (next) void take(next);
    });
  }, [take]);

  const correct = (c: Correction) => {
    // A new role for a line replaces an earlier one for the same line.
    const rest =
      c.kind === 'role' || c.kind === 'office-name'
        ? corrections.filter(
            (o) => !(o.kind === c.kind && (c.kind === 'office-name' || (o.kind === 'role' && o.at.hash === c.at.hash))),
          )
        : corrections;
    if (file) void preview(file, [...rest, c]);
  };
  const uncorrect = (i: number) =>
    file &&
    void preview(
      file,
      corrections.filter((_, j) => j !== i),
    );
  const cancel = () => {
    reading.current++;
    setFile(null);
    setCorrections([]);
    setState({ step: 'pick' });
  };
  const apply = async () => {
    if (!file) return;
    setError(null);
    try {
      const result = await api.applyImport({
        name: file.name,
        content: file.content,
        corrections,
        confirmUnverifiedSigner: confirmed || undefined,
      });
      setState({ step: 'applied', result });
    } catch (err) {
      setError(message(err));
    }
  };

  const pkg = state.step === 'preview' ? state.preview.package : null;
  const needsConfirm = pkg !== null && !pkg.trusted;
  return (
    <article className="import-view" aria-labelledby="import-title">
      <header className="page-head">
        <h1 id="import-title" ref={headingRef} tabIndex={-1}>
          {t('imports.title')}
        </h1>
        <p className="muted">{t('imports.intro')}</p>
        <label className="file-pick">
          {t('imports.pick')}{' '}
          <input
            type="file"
            data-testid="import-file"
            accept=".txt,.htm,.html,.mht,.mhtml,.docx,.doc,.pdf,.orgatlas"
            onChange={(e) => {
              const chosen = e.target.files?.[0];
              e.target.value = '';
              if (chosen) void take(chosen);
            }}
          />
        </label>
      </header>
      {error && (
        <p className="status-error" role="alert" data-testid="import-error">
          {t('imports.error', { message: error })}
        </p>
      )}
      {state.step === 'reading' && (
        <p className="status" aria-busy="true" data-testid="import-reading">
          {t('imports.reading')}
          {seconds > 0 && <> {t('imports.readingFor', { seconds })}</>}{' '}
          {/* Reading writes nothing, so stopping it loses nothing. */}
          <button type="button" data-testid="import-stop" onClick={cancel}>
            {t('imports.stop')}
          </button>
        </p>
      )}
      {state.step === 'applied' && (
        <div className="import-done" role="status" data-testid="import-done">
          {state.result.offices.map((o) => (
            <p key={o.officeId}>
              {t('imports.applied', { office: o.office, summary: o.summary })}{' '}
              <a href={href.office(o.officeId)}>{t('imports.open')}</a>{' '}
              <a href={href.history(o.office)}>{t('nav.history')}</a>
            </p>
          ))}
        </div>
      )}
      {state.step === 'preview' && (
        <>
          {pkg && (
            <div className={`package-info${pkg.trusted ? '' : ' untrusted'}`} data-testid="package-info">
              <p>
                {pkg.signer ? t('imports.packageSigned', { key: pkg.signer }) : t('imports.packageUnsigned')}
                {pkg.signer && (pkg.trusted ? t('imports.packageTrusted') : t('imports.packageUntrusted'))}
              </p>
              <p className="muted small">
                {t('imports.packageFrom', { producer: pkg.producer, date: pkg.createdAt.slice(0, 10) })}
              </p>
              {needsConfirm && (
                <label>
                  <input
                    type="checkbox"
                    data-testid="confirm-unverified"
                    checked={confirmed}
                    onChange={(e) => setConfirmed(e.target.checked)}
                  />{' '}
                  {t('imports.confirmUnverified')}
                </label>
              )}
            </div>
          )}
          {state.preview.offices.map((office) => (
            <section key={office.office} className="preview-office" aria-label={office.office}>
              <div className="preview-head">
                {office.correctable ? (
                  <label>
                    {t('imports.officeName')}{' '}
                    <input
                      data-testid="office-name"
                      value={name}
                      onChange={(e) => setName(e.target.value)}
                      lang="zh-CN"
                    />{' '}
                    <button
                      type="button"
                      disabled={!name.trim() || name.trim() === office.office}
                      onClick={() => correct({ kind: 'office-name', name: name.trim() })}
                    >
                      {t('imports.fixName')}
                    </button>
                  </label>
                ) : (
                  <h2 lang="zh-CN">{office.office}</h2>
                )}
                <h3>{office.replaces ? t('imports.diff') : t('imports.newOffice')}</h3>
                <DiffList diff={office.diff} />
              </div>
              {office.correctable && corrections.length > 0 && (
                <div className="corrections">
                  <h3>{t('imports.corrections')}</h3>
                  <ul data-testid="corrections">
                    {corrections.map((c, i) => (
                      <li key={i}>
                        <CorrectionText correction={c} />{' '}
                        <button type="button" className="link-button small" onClick={() => uncorrect(i)}>
                          {t('imports.removeCorrection')}
                        </button>
                      </li>
                    ))}
                  </ul>
                  {office.unapplied.map((u, i) => (
                    <p key={i} className="status-error small">
                      {t('imports.notApplied', { reason: u.reason })}
                    </p>
                  ))}
                </div>
              )}
              <PreviewPanes office={office} onCorrect={correct} />
            </section>
          ))}
          <div className="import-actions">
            <button
              type="button"
              className="primary"
              data-testid="import-apply"
              disabled={needsConfirm && !confirmed}
              onClick={() => void apply()}
            >
              {t('imports.apply')}
            </button>
            <button type="button" data-testid="import-cancel" onClick={cancel}>
              {t('imports.cancel')}
            </button>
          </div>
        </>
      )}
    </article>
  );
}

/** Whole seconds since `running` became true (0 while not running): a sign of life for long reads. */
function useSecondsSince(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => {
      clearInterval(timer);
      setSeconds(0);
    };
  }, [running]);
  return seconds;
}

function CorrectionText({ correction: c }: { correction: Correction }) {
  const { t } = useTranslation();
  switch (c.kind) {
    case 'role':
      return (
        <span>
          {t('imports.role', { line: c.at.line })} {t(`roles.${c.role}`)}
        </span>
      );
    case 'office-name':
      return (
        <span lang="zh-CN">
          {t('imports.officeName')}：{c.name}
        </span>
      );
    case 'merge':
      return (
        <span>
          {t('imports.mergeUp')}（{t('imports.line', { line: c.unit.line })}）
        </span>
      );
    case 'split':
      return (
        <span lang="zh-CN">
          {t('imports.splitHere')}（{t('imports.line', { line: c.at.line })}）：{c.name}
        </span>
      );
  }
}
