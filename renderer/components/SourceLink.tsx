// "Where did this come from?": reveals the raw line(s) of the source document on demand,
// so an official can check a duty against the published text, and says where the user
// corrected how a line was read.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { LineCorrection } from '../../shared/corrections/index.ts';
import type { SourceInfo, SourceLine } from '../../shared/types.ts';
import { api } from '../api.ts';

export function SourceLink({ source, line }: { source: SourceInfo; line: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [lines, setLines] = useState<SourceLine[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const panelId = useId();

  const toggle = () => {
    const next = !open;
    setOpen(next);
    if (next && lines === null) {
      api
        .getSourceLines({ sourceId: source.id, from: line, to: line })
        .then(setLines, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
    }
  };

  const action = open ? t('source.hide') : t('source.show');
  // The accessible name starts with the visible text, as voice control users say it.
  const label = t('source.label', { action, file: source.path, line });
  return (
    <span className="source">
      <button
        type="button"
        className="source-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={label}
        title={label}
        onClick={toggle}
      >
        {action}
      </button>
      {open && (
        <span id={panelId} className="source-panel" role="note">
          <span className="source-where">
            {source.path} · {t('source.line', { line })}
          </span>
          {error ? (
            <span className="source-error">{t('source.error', { message: error })}</span>
          ) : (
            lines?.map((l) => (
              <span key={l.line}>
                <code className="source-text" lang="zh-CN">
                  {l.text}
                </code>
                {l.corrected?.map((c, i) => (
                  <span key={i} className="source-corrected" data-testid="source-corrected">
                    {correctionText(t, c)}
                  </span>
                ))}
              </span>
            ))
          )}
        </span>
      )}
    </span>
  );
}

function correctionText(t: TFunction, c: LineCorrection): string {
  switch (c.kind) {
    case 'role':
      return t('source.correctedRole', { role: t(`roles.${c.role}`) });
    case 'merge':
      return c.name
        ? t('source.correctedMergeNamed', { line: c.into, name: c.name })
        : t('source.correctedMerge', { line: c.into });
    case 'split':
      return t('source.correctedSplit', { name: c.name });
  }
}
