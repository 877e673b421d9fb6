import type { PersonView, SourceInfo } from '../../shared/types.ts';
import { fullWidthPunctuation as zh } from '../../shared/text/punctuation.ts';
import { isTarget, targetProps } from '../hit-target.ts';
import type { ItemTarget } from '../routes.ts';
import { HitTag } from './Marks.tsx';
import { SourceLink } from './SourceLink.tsx';

/** Leaders as "title name"; with `source`, each with its source line on demand; the person a search hit opened is marked. */
export function PeopleList({
  people,
  source,
  target,
}: {
  people: PersonView[];
  source?: SourceInfo;
  target?: ItemTarget;
}) {
  return (
    <ul className="people">
      {people.map((p) => {
        const hit = isTarget(target, ['person'], p.line);
        return (
          <li key={p.id} {...targetProps(hit)}>
            {hit && <HitTag />}
            <span lang="zh-CN">
              <span className="muted">{zh(p.title)}</span> {p.name}
            </span>
            {source && (
              <>
                {' '}
                <SourceLink source={source} line={p.line} />
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
