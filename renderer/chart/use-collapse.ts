// Folded branches of the on-screen chart: one branch at a time, all at once, and a folded
// branch opens by itself when a search match is inside it.
import { useEffect, useState } from 'react';
import { collapseAllKeys } from '../../shared/chart/collapse.ts';
import { ancestorsOf } from '../../shared/chart/search.ts';
import type { ChartNode } from '../../shared/chart/types.ts';

export function useCollapse(tree: ChartNode, matches: readonly string[]) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());

  useEffect(() => {
    const hiding = ancestorsOf(tree, new Set(matches));
    setCollapsed((now) =>
      [...hiding].some((k) => now.has(k)) ? new Set([...now].filter((k) => !hiding.has(k))) : now,
    );
  }, [tree, matches]);

  return {
    collapsed,
    toggle: (key: string) =>
      setCollapsed((now) => {
        const next = new Set(now);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    expandAll: () => setCollapsed(new Set()),
    collapseAll: () => setCollapsed(collapseAllKeys(tree)),
  };
}
