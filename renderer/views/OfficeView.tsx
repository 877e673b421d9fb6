// One office as published: names, intro, main duties, internal units (内设机构) then
// affiliated ones (直属单位) as cards in source order, leaders, honours, address and contacts, with the source of every item on demand.
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { dutyItemCount } from '../../shared/duty-items.ts';
import { honorShown } from '../../shared/text/honor-date.ts';
import { fullWidthPunctuation as zh } from '../../shared/text/punctuation.ts';
import type { OfficeDetail, OfficeSummary, UnitNode } from '../../shared/types.ts';
import { api } from '../api.ts';
import { DutyList } from '../components/DutyList.tsx';
import { HitTag, RepeatedLabelMark } from '../components/Marks.tsx';
import { NameList } from '../components/NameList.tsx';
import { PeopleList } from '../components/PeopleList.tsx';
import { Section } from '../components/Section.tsx';
import { SourceLink } from '../components/SourceLink.tsx';
import { Status } from '../components/Status.tsx';
import { chartHref } from '../chart/params.ts';
import { isTarget, targetProps } from '../hit-target.ts';
import { repeatedLabelLines } from '../../shared/repeated-labels.ts';
import { href, type ItemTarget } from '../router.ts';
import { useApi } from '../use-api.ts';
import { useViewHeading } from '../view-focus.ts';

export function OfficeView({ id, offices, target }: { id: number; offices: OfficeSummary[]; target?: ItemTarget }) {
  const loaded = useApi(() => api.getOffice({ officeId: id }), [id]);
  const targetKey = target ? `:${target.kind}:${target.line}:${target.text ?? ''}` : '';
  const headingRef = useViewHeading(loaded.status === 'ready' ? `office:${id}${targetKey}` : null);
  if (loaded.status !== 'ready') return <Status state={loaded} />;
  const office = loaded.value;
  return (
    <article className="office-view" aria-labelledby="office-title">
      {offices.length > 1 && <OfficeSwitcher offices={offices} current={id} />}
      <OfficeHeader office={office} headingRef={headingRef} />
      <OfficeBody office={office} target={target} />
    </article>
  );
}

function OfficeSwitcher({ offices, current }: { offices: OfficeSummary[]; current: number }) {
  const { t } = useTranslation();
  return (
    <nav className="office-switcher" aria-label={t('office.switcher')}>
      <ul>
        {offices.map((o) => (
          <li key={o.id}>
            <a href={href.office(o.id)} aria-current={o.id === current ? 'page' : undefined} lang="zh-CN">
              {zh(o.name)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function OfficeHeader({
  office,
  headingRef,
}: {
  office: OfficeDetail;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  return (
    <header className="page-head">
      <h1 id="office-title" ref={headingRef} tabIndex={-1} lang="zh-CN">
        {zh(office.name)}
      </h1>
      <NameList
        aliases={office.aliases}
        formerNames={office.formerNames}
        labels={{ aliases: t('office.aliases'), formerNames: t('office.formerNames') }}
      />
      <p className="muted small">
        {t('office.source', { file: office.source.path, lines: office.source.lineCount })}
        {office.asOf && <> · {t('office.asOf', { date: office.asOf })}</>}
        {' · '}
        <a href={href.history(office.name)} className="history-link" data-testid="office-history">
          {t('nav.history')}
        </a>
      </p>
      <p className="print-actions">
        <a className="print-link" href={chartHref({ office: office.id, sheet: 'booklet' })} data-testid="print-booklet">
          {t('office.printBooklet')}
        </a>
      </p>
    </header>
  );
}

function OfficeBody({ office, target }: { office: OfficeDetail; target?: ItemTarget }) {
  const { t } = useTranslation();
  const repeated = repeatedLabelLines(office.diagnostics);
  // The office's own divisions (内设机构) and the bodies under it (直属单位) are listed apart.
  const internal = office.units.filter((u) => u.kind === 'internal');
  const affiliated = office.units.filter((u) => u.kind === 'affiliated');
  return (
    <div className="office-grid">
      <div className="office-main">
        {office.summary.length > 0 && (
          <Section id="office-summary" title={t('office.summary')}>
            {office.summary.map((p, i) => (
              <p key={i} className="prose" lang="zh-CN">
                {zh(p)}
              </p>
            ))}
          </Section>
        )}
        <UnitSection id="office-units" title={t('office.units')} units={internal} repeated={repeated} />
        {affiliated.length > 0 && (
          <UnitSection id="office-affiliated" title={t('office.affiliated')} units={affiliated} repeated={repeated} />
        )}
        {office.duties.length > 0 && (
          <Section id="office-duties" title={t('office.duties')} count={office.duties.length}>
            <DutyList duties={office.duties} source={office.source} target={target} repeated={repeated} />
          </Section>
        )}
      </div>
      <aside className="office-side" aria-label={t('office.contacts')}>
        {office.people.length > 0 && (
          <Section id="office-people" title={t('office.people')}>
            <PeopleList people={office.people} target={target} />
          </Section>
        )}
        {(office.address || office.contacts.length > 0) && (
          <Section id="office-contacts" title={t('office.contacts')}>
            <dl className="contacts">
              {office.address && !office.contacts.some((c) => c.value === office.address) && (
                <div {...targetProps(isTarget(target, ['contact'], 1))}>
                  <dt>{t('office.address')}</dt>
                  <dd lang="zh-CN">{zh(office.address)}</dd>
                </div>
              )}
              {office.contacts.map((c) => {
                const hit = isTarget(target, ['contact'], c.line);
                return (
                  <div key={c.id} {...targetProps(hit)}>
                    <dt lang="zh-CN">
                      {hit && <HitTag />}
                      {c.label}
                    </dt>
                    <dd lang="zh-CN">
                      {zh(c.value)} <SourceLink source={office.source} line={c.line} />
                    </dd>
                  </div>
                );
              })}
            </dl>
          </Section>
        )}
        {office.honors.length > 0 && (
          <Section id="office-honors" title={t('office.honors')}>
            <ul className="honors">
              {office.honors.map((h) => {
                const shown = honorShown(h);
                const hit = isTarget(target, ['honor'], h.line);
                return (
                  <li key={h.id} {...targetProps(hit)}>
                    {hit && <HitTag />}
                    {shown.date && <time className="honor-date">{shown.date}</time>}
                    <span lang="zh-CN">{zh(shown.text)}</span>
                  </li>
                );
              })}
            </ul>
          </Section>
        )}
      </aside>
    </div>
  );
}

function UnitSection({
  id,
  title,
  units,
  repeated,
}: {
  id: string;
  title: string;
  units: UnitNode[];
  repeated: ReadonlySet<number>;
}) {
  return (
    <Section id={id} title={title} count={units.length}>
      <ul className="unit-grid">
        {units.map((unit) => (
          <li key={unit.id}>
            <UnitCard unit={unit} labelRepeated={repeated.has(unit.line)} />
          </li>
        ))}
      </ul>
    </Section>
  );
}

function UnitCard({ unit, labelRepeated }: { unit: UnitNode; labelRepeated: boolean }) {
  const { t } = useTranslation();
  const firstDuty = unit.duties[0]?.text;
  return (
    <a className={`unit-card unit-card-${unit.kind}`} href={href.unit(unit.id)}>
      <span className="unit-card-head">
        {unit.label && (
          <span className="unit-label" lang="zh-CN">
            {unit.label}
          </span>
        )}
        {unit.label && labelRepeated && <RepeatedLabelMark label={unit.label} />}
        <span className="unit-name" lang="zh-CN">
          {zh(unit.name)}
        </span>
      </span>
      {unit.aliases.length > 0 && (
        <span className="unit-aliases" lang="zh-CN">
          {zh(unit.aliases.join('、'))}
        </span>
      )}
      {firstDuty && (
        <span className="unit-excerpt" lang="zh-CN">
          {zh(firstDuty)}
        </span>
      )}
      <span className="unit-meta">
        {t('office.unitDuties', { count: dutyItemCount(unit.duties) })}
        {unit.people.length > 0 && <> · {t('office.unitPeople', { count: unit.people.length })}</>}
        {unit.units.length > 0 && (
          <>
            {' '}
            · {t('unit.subunits')} {unit.units.length}
          </>
        )}
      </span>
    </a>
  );
}
