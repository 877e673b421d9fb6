// The review of a batch before anything is written: per file the office it found, its units,
// whether it replaces a stored office (with the one-line change summary) and its warnings, and
// a checkbox to leave it out; files that cannot be imported say why. Apply writes the rest.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchFileRead, BatchOffice } from '../../shared/imports/types.ts';
import { changeSummaryText } from './change-summary.ts';
import { refusalBesideName } from './refusal-text.ts';

interface Props {
  reads: BatchFileRead[];
  onApply: (leaveOut: number[], offices: number) => void;
  onCancel: () => void;
}

export function BatchReview({ reads, onApply, onCancel }: Props) {
  const { t } = useTranslation();
  const [leftOut, setLeftOut] = useState<ReadonlySet<number>>(new Set());
  const toggle = (index: number, keep: boolean) =>
    setLeftOut((s) => {
      const next = new Set(s);
      if (keep) next.delete(index);
      else next.add(index);
      return next;
    });
  const kept = reads.filter((r) => r.status === 'read' && !leftOut.has(r.index));
  const offices = kept.reduce((n, r) => n + (r.status === 'read' ? r.offices.length : 0), 0);
  const skipped = reads.filter((r) => r.status === 'skipped').length;

  return (
    <section className="batch-review" aria-labelledby="batch-review-title" data-testid="batch-review">
      <h2 id="batch-review-title">{t('imports.batch.reviewTitle')}</h2>
      <p className="muted">
        {t('imports.batch.reviewIntro', { count: reads.length })}
        {skipped > 0 && <> {t('imports.batch.reviewSkipped', { count: skipped })}</>}
      </p>
      <table className="batch-table">
        <thead>
          <tr>
            <th scope="col">{t('imports.batch.include')}</th>
            <th scope="col">{t('imports.batch.file')}</th>
            <th scope="col">{t('imports.batch.office')}</th>
            <th scope="col">{t('imports.batch.units')}</th>
            <th scope="col">{t('imports.batch.change')}</th>
            <th scope="col">{t('imports.batch.warnings')}</th>
          </tr>
        </thead>
        <tbody>
          {reads.map((read) =>
            read.status === 'skipped' ? (
              <tr key={read.index} className="batch-skipped-row" data-testid="batch-row" data-status="skipped">
                <td>
                  <input
                    type="checkbox"
                    disabled
                    checked={false}
                    aria-label={t('imports.batch.cannotInclude', { file: read.file })}
                  />
                </td>
                <td className="batch-file">{read.file}</td>
                <td colSpan={4} className="status-error" data-testid="batch-row-reason">
                  {read.refusal ? refusalBesideName(t, read.refusal) : read.reason}
                </td>
              </tr>
            ) : (
              read.offices.map((office, j) => (
                <OfficeRow
                  key={`${read.index}-${j}`}
                  file={read.file}
                  office={office}
                  first={j === 0}
                  rows={read.offices.length}
                  included={!leftOut.has(read.index)}
                  onToggle={(keep) => toggle(read.index, keep)}
                />
              ))
            ),
          )}
        </tbody>
      </table>
      <div className="import-actions">
        <button
          type="button"
          className="primary"
          data-testid="batch-apply"
          disabled={offices === 0}
          onClick={() => onApply([...leftOut], offices)}
        >
          {t('imports.batch.apply', { count: offices })}
        </button>
        <button type="button" data-testid="batch-cancel" onClick={onCancel}>
          {t('imports.cancel')}
        </button>
      </div>
    </section>
  );
}

interface RowProps {
  file: string;
  office: BatchOffice;
  /** The file's first office (a data package holds several): it carries the file's checkbox. */
  first: boolean;
  rows: number;
  included: boolean;
  onToggle: (keep: boolean) => void;
}

function OfficeRow({ file, office, first, rows, included, onToggle }: RowProps) {
  const { t } = useTranslation();
  return (
    <tr
      className={included ? undefined : 'left-out'}
      data-testid="batch-row"
      data-status={included ? 'read' : 'left-out'}
    >
      {first && (
        <>
          <td rowSpan={rows}>
            <input
              type="checkbox"
              data-testid="batch-include"
              checked={included}
              onChange={(e) => onToggle(e.target.checked)}
              aria-label={t('imports.batch.includeFile', { file })}
            />
          </td>
          <td rowSpan={rows} className="batch-file">
            {file}
          </td>
        </>
      )}
      <td lang="zh-CN">{office.office}</td>
      <td className="num">{office.units}</td>
      <td>
        {office.replaces === null ? (
          <span className="batch-new">{t('imports.newOffice')}</span>
        ) : (
          <span>
            {t('imports.batch.replaces')} <span lang="zh-CN">{office.replaces}</span>
          </span>
        )}
        <span className="muted small batch-summary">{changeSummaryText(t, office.changes)}</span>
      </td>
      <td>
        {office.warnings.length === 0 ? (
          <span className="muted">{t('imports.batch.noWarnings')}</span>
        ) : (
          <details>
            <summary>{t('imports.batch.warningCount', { count: office.warnings.length })}</summary>
            <ul className="batch-warnings">
              {office.warnings.map((d, i) => (
                <li key={i}>
                  {t('imports.line', { line: d.line })} {d.params ? t(`diagnostics.${d.code}`, d.params) : d.message}
                </li>
              ))}
            </ul>
          </details>
        )}
      </td>
    </tr>
  );
}
