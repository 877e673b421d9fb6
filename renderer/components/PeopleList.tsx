import type { PersonView, SourceInfo } from '../../shared/types.ts';
import { SourceLink } from './SourceLink.tsx';

/** Leaders as "title name"; with `source`, each with its source line on demand. */
export function PeopleList({ people, source }: { people: PersonView[]; source?: SourceInfo }) {
  return (
    <ul className="people">
      {people.map((p) => (
        <li key={p.id}>
          <span lang="zh-CN">
            <span className="muted">{p.title}</span> {p.name}
          </span>
          {source && (
            <>
              {' '}
              <SourceLink source={source} line={p.line} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
