import type { DutyView, SourceInfo } from '../../shared/types.ts';
import { SourceLink } from './SourceLink.tsx';

/** Duties as a numbered list, each with its own numbering as written and its source line. */
export function DutyList({ duties, source }: { duties: DutyView[]; source: SourceInfo }) {
  return (
    <ol className="duties">
      {duties.map((duty, i) => (
        <li key={duty.id}>
          <span className="duty-label" aria-hidden="true">
            {duty.label ?? String(i + 1)}
          </span>
          <p className="duty-body">
            <span lang="zh-CN">{duty.text}</span> <SourceLink source={source} line={duty.line} />
          </p>
        </li>
      ))}
    </ol>
  );
}
