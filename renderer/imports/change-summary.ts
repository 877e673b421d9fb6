// A change summary (shared/diff/summary.ts) in the UI's language: the stored counts, worded
// part by part through the locale, so an English UI shows no Chinese summary line.
import type { TFunction } from 'i18next';
import { UNIT_CHANGES, type ChangeSummary } from '../../shared/diff/summary.ts';

export function changeSummaryText(t: TFunction, changes: ChangeSummary, restoredFrom: number | null = null): string {
  const line = changesLine(t, changes);
  return restoredFrom === null ? line : t('changes.restored', { number: restoredFrom, changes: line });
}

function changesLine(t: TFunction, changes: ChangeSummary): string {
  if (changes.kind === 'first') {
    return t('changes.first', {
      units: t('changes.unitCount', { count: changes.units }),
      duties: t('changes.dutyCount', { count: changes.duties }),
    });
  }
  const parts: string[] = [];
  if (changes.renamedTo !== null) parts.push(t('changes.renamedTo', { name: changes.renamedTo }));
  for (const [field] of UNIT_CHANGES) {
    if (changes[field] > 0) parts.push(t(`changes.${field}`, { count: changes[field] }));
  }
  if (changes.duties > 0) parts.push(t('changes.duties', { count: changes.duties }));
  return parts.length ? parts.join(t('changes.separator')) : t('changes.none');
}
