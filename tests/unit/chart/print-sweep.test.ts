// Every print promise (plan-checks.ts, through print-cases.ts's holds: A4 and A3, A3 type
// never smaller) over offices of shapes the matrix does not have (sweep-offices.ts) × both
// orientations × every text direction × units per row (auto, 1, 2, 3, 4, 7, 30) × fit on
// and off. Each office takes the default setup and a seeded sample of the rest, so the
// test stays within seconds; PRINT_SWEEP_ALL=1 takes every combination, PRINT_SWEEP_SEED
// draws other offices.
import { describe, it } from 'vitest';
import { mulberry32 } from '../../../shared/random.ts';
import { holds, officeOf, type Setup } from './print-cases.ts';
import { sweepOffices } from './sweep-offices.ts';

const GRID: Setup[] = (['portrait', 'landscape'] as const).flatMap((orientation) =>
  (['auto', 'horizontal', 'vertical'] as const).flatMap((text) =>
    (['auto', 1, 2, 3, 4, 7, 30] as const).flatMap((perRow) =>
      [true, false].map((fit) => ({ orientation, text, perRow, fit, showPeople: false })),
    ),
  ),
);
const SAMPLE = 12;
/** Every combination of the 150-unit office can take over a minute on a busy machine. */
const ALL_TIMEOUT = process.env.PRINT_SWEEP_ALL ? 600_000 : undefined;

function sample(seed: number): Setup[] {
  if (process.env.PRINT_SWEEP_ALL) return GRID;
  const random = mulberry32(seed);
  const picked = new Set<number>([0, 1]);
  picked.add(GRID.findIndex((s) => s.orientation === 'landscape'));
  while (picked.size < SAMPLE) picked.add(Math.floor(random() * GRID.length));
  return [...picked].map((i) => GRID[i]!);
}

describe('print setups over offices beyond the matrix', () => {
  sweepOffices(Number(process.env.PRINT_SWEEP_SEED ?? 20261202)).forEach((office, i) => {
    it(
      `${office.label}: every promise on A4 and A3`,
      () => {
        const root = officeOf(office.units);
        for (const setup of sample(20261202 + i)) holds(root, setup);
      },
      ALL_TIMEOUT,
    );
  });
});
