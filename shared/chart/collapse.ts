// Which branches 全部折叠 (collapse all) folds away.
import type { ChartNode } from './types.ts';

/**
 * Every branch below the root, so the office and its first level stay in view (with groups,
 * the 内设机构 and 直属单位 bars). An office whose units have no units of their own has no
 * such branch: there the root itself folds, leaving the office alone, rather than nothing
 * happening.
 */
export function collapseAllKeys(root: ChartNode): Set<string> {
  const keys = new Set<string>();
  const walk = (node: ChartNode): void => {
    for (const child of node.children) {
      if (child.children.length) keys.add(child.key);
      walk(child);
    }
  };
  walk(root);
  if (keys.size === 0 && root.children.length) keys.add(root.key);
  return keys;
}
