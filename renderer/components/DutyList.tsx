import type { DutyView, SourceInfo } from '../../shared/types.ts';
import { fullWidthPunctuation as zh } from '../../shared/text/punctuation.ts';
import { isTarget, targetClause, targetProps } from '../hit-target.ts';
import type { ItemTarget } from '../routes.ts';
import { Highlight } from './Highlight.tsx';
import { HitTag, RepeatedLabelMark } from './Marks.tsx';
import { SourceLink } from './SourceLink.tsx';

/** Where the hit's clause sits in a duty shown as one paragraph (full-width display keeps offsets). */
function clauseRange(duty: DutyView, target: ItemTarget | undefined): [number, number][] {
  const clause = duty.clauses[targetClause(target, duty.line, duty.clauses)]?.trim();
  const at = clause ? duty.text.indexOf(clause) : -1;
  return clause && at >= 0 ? [[at, at + clause.length]] : [];
}

/**
 * Duties as a numbered list, each with its own numbering as written and its source line.
 * With `clauses`, a duty written as one long paragraph (as units' duties usually are) is
 * shown clause by clause, which is how officials scan for "who handles X". The item a
 * search hit opened (`target`) is marked; so is a number the source repeats.
 */
export function DutyList({
  duties,
  source,
  clauses = false,
  target,
  repeated,
}: {
  duties: DutyView[];
  source: SourceInfo;
  clauses?: boolean;
  target?: ItemTarget;
  repeated?: ReadonlySet<number>;
}) {
  return (
    <ol className="duties">
      {duties.map((duty, i) => {
        const split = clauses && duty.clauses.length > 1;
        const hitClause = split ? targetClause(target, duty.line, duty.clauses) : -1;
        const hitDuty = hitClause < 0 && isTarget(target, ['duty'], duty.line);
        return (
          <li key={duty.id} {...targetProps(hitDuty)}>
            <span className="duty-label" aria-hidden="true" lang="zh-CN">
              {duty.label ?? String(i + 1)}
            </span>
            {duty.label && repeated?.has(duty.line) && <RepeatedLabelMark label={duty.label} />}
            {split ? (
              <div className="duty-body">
                {hitDuty && <HitTag />}
                <ul className="clauses" lang="zh-CN">
                  {duty.clauses.map((clause, j) => (
                    <li key={j} {...targetProps(j === hitClause)}>
                      {j === hitClause && <HitTag />}
                      {zh(clause)}
                    </li>
                  ))}
                </ul>
                <SourceLink source={source} line={duty.line} />
              </div>
            ) : (
              <p className="duty-body">
                {hitDuty && <HitTag />}
                <span lang="zh-CN">
                  <Highlight text={zh(duty.text)} matches={hitDuty ? clauseRange(duty, target) : []} />
                </span>{' '}
                <SourceLink source={source} line={duty.line} />
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
