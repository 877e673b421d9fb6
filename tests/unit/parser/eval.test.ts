// The parser against hand-written expectations: every check of every tuning document must
// pass; the held-out set (written independently, when present) must stay above a floor.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeMisses, scoreFolder } from '../../parser-eval/score.ts';
import { ROOT } from './helpers.ts';

const TUNE = `${ROOT}tests/parser-eval/tune`;
const TEST = `${ROOT}tests/parser-eval/test`;

describe('parser evaluation', () => {
  it('meets every expectation of the tuning documents', async () => {
    const { summary, documents } = await scoreFolder(TUNE);
    expect(summary.documents).toBeGreaterThanOrEqual(25);
    expect(describeMisses(documents)).toEqual([]);
  });

  it.runIf(existsSync(TEST))('scores at least 0.85 (micro) on the held-out documents', async () => {
    const { summary, documents } = await scoreFolder(TEST);
    expect(summary.micro, describeMisses(documents).join('\n')).toBeGreaterThanOrEqual(0.85);
  });
});
