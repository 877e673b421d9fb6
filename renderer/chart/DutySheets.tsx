// The unit duty sheet (职责清单: one unit on A4 portrait) and the whole-office booklet
// (cover, chart, the office's duties, then every unit's duties), numbered by @page rules.
import type { ReactNode } from 'react';
import type { DutyView, OfficeDetail, PersonView, UnitNode } from '../../shared/types.ts';
import { asOfDate, InternalMark, today } from './furniture.tsx';

export function unitsInOrder(units: UnitNode[]): UnitNode[] {
  return [...units].sort((a, b) => a.order - b.order).flatMap((u) => [u, ...unitsInOrder(u.units)]);
}

interface SheetProps {
  office: OfficeDetail;
  name: string;
  title: string;
  aliases: string[];
  people: PersonView[];
  duties: DutyView[];
  subUnits: UnitNode[];
  internal: boolean;
}

/** One duty: its own label (or its position), and its clauses as a bulleted list when it has
 *  several — bullets, not numbers, so the printed sheet does not read "1. 1. …". */
function Duty({ duty, index }: { duty: DutyView; index: number }) {
  return (
    <li>
      <span className="oa-duty-label">{duty.label ? `${duty.label}、` : `${index + 1}.`}</span>
      {duty.clauses.length > 1 ? (
        <ul className="oa-duty-clauses">
          {duty.clauses.map((c, i) => (
            <li key={i}>{c}</li>
          ))}
        </ul>
      ) : (
        duty.text
      )}
    </li>
  );
}

function DutySheet({ office, name, title, aliases, people, duties, subUnits, internal }: SheetProps) {
  return (
    <section className="oa-sheet" data-testid="duty-sheet">
      <header className="oa-sheet-header">
        <span>{office.name}</span>
        <span className="oa-sheet-meta">
          数据截至：{asOfDate(office)}　打印日期：{today()}
          {internal && <InternalMark />}
        </span>
      </header>
      <h1 className="oa-sheet-title">
        {name}
        <span className="oa-print-title">{title}</span>
      </h1>
      {aliases.length > 0 && <p className="oa-sheet-aliases">（{aliases.join('、')}）</p>}
      {people.length > 0 && <p className="oa-sheet-people">{people.map((p) => `${p.title}：${p.name}`).join('　')}</p>}
      {duties.length > 0 ? (
        <ol className="oa-sheet-duties">
          {duties.map((d, i) => (
            <Duty key={d.id} duty={d} index={i} />
          ))}
        </ol>
      ) : (
        <p>（来源资料未列明该机构的职责。）</p>
      )}
      {subUnits.length > 0 && <p className="oa-sheet-sub">下设：{[...subUnits].sort((a, b) => a.order - b.order).map((u) => u.name).join('、')}</p>}
    </section>
  );
}

function UnitSheet({ office, unit, internal }: { office: OfficeDetail; unit: UnitNode; internal: boolean }) {
  return (
    <DutySheet
      office={office}
      name={unit.name}
      title="职责清单"
      aliases={unit.aliases}
      people={unit.people}
      duties={unit.duties}
      subUnits={unit.units}
      internal={internal}
    />
  );
}

export function UnitDutySheet({ office, unitId, internal }: { office: OfficeDetail; unitId: number; internal: boolean }) {
  const unit = unitsInOrder(office.units).find((u) => u.id === unitId);
  if (!unit) return <p className="oa-sheet" role="alert">{office.name}没有编号为 {unitId} 的处室。</p>;
  return <UnitSheet office={office} unit={unit} internal={internal} />;
}

export function Booklet({ office, internal, chart }: { office: OfficeDetail; internal: boolean; chart: ReactNode }) {
  return (
    <>
      <section className="oa-sheet oa-cover" data-testid="booklet-cover">
        {internal && <InternalMark />}
        <h1>{office.name}</h1>
        {office.aliases.length > 0 && <p>（{office.aliases.join('、')}）</p>}
        <p className="oa-cover-title">机构设置与职责手册</p>
        <p>数据截至：{asOfDate(office)}</p>
        <p>打印日期：{today()}</p>
      </section>
      {chart}
      <DutySheet
        office={office}
        name={office.name}
        title="主要职责"
        aliases={[]}
        people={office.people}
        duties={office.duties}
        subUnits={[]}
        internal={internal}
      />
      {unitsInOrder(office.units).map((u) => (
        <UnitSheet key={u.id} office={office} unit={u} internal={internal} />
      ))}
    </>
  );
}
