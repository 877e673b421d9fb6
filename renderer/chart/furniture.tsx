// Printed page furniture: the header with the office name and 机构设置图, the footer with
// the data's as-of date and the print date, the optional 内部资料 mark.
import type { OfficeDetail } from '../../shared/types.ts';
import { FOOTER_MM, HEADER_MM } from '../../shared/chart/page.ts';
import { PRINTED_LEGEND } from './strings.ts';

/** The data's as-of date: the source's own date, else the day the source was imported. */
export function asOfDate(office: Pick<OfficeDetail, 'asOf' | 'source'>): string {
  return office.asOf ?? office.source.importedAt.slice(0, 10);
}

export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Every fixed text the printed pages use, so its glyphs are loaded before printing. */
export const PRINTED_LABELS = '机构设置图续页内部资料数据截至打印日期第页共职责清单主要下设机构设置与手册来源资料未列明该的（）：、。　0123456789-/.' + Object.values(PRINTED_LEGEND).join('');

export function InternalMark() {
  return <span className="oa-internal">内部资料</span>;
}

export function PrintHeader({ office, title, internal }: { office: string; title: string; internal: boolean }) {
  return (
    <header className="oa-print-header" style={{ height: `${HEADER_MM}mm` }}>
      <h1>
        {office}
        <span className="oa-print-title">{title}</span>
      </h1>
      {internal && <InternalMark />}
    </header>
  );
}

export function PrintFooter({ asOf, label }: { asOf: string; label: string | null }) {
  return (
    <footer className="oa-print-footer" style={{ height: `${FOOTER_MM}mm` }}>
      <span>
        数据截至：{asOf}　打印日期：{today()}
      </span>
      {label && <span className="oa-tile-label">{label}</span>}
    </footer>
  );
}
