// Property test of printing at the layout and paginator level (the offices and setups are
// drawn in print-cases.ts). Seeded and bounded so it stays cheap; cases other seeds found
// are kept below as fixed examples. PRINT_PROPERTY_SEED and PRINT_PROPERTY_RUNS try others.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { ChartNode } from '../../../shared/chart/types.ts';
import { holds, officeArb, officeOf, setupArb, u, type Setup } from './print-cases.ts';

const plain: Setup = { orientation: 'portrait', text: 'auto', perRow: 'auto', fit: true, showPeople: false };

/** Cases other seeds found (shrunk), kept. */
const examples: [ChartNode, Setup][] = [
  // Seed 4: a chain of two units on A4 portrait printed in a band.
  [officeOf([u('综处', [u('综处')])]), plain],
];

describe('printing random offices on random setups', () => {
  it('keeps every promise (seeded)', () => {
    fc.assert(
      fc.property(officeArb, setupArb, (root, s) => holds(root, s)),
      {
        examples,
        seed: Number(process.env.PRINT_PROPERTY_SEED ?? 20261202),
        numRuns: Number(process.env.PRINT_PROPERTY_RUNS ?? 30),
      },
    );
  });
});
