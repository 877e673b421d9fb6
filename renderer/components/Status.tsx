import { useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import type { Loaded } from '../use-api.ts';

/** What a view shows while its data is loading or when it failed. */
export function Status({ state }: { state: Exclude<Loaded<unknown>, { status: 'ready' }> }) {
  const { t } = useTranslation();
  if (state.status === 'loading')
    return (
      <p className="status" aria-busy="true">
        {t('state.loading')}
      </p>
    );
  return (
    <div className="status status-error">
      <h1 tabIndex={-1} data-view-heading>
        {state.notFound ? t('state.notFound') : t('state.error', { message: state.message })}
      </h1>
      <p>
        <a href={href.search()}>{t('state.backToSearch')}</a>
      </p>
    </div>
  );
}
