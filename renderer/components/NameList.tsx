import type { ReactNode } from 'react';
import { fullWidthPunctuation as zh } from '../../shared/text/punctuation.ts';

/** The other names of an office or unit (nameplates, former names), each row only when it has names. */
export function NameList({
  aliases,
  formerNames,
  labels,
  children,
}: {
  aliases: string[];
  formerNames: string[];
  labels: { aliases: string; formerNames: string };
  children?: ReactNode;
}) {
  return (
    <dl className="names">
      {aliases.length > 0 && (
        <div>
          <dt>{labels.aliases}</dt>
          <dd lang="zh-CN">{zh(aliases.join('、'))}</dd>
        </div>
      )}
      {formerNames.length > 0 && (
        <div>
          <dt>{labels.formerNames}</dt>
          <dd lang="zh-CN">{zh(formerNames.join('、'))}</dd>
        </div>
      )}
      {children}
    </dl>
  );
}
