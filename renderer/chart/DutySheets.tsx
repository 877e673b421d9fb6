// The unit duty sheet (职责清单: one unit on A4 portrait) and the whole-office booklet
// (cover, chart, then every unit's duties), both numbered by the @page rules.
import type { ReactNode } from 'react';
import type { OfficeDetail, UnitNode } from '../../shared/types.ts';
import { asOfDate, InternalMark, today } from './furniture.tsx';

export function unitsInOrder(units: UnitNode[]): UnitNode[] {
  return [...units].sort((a, b) => a.order - b.order).flatMap((u) => [u, ...unitsInOrder(u.units)]);
}

function DutySheet({ office, unit, internal }: { office: OfficeDetail; unit: UnitNode; internal: boolean }) {
  return (
    <section className="oa-sheet" data-testid="duty-sheet">
      <header className="oa-sheet-header">
        <span>{office.name}</span>
        {internal && <InternalMark />}
      </header>
      <h1 className="oa-sheet-title">
        {unit.name}
        <span className="oa-print-title">职责清单</span>
      </h1>
      {unit.aliases.length > 0 && <p className="oa-sheet-aliases">（{unit.aliases.join('、')}）</p>}
      {unit.people.length > 0 && (
        <p className="oa-sheet-people">
          {unit.people.map((p) => `${p.title}：${p.name}`).join('　')}
        </p>
      )}
      {unit.duties.length > 0 ? (
        <ol className="oa-sheet-duties">
          {unit.duties.map((d, i) => (
            <li key={d.id}>
              <span className="oa-duty-label">{d.label ? `${d.label}、` : `${i + 1}.`}</span>
              {d.text}
            </li>
          ))}
        </ol>
      ) : (
        <p>（来源资料未列明该机构的职责。）</p>
      )}
      {unit.units.length > 0 && (
        <p className="oa-sheet-sub">下设：{[...unit.units].sort((a, b) => a.order - b.order).map((u) => u.name).join('、')}</p>
      )}
      <p className="oa-sheet-dates">
        数据截至：{asOfDate(office)}　打印日期：{today()}
      </p>
    </section>
  );
}

export function UnitDutySheet({ office, unitId, internal }: { office: OfficeDetail; unitId: number; internal: boolean }) {
  const unit = unitsInOrder(office.units).find((u) => u.id === unitId);
  if (!unit) return null;
  return <DutySheet office={office} unit={unit} internal={internal} />;
}

/** Cover, then `chart` (the chart pages), then each unit's duty sheet in tree order. */
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
      {unitsInOrder(office.units).map((u) => (
        <DutySheet key={u.id} office={office} unit={u} internal={internal} />
      ))}
    </>
  );
}
