// Property test of printing at the layout and paginator level (the offices and setups are
// drawn in print-cases.ts). Seeded and bounded so it stays cheap; cases other seeds found
// are kept below as fixed examples. PRINT_PROPERTY_SEED and PRINT_PROPERTY_RUNS try others.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { ChartNode } from '../../../shared/chart/types.ts';
import { holds, officeArb, officeOf, setupArb, u, type Setup } from './print-cases.ts';

const plain: Setup = { orientation: 'portrait', text: 'auto', perRow: 'auto', fit: true, showPeople: false };
const actualSize: Setup = { ...plain, fit: false };

/** Cases other seeds found (shrunk), kept. */
const examples: [ChartNode, Setup][] = [
  // Seed 4: a chain of two units on A4 portrait printed in a band.
  [officeOf([u('综处', [u('综处')])]), plain],
  // Seed 11: at actual size, levels overlapping sideways into a run wider than A4 portrait
  // were printed one page per level (13 pages), and three 接第 N 页 marks of one trunk
  // overlapped on the office's page.
  [
    officeOf([
      u('综处'),
      u(
        '综处',
        [
          u('综处', [u('综处'), u('综处')]),
          u('A处', [u('综处'), u('综处')]),
          u('综处'),
          u('综处', [u('A处'), u('综处')]),
        ],
        'affiliated',
      ),
      u(
        '综机关纪委',
        [
          u('综处', [u('综处')]),
          u('综处', [u('综处'), u('综处')]),
          u('综处', [u('综处'), u('综处'), u('综综综综综综综指挥部')]),
        ],
        'affiliated',
      ),
    ]),
    { ...actualSize, text: 'horizontal' },
  ],
  // Seed 20: at actual size on A4 landscape, a row as wide as the page but for its padding
  // put its last two boxes on a sliver of a sheet too narrow for its two marks.
  [
    officeOf([
      u(
        'A处',
        [
          u('综处', [u('综处'), u('综处'), u('综处')]),
          u('综处', [u('综处')]),
          u('A处', [u('综处'), u('综处'), u('综处')]),
        ],
        'affiliated',
      ),
      u('综纪检监察组'),
      u('综处', [
        u('综综领导小组办公室', [u('A处'), u('A处'), u('综处'), u('综处'), u('综处'), u('综处'), u('综处')]),
        u('综处', [u('综综综综综综综派出所'), u('综处'), u('综处')]),
        u('A处', [u('A处'), u('综处'), u('综处'), u('综处'), u('综处'), u('综综综综A综综综指挥部')]),
      ]),
    ]),
    { ...actualSize, orientation: 'landscape' },
  ],
  // Seed 3: a chart a little taller than A4 landscape, cut in rows by height first and then
  // by width, printed three rows where two would do.
  [
    officeOf([
      u('综处', [u('综处', [u('综综综综综综综指挥部'), u('综处')])], 'affiliated'),
      u('A指挥部', [], 'affiliated'),
      u('综综综综综综综机关党委', [
        u('A处', [u('综处'), u('A处')]),
        u('综处', [u('综处'), u('综处'), u('综综综综综综综综派出所'), u('综处'), u('综处')]),
      ]),
    ]),
    { ...actualSize, orientation: 'landscape', text: 'horizontal' },
  ],
  // Seed 85: a group bar over four wrapped rows, taller than A4 landscape, was cut, and the
  // piece left below the cut was printed alone where the next level fitted with it.
  [
    officeOf([
      u('务委员会'),
      u('6审领后科'),
      u('美划审务规非后划美机关党委'),
      u('传6非传管理委员会'),
      u('T事宣息非息B6机关纪委'),
      u('法亚合务综审宣洲机关党委', [], 'affiliated'),
      u('洲信法I礼外3管理委员会'),
      u('礼规合安9派出所'),
      u('大法息综站', [], 'affiliated'),
      u('事综宣洲合亚机关党委'),
    ]),
    { ...actualSize, orientation: 'landscape', text: 'vertical', perRow: 2 },
  ],
  // Seed 125: at actual size, a column of units under a group bar (perRow 1) taller than
  // A4 landscape was kept whole with its bar as one span, so the row cut went through a box.
  [
    officeOf([u('综处'), u('A处'), u('综综管理委员会'), u('综处'), u('综处', [], 'affiliated')]),
    { ...actualSize, orientation: 'landscape', text: 'vertical', perRow: 1 },
  ],
  // Found with the check that a group bar is printed with a unit of its own: at actual size,
  // the 直属单位 bar over a column of units taller than A4 landscape was left alone at the
  // foot of a sheet, its units on the next.
  [
    officeOf([
      ...['综合0处', '综合1处', '综合2处'].map((n) => u(n)),
      ...['服务0中心', '服务1中心', '服务2中心', '服务3中心', '服务4中心'].map((n) => u(n, [], 'affiliated')),
    ]),
    { ...actualSize, orientation: 'landscape', text: 'vertical', perRow: 1 },
  ],
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
