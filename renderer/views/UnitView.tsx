// One unit: its names, numbered duties, people, sub-units, its place in the office
// (breadcrumb), neighbours, and the source line of each item on demand.
import { useTranslation } from 'react-i18next';
import type { OfficeDetail, UnitDetail, UnitNode } from '../../shared/types.ts';
import { api } from '../api.ts';
import { DutyList } from '../components/DutyList.tsx';
import { SourceLink } from '../components/SourceLink.tsx';
import { Status } from '../components/Status.tsx';
import { href } from '../router.ts';
import { useApi } from '../use-api.ts';
import { useViewHeading } from '../view-focus.ts';

async function loadUnit(unitId: number): Promise<{ detail: UnitDetail; office: OfficeDetail }> {
  const detail = await api.getUnit({ unitId });
  return { detail, office: await api.getOffice({ officeId: detail.office.id }) };
}

function findSiblings(units: UnitNode[], unit: UnitNode): UnitNode[] {
  if (unit.parentId === null) return units;
  for (const u of units) {
    if (u.id === unit.parentId) return u.units;
    const found = findSiblings(u.units, unit);
    if (found.length) return found;
  }
  return [];
}

export function UnitView({ id }: { id: number }) {
  const { t } = useTranslation();
  const loaded = useApi(() => loadUnit(id), [id]);
  const headingRef = useViewHeading(loaded.status === 'ready' ? `unit:${id}` : null);
  if (loaded.status !== 'ready') return <Status state={loaded} />;
  const { detail, office } = loaded.value;
  const { unit, source } = detail;
  const siblings = findSiblings(office.units, unit);
  const at = siblings.findIndex((s) => s.id === unit.id);
  const prev = at > 0 ? siblings[at - 1] : undefined;
  const next = at >= 0 && at < siblings.length - 1 ? siblings[at + 1] : undefined;

  return (
    <article className="unit-view" aria-labelledby="unit-title">
      <nav aria-label={t('unit.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <a href={href.office(detail.office.id)} lang="zh-CN">
              {detail.office.name}
            </a>
          </li>
          {detail.path.map((p) => (
            <li key={p.id}>
              <a href={href.unit(p.id)} lang="zh-CN">
                {p.name}
              </a>
            </li>
          ))}
          <li aria-current="page" lang="zh-CN">
            {unit.name}
          </li>
        </ol>
      </nav>

      <header className="page-head">
        <h1 id="unit-title" ref={headingRef} tabIndex={-1}>
          {unit.label && (
            <span className="title-label" aria-hidden="true">
              {unit.label}
            </span>
          )}
          <span lang="zh-CN">{unit.name}</span>
        </h1>
        <dl className="names">
          {unit.aliases.length > 0 && (
            <div>
              <dt>{t('unit.aliases')}</dt>
              <dd lang="zh-CN">{unit.aliases.join('、')}</dd>
            </div>
          )}
          {unit.formerNames.length > 0 && (
            <div>
              <dt>{t('unit.formerNames')}</dt>
              <dd lang="zh-CN">{unit.formerNames.join('、')}</dd>
            </div>
          )}
          <div>
            <dt>{t('unit.heading')}</dt>
            <dd>
              <SourceLink source={source} line={unit.line} />
            </dd>
          </div>
        </dl>
      </header>

      <div className="unit-grid-layout">
        <section aria-labelledby="unit-duties" className="unit-main">
          <h2 id="unit-duties" className="section-title">
            {t('unit.duties')} <span className="count">{unit.duties.length}</span>
          </h2>
          {unit.duties.length > 0 ? <DutyList duties={unit.duties} source={source} clauses /> : <p className="muted">{t('unit.noDuties')}</p>}
        </section>
        <aside className="unit-side" aria-label={t('unit.related')}>
          {unit.people.length > 0 && (
            <section aria-labelledby="unit-people">
              <h2 id="unit-people" className="section-title">
                {t('unit.people')}
              </h2>
              <ul className="people">
                {unit.people.map((p) => (
                  <li key={p.id}>
                    <span lang="zh-CN">
                      <span className="muted">{p.title}</span> {p.name}
                    </span>{' '}
                    <SourceLink source={source} line={p.line} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          {unit.units.length > 0 && (
            <section aria-labelledby="unit-subunits">
              <h2 id="unit-subunits" className="section-title">
                {t('unit.subunits')}
              </h2>
              <ul className="plain-list">
                {unit.units.map((u) => (
                  <li key={u.id}>
                    <a href={href.unit(u.id)} lang="zh-CN">
                      {u.name}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="unit-siblings">
            <h2 id="unit-siblings" className="section-title">
              {t('unit.siblings')}
            </h2>
            <ul className="sibling-list">
              {siblings.map((s) => (
                <li key={s.id}>
                  {s.id === unit.id ? (
                    <span aria-current="page" lang="zh-CN">
                      {s.name}
                    </span>
                  ) : (
                    <a href={href.unit(s.id)} lang="zh-CN">
                      {s.name}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>

      {(prev || next) && (
        <nav className="pager" aria-label={t('unit.pager')}>
          {prev ? (
            <a href={href.unit(prev.id)} rel="prev">
              ← {t('unit.prev', { name: prev.name })}
            </a>
          ) : (
            <span />
          )}
          {next && (
            <a href={href.unit(next.id)} rel="next">
              {t('unit.next', { name: next.name })} →
            </a>
          )}
        </nav>
      )}
    </article>
  );
}
