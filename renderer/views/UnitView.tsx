// One unit: its names, numbered duties, people, sub-units, its place in the office
// (breadcrumb), neighbours, and the source line of each item on demand.
import { useTranslation } from 'react-i18next';
import { dutyItemCount } from '../../shared/duty-items.ts';
import { fullWidthPunctuation as zh } from '../../shared/text/punctuation.ts';
import { api } from '../api.ts';
import { DutyList } from '../components/DutyList.tsx';
import { RepeatedLabelMark } from '../components/Marks.tsx';
import { NameList } from '../components/NameList.tsx';
import { PeopleList } from '../components/PeopleList.tsx';
import { Section } from '../components/Section.tsx';
import { SourceLink } from '../components/SourceLink.tsx';
import { Status } from '../components/Status.tsx';
import { UnitLink } from '../components/UnitLink.tsx';
import { chartHref } from '../chart/params.ts';
import { href, type ItemTarget } from '../router.ts';
import { useApi } from '../use-api.ts';
import { useViewHeading } from '../view-focus.ts';

export function UnitView({ id, target }: { id: number; target?: ItemTarget }) {
  const { t } = useTranslation();
  const loaded = useApi(() => api.getUnit({ unitId: id }), [id]);
  const targetKey = target ? `:${target.kind}:${target.line}:${target.text ?? ''}` : '';
  const headingRef = useViewHeading(loaded.status === 'ready' ? `unit:${id}${targetKey}` : null);
  if (loaded.status !== 'ready') return <Status state={loaded} />;
  const detail = loaded.value;
  const { unit, source, siblings } = detail;
  const repeated = new Set(detail.repeatedLabelLines);
  const at = siblings.findIndex((s) => s.id === unit.id);
  const prev = at > 0 ? siblings[at - 1] : undefined;
  const next = at >= 0 && at < siblings.length - 1 ? siblings[at + 1] : undefined;

  return (
    <article className="unit-view" aria-labelledby="unit-title">
      <nav aria-label={t('unit.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <a href={href.office(detail.office.id)} lang="zh-CN">
              {zh(detail.office.name)}
            </a>
          </li>
          {detail.path.map((p) => (
            <li key={p.id}>
              <UnitLink unit={p} />
            </li>
          ))}
          <li aria-current="page" lang="zh-CN">
            {zh(unit.name)}
          </li>
        </ol>
      </nav>

      <header className="page-head">
        <h1 id="unit-title" ref={headingRef} tabIndex={-1}>
          {unit.label && (
            <span className="title-label" aria-hidden="true" lang="zh-CN">
              {unit.label}
            </span>
          )}
          {unit.label && repeated.has(unit.line) && <RepeatedLabelMark label={unit.label} />}
          <span lang="zh-CN">{zh(unit.name)}</span>
        </h1>
        <NameList
          aliases={unit.aliases}
          formerNames={unit.formerNames}
          labels={{ aliases: t('unit.aliases'), formerNames: t('unit.formerNames') }}
        >
          <div>
            <dt>{t('unit.kind')}</dt>
            <dd className={`unit-kind unit-kind-${unit.kind}`}>{t(`unitKind.${unit.kind}`)}</dd>
          </div>
          <div>
            <dt>{t('unit.heading')}</dt>
            <dd>
              <SourceLink source={source} line={unit.line} />
            </dd>
          </div>
        </NameList>
        <p className="print-actions">
          <a
            className="print-link"
            href={chartHref({ office: detail.office.id, sheet: 'unit', unit: unit.id })}
            data-testid="print-duty-sheet"
          >
            {t('unit.printSheet')}
          </a>
        </p>
      </header>

      <div className="unit-grid-layout">
        <Section id="unit-duties" title={t('unit.duties')} count={dutyItemCount(unit.duties)} className="unit-main">
          {unit.duties.length > 0 ? (
            <DutyList duties={unit.duties} source={source} clauses target={target} repeated={repeated} />
          ) : (
            <p className="muted">{t('unit.noDuties')}</p>
          )}
        </Section>
        <aside className="unit-side" aria-label={t('unit.related')}>
          {unit.people.length > 0 && (
            <Section id="unit-people" title={t('unit.people')}>
              <PeopleList people={unit.people} source={source} target={target} />
            </Section>
          )}
          {unit.units.length > 0 && (
            <Section id="unit-subunits" title={t('unit.subunits')}>
              <ul className="plain-list">
                {unit.units.map((u) => (
                  <li key={u.id}>
                    <UnitLink unit={u} />
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <Section id="unit-siblings" title={t('unit.siblings')}>
            <ul className="sibling-list">
              {siblings.map((s) => (
                <li key={s.id}>
                  {s.id === unit.id ? (
                    <span aria-current="page" lang="zh-CN">
                      {zh(s.name)}
                    </span>
                  ) : (
                    <UnitLink unit={s} />
                  )}
                </li>
              ))}
            </ul>
          </Section>
        </aside>
      </div>

      {(prev || next) && (
        <nav className="pager" aria-label={t('unit.pager')}>
          {prev ? (
            <a href={href.unit(prev.id)} rel="prev">
              ← {t('unit.prev', { name: zh(prev.name) })}
            </a>
          ) : (
            <span />
          )}
          {next && (
            <a href={href.unit(next.id)} rel="next">
              {t('unit.next', { name: zh(next.name) })} →
            </a>
          )}
        </nav>
      )}
    </article>
  );
}
