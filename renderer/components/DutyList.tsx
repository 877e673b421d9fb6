import type { DutyView, SourceInfo } from '../../shared/types.ts';
import { SourceLink } from './SourceLink.tsx';

/**
 * Duties as a numbered list, each with its own numbering as written and its source line.
 * With `clauses`, a duty written as one long paragraph (as units' duties usually are) is
 * shown clause by clause, which is how officials scan for "who handles X".
 */
export function DutyList({
  duties,
  source,
  clauses = false,
}: {
  duties: DutyView[];
  source: SourceInfo;
  clauses?: boolean;
}) {
  return (
    <ol className="duties">
      {duties.map((duty, i) => (
        <li key={duty.id}>
          <span className="duty-label" aria-hidden="true" lang="zh-CN">
            {duty.label ?? String(i + 1)}
          </span>
          {clauses && duty.clauses.length > 1 ? (
            <div className="duty-body">
              <ul className="clauses" lang="zh-CN">
                {duty.clauses.map((clause, j) => (
                  <li key={j}>{clause}</li>
                ))}
              </ul>
              <SourceLink source={source} line={duty.line} />
            </div>
          ) : (
            <p className="duty-body">
              <span lang="zh-CN">{duty.text}</span> <SourceLink source={source} line={duty.line} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
