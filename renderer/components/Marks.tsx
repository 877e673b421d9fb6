// Small marks on items of an office or unit page: the item a search hit opened, and a
// number that repeats the previous item's in the source (shown as written, flagged quietly).
import { useTranslation } from 'react-i18next';

/** Visible and read out at the start of the item the search hit pointed at. */
export function HitTag() {
  const { t } = useTranslation();
  return <span className="hit-target-tag">{t('unit.hitTarget')}</span>;
}

/** A quiet warning after a label that repeats the previous item's number. */
export function RepeatedLabelMark({ label }: { label: string }) {
  const { t } = useTranslation();
  const text = t('unit.repeatedLabel', { label });
  return (
    <span className="label-warning" title={text} data-testid="repeated-label">
      <span aria-hidden="true">!</span>
      <span className="sr-only">{text}</span>
    </span>
  );
}
