// Import with a preview: pick, drop or open (desktop: File → Import…) files, see how each was
// read and what it would change, correct it, then apply it in one step or cancel with nothing
// written. Several files are previewed one after another.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Correction } from '../../shared/corrections/index.ts';
import { IMPORT_EXTENSIONS } from '../../shared/imports/files.ts';
import type { AppliedImport, ImportPreview } from '../../shared/imports/types.ts';
import { api } from '../api.ts';
import { href } from '../router.ts';
import { useViewHeading } from '../view-focus.ts';
import { changeSummaryText } from './change-summary.ts';
import { DiffList } from './DiffList.tsx';
import {
  onQueued,
  queueFiles,
  readPicked,
  takeAllWaiting,
  takeRefusals,
  takeWaiting,
  waitingNames,
  type PickedFile,
  type WaitingFile,
} from './file.ts';
import { PreviewPanes } from './PreviewPanes.tsx';
import { failureText, type ImportFailure } from './refusal-text.ts';
import { SameOfficeChoice } from './SameOfficeChoice.tsx';
import { BatchProgress } from './BatchProgress.tsx';
import { BatchReview } from './BatchReview.tsx';
import { useBatchImport } from './use-batch-import.ts';
import { useSteppedWrite } from './use-stepped-write.ts';
import './imports.css';

type State =
  | { step: 'pick' }
  | { step: 'reading' }
  | { step: 'preview'; preview: ImportPreview }
  | { step: 'applied'; result: AppliedImport }
  /** Many files at once, reviewed as one list (use-batch-import.ts). */
  | { step: 'batch' };

export function ImportView() {
  const { t } = useTranslation();
  const headingRef = useViewHeading('import');
  const [file, setFile] = useState<PickedFile | null>(null);
  const [corrections, setCorrections] = useState<Correction[]>([]);
  const [state, setState] = useState<State>({ step: 'pick' });
  // Kept as values, worded when shown, so switching the language rewords them. Files refused
  // before any call (too large to send) stay listed while the next file is previewed.
  const [errors, setErrors] = useState<ImportFailure[]>([]);
  const setError = useCallback(
    (error: unknown) =>
      setErrors((shown) => [...shown.filter((e) => 'refused' in e), ...(error === null ? [] : [{ error }])]),
    [],
  );
  const [confirmed, setConfirmed] = useState(false);
  const [name, setName] = useState('');
  const [waiting, setWaiting] = useState<string[]>(waitingNames);
  // Whether the view is busy with a file (a new one waits) or free to take the next.
  const busy = useRef(false);

  // Which stored office the document replaces under a new name (undefined: let the preview find it).
  const [replaceOffice, setReplaceOffice] = useState<string | null | undefined>(undefined);

  const preview = useCallback(
    async (picked: PickedFile, list: Correction[] | undefined, replace?: string | null) => {
      setError(null);
      setState({ step: 'reading' });
      try {
        const result = await api.previewImport({
          name: picked.name,
          content: picked.content,
          corrections: list,
          replaceOffice: replace,
        });
        // The corrections in force: the ones given, or those stored with this document.
        setCorrections(result.offices[0]?.corrections ?? []);
        setName(result.offices[0]?.office ?? '');
        // From now on the choice shown is the one sent, so a correction does not guess again.
        setReplaceOffice(result.kind === 'document' ? (result.offices[0]?.sameOffice?.office ?? null) : undefined);
        setState({ step: 'preview', preview: result });
      } catch (err) {
        setError(err);
        busy.current = false;
        setState({ step: 'pick' });
      }
    },
    [setError],
  );

  const take = useCallback(
    async (chosen: WaitingFile) => {
      busy.current = true;
      const picked = await readPicked(chosen);
      setFile(picked);
      setConfirmed(false);
      await preview(picked, undefined);
    },
    [preview],
  );

  /** The next waiting file, if any; the reasons files could not be opened are shown. */
  const next = useCallback(() => {
    const refused = takeRefusals();
    if (refused.length > 0) setErrors(refused.map((r) => ({ refused: r })));
    const chosen = takeWaiting();
    setWaiting(waitingNames());
    if (chosen) void take(chosen);
  }, [take]);

  useEffect(() => {
    if (!busy.current) next();
    return onQueued(() => {
      if (busy.current) setWaiting(waitingNames());
      else next();
    });
  }, [next]);

  const correct = (c: Correction) => {
    // A new role for a line replaces an earlier one for the same line.
    const rest =
      c.kind === 'role' || c.kind === 'office-name'
        ? corrections.filter(
            (o) => !(o.kind === c.kind && (c.kind === 'office-name' || (o.kind === 'role' && o.at.hash === c.at.hash))),
          )
        : corrections;
    if (file) void preview(file, [...rest, c], replaceOffice);
  };
  const uncorrect = (i: number) =>
    file &&
    void preview(
      file,
      corrections.filter((_, j) => j !== i),
      replaceOffice,
    );
  const chooseReplaced = (office: string | null) => file && void preview(file, corrections, office);
  const cancel = () => {
    busy.current = false;
    setApplyCancelled(false);
    setFile(null);
    setCorrections([]);
    setState({ step: 'pick' });
    next();
  };
  // An apply is written in steps (a package of many offices takes a while), with its progress
  // and a Cancel that rolls it back: the preview stays, nothing was written.
  const [applying, setApplying] = useState(false);
  const [applyCancelled, setApplyCancelled] = useState(false);
  const applyWrite = useSteppedWrite();
  const apply = async () => {
    if (!file || state.step !== 'preview') return;
    setError(null);
    setApplyCancelled(false);
    setApplying(true);
    try {
      const outcome = await applyWrite.run(state.preview.offices.length, (job) =>
        api.applyImport({
          name: file.name,
          content: file.content,
          corrections,
          replaceOffice,
          confirmUnverifiedSigner: confirmed || undefined,
          job,
        }),
      );
      if (outcome.cancelled) return setApplyCancelled(true);
      busy.current = false;
      setState({ step: 'applied', result: outcome.result });
    } catch (err) {
      setError(err);
    } finally {
      setApplying(false);
    }
  };

  const batch = useBatchImport();
  const batchRunning = batch.state !== null && ['reading', 'parsing', 'review', 'writing'].includes(batch.state.phase);
  // The file in preview (if any) and every waiting one, in the order they came.
  const importAll = async () => {
    const files = [...(file && state.step === 'preview' ? [file] : []), ...takeAllWaiting()];
    setWaiting(waitingNames());
    busy.current = true;
    setFile(null);
    setCorrections([]);
    setErrors([]);
    setState({ step: 'batch' });
    await batch.start(files);
    busy.current = false;
  };
  const pending = waiting.length + (file && state.step === 'preview' ? 1 : 0);

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
            multiple
            accept={IMPORT_EXTENSIONS.map((ext) => `.${ext}`).join(',')}
            onChange={(e) => {
              const chosen = [...(e.target.files ?? [])];
              e.target.value = '';
              setErrors([]);
              queueFiles(chosen);
            }}
          />
        </label>
        {waiting.length > 0 && (
          <p className="muted small" data-testid="import-waiting">
            {t('imports.waiting', { count: waiting.length, names: waiting.join(t('imports.nameSeparator')) })}{' '}
            {(state.step === 'pick' || state.step === 'applied' || (state.step === 'batch' && !batchRunning)) && (
              <button type="button" className="link-button" onClick={next}>
                {t('imports.next')}
              </button>
            )}{' '}
            {!batchRunning && state.step !== 'reading' && pending > 1 && (
              <button type="button" data-testid="import-all" onClick={() => void importAll()}>
                {t('imports.importAll', { count: pending })}
              </button>
            )}
          </p>
        )}
      </header>
      {errors.length > 0 && (
        <p className="status-error" role="alert" data-testid="import-error">
          {t('imports.error', { message: errors.map((e) => failureText(t, e)).join(t('imports.failureSeparator')) })}
        </p>
      )}
      {state.step === 'batch' && batch.state && <BatchProgress state={batch.state} onCancel={batch.cancel} />}
      {state.step === 'batch' && batch.state?.phase === 'review' && (
        <BatchReview
          reads={batch.state.reads}
          onApply={(leaveOut, offices) => void batch.commit(leaveOut, offices)}
          onCancel={batch.cancel}
        />
      )}
      {state.step === 'reading' && (
        <p className="status" aria-busy="true">
          {t('imports.reading')}
        </p>
      )}
      {state.step === 'applied' && (
        <div className="import-done" role="status" data-testid="import-done">
          {state.result.offices.map((o) => (
            <p key={o.officeId}>
              {t('imports.applied', { office: o.office, summary: changeSummaryText(t, o.changes) })}{' '}
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
                {office.correctable && !office.replaces && (
                  <SameOfficeChoice office={office.office} sameOffice={office.sameOffice} onChoose={chooseReplaced} />
                )}
                <h3>{office.replaces || office.sameOffice ? t('imports.diff') : t('imports.newOffice')}</h3>
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
                      {t(`diagnostics.correction-not-applied_${u.why.code}`, {
                        heading: u.why.code === 'not-a-unit' ? u.why.line : '',
                      })}
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
              disabled={(needsConfirm && !confirmed) || applying}
              onClick={() => void apply()}
            >
              {t('imports.apply')}
            </button>
            <button type="button" data-testid="import-cancel" disabled={applying} onClick={cancel}>
              {t('imports.cancel')}
            </button>
            {applyWrite.writing && (
              <BatchProgress state={{ phase: 'writing', ...applyWrite.writing }} onCancel={applyWrite.cancel} />
            )}
            {applyCancelled && <BatchProgress state={{ phase: 'cancelled', written: true }} onCancel={cancel} />}
          </div>
        </>
      )}
    </article>
  );
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
