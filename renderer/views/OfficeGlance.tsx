// The empty search box's companion: every loaded office at a glance, its units one click
// (or Tab + Enter) away. Drawn from the office list the top bar already loaded: no call.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { fullWidthPunctuation as zh } from '../../shared/text/punctuation.ts';
import { RepeatedLabelMark } from '../components/Marks.tsx';
import type { OfficeSummary } from '../../shared/types.ts';
import { href } from '../router.ts';

const MAX_OFFICES = 12;

/** Memoised: it stays up while the first answer is on its way, and that keystroke need not redraw it. */
export const OfficeGlance = memo(function OfficeGlance({ offices }: { offices: OfficeSummary[] }) {
  const { t } = useTranslation();
  if (offices.length === 0) return <p className="notice">{t('state.noOffices')}</p>;
  return (
    <section className="glance" aria-labelledby="glance-title">
      <h2 id="glance-title" className="section-title">
        {t('glance.title')}
      </h2>
      {offices.slice(0, MAX_OFFICES).map((office) => (
        <GlanceCard key={office.id} office={office} />
      ))}
      {offices.length > MAX_OFFICES && (
        <p>
          <a href={href.directory()}>{t('directory.browseAll', { count: offices.length })}</a>
        </p>
      )}
    </section>
  );
});

function GlanceCard({ office }: { office: OfficeSummary }) {
  const { t } = useTranslation();
  const affiliated = office.units.filter((u) => u.kind === 'affiliated').length;
  const repeated = new Set(office.repeatedLabelLines);
  return (
    <article className="glance-card" aria-labelledby={`glance-${office.id}`}>
      <header className="glance-head">
        <h3 id={`glance-${office.id}`} lang="zh-CN">
          <a href={href.office(office.id)}>{zh(office.name)}</a>
        </h3>
        <p className="muted">
          {t('glance.units', { count: office.units.length - affiliated })}
          {affiliated > 0 && <> · {t('glance.affiliated', { count: affiliated })}</>}
          {' · '}
          {t('glance.duties', { count: office.dutyCount })}
          {office.aliases.length > 0 && (
            <>
              {' · '}
              <span lang="zh-CN">{office.aliases.join('、')}</span>
            </>
          )}
        </p>
      </header>
      <ul className="glance-units">
        {office.units.map((unit) => (
          <li key={unit.id}>
            <a href={href.unit(unit.id)} className={`glance-unit glance-unit-${unit.kind}`} lang="zh-CN">
              {unit.label && <span className="glance-label">{unit.label}</span>}
              {unit.label && repeated.has(unit.line) && <RepeatedLabelMark label={unit.label} />}
              {zh(unit.name)}
              {unit.kind === 'affiliated' && <span className="sr-only">（{t('unitKind.affiliated')}）</span>}
            </a>
          </li>
        ))}
      </ul>
    </article>
  );
}
