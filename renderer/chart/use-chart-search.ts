// The chart's search box asks the app's search (the same call the search view makes, limited
// to this office), so pinyin, initials, traditional script, duty words and people find the
// unit too. Stale answers are dropped; `step` walks through the matches (Enter, Shift+Enter).
import { useEffect, useMemo, useState } from 'react';
import { chartMatches, NO_MATCHES, type ChartSearchResult } from '../../shared/chart/search.ts';
import type { ChartNode } from '../../shared/chart/types.ts';
import type { SearchHit } from '../../shared/types.ts';
import { api } from '../api.ts';

/** Enough hits that a unit matched only by its fifth duty still shows. */
const HIT_LIMIT = 200;

export interface ChartSearch extends ChartSearchResult {
  /** Whether the answer shown is for the query in the box. */
  settled: boolean;
  /** Index in `matches` of the match in focus, or -1. */
  current: number;
  step(by: 1 | -1): void;
}

export function useChartSearch(officeId: number, tree: ChartNode, query: string): ChartSearch {
  const q = query.trim();
  const [answer, setAnswer] = useState<{ query: string; hits: SearchHit[] }>({ query: '', hits: [] });
  const [current, setCurrent] = useState(0);

  useEffect(() => {
    if (!q) return;
    let live = true;
    api.search({ query: q, officeId, limit: HIT_LIMIT }).then(
      (result) => {
        if (!live) return;
        setAnswer({ query: q, hits: result.hits });
        setCurrent(0);
      },
      // A failed search lights nothing; the box stays usable for the next keystroke.
      () => live && setAnswer({ query: q, hits: [] }),
    );
    return () => {
      live = false;
    };
  }, [q, officeId]);

  const settled = !q || answer.query === q;
  // While the next answer is on its way the last one stays lit, so the chart does not flash.
  const result = useMemo(() => (q ? chartMatches(tree, answer.hits) : NO_MATCHES), [q, tree, answer]);
  const count = result.matches.length;
  return {
    ...result,
    settled,
    current: count ? Math.min(current, count - 1) : -1,
    step: (by) => count && setCurrent((c) => (Math.min(c, count - 1) + by + count) % count),
  };
}
