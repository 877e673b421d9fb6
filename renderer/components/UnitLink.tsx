import { fullWidthPunctuation as zh } from '../../shared/text/punctuation.ts';
import { href } from '../router.ts';

/** A link to a unit's view, by its (Chinese) name. */
export function UnitLink({ unit }: { unit: { id: number; name: string } }) {
  return (
    <a href={href.unit(unit.id)} lang="zh-CN">
      {zh(unit.name)}
    </a>
  );
}
