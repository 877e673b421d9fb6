// "This replaces office X": for a document whose office name is not stored, which stored
// office it is a new version of (renamed, merged), so its history goes on under the new name;
// or none, a new office. The preview's own finding is the default, with why it was found.
import { useTranslation } from 'react-i18next';
import type { SameOffice } from '../../shared/imports/same-office.ts';
import { api } from '../api.ts';
import { useApi } from '../use-api.ts';

export function SameOfficeChoice({
  office,
  sameOffice,
  onChoose,
}: {
  office: string;
  sameOffice: SameOffice | null;
  onChoose: (office: string | null) => void;
}) {
  const { t } = useTranslation();
  const offices = useApi(() => api.listOffices({}), []);
  const names = offices.status === 'ready' ? offices.value.map((o) => o.name).filter((n) => n !== office) : [];
  if (names.length === 0 && !sameOffice) return null;
  return (
    <div className="same-office" data-testid="same-office">
      <label>
        {t('imports.replacesLabel')}{' '}
        <select
          data-testid="replace-office"
          value={sameOffice?.office ?? ''}
          onChange={(e) => onChoose(e.target.value || null)}
          lang="zh-CN"
        >
          <option value="">{t('imports.replacesNone')}</option>
          {names.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      {sameOffice && (
        <p className="muted small" data-testid="same-office-why">
          {t(`imports.replacesWhy.${sameOffice.reason}`, { office: sameOffice.office })}
        </p>
      )}
    </div>
  );
}
