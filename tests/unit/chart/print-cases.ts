// The random offices and print setups of the property test (print-property.test.ts), and
// what a printed chart must hold: random offices (0–150 units, 1–5 levels, names of 2–30
// characters with Latin letters, digits and brackets, bodies of every group) × paper ×
// orientation × text direction × units per row × fit.
import fc from 'fast-check';
import { expect } from 'vitest';
import { autoLayout } from '../../../shared/chart/auto.ts';
import { officeToChartTree, type GroupLabels } from '../../../shared/chart/model.ts';
import { planPrint } from '../../../shared/chart/page.ts';
import type { ChartLayout, ChartNode, PrintPlan, PrintSetup, TextMode } from '../../../shared/chart/types.ts';
import type { UnitKind, UnitNode } from '../../../shared/types.ts';
import { measure } from './fixtures.ts';
import { checkPrint } from './plan-checks.ts';
import { zh } from '../../../renderer/locales/zh.ts';

const LABELS: GroupLabels = zh.printed.groups;

/** A unit as the generator draws it: its name, its kind, its sub-units. */
export interface Drawn {
  name: string;
  kind: UnitKind;
  units: Drawn[];
}

const HAN = [...'综合人事财务规划外事礼宾领事安全亚洲欧洲美大非后勤服务信息法规宣传监督审批执法'];
const LATIN = [...'ABCITG0123456789'];
const BRACKETS = ['（', '）', '(', ')'];
/** Endings that put a body in each group (groups.ts), and plain ones. */
const ENDINGS = [
  '处',
  '科',
  '中心',
  '派出所',
  '分局',
  '领导小组办公室',
  '委员会',
  '指挥部',
  '管理委员会',
  '站',
  '机关党委',
  '机关纪委',
  '纪检监察组',
  '临时指挥部',
  '（挂牌）',
];

const nameArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...HAN) }, fc.constantFrom(...LATIN, ...BRACKETS)), {
      minLength: 1,
      maxLength: 26,
    }),
    fc.constantFrom(...ENDINGS),
  )
  .map(([chars, end]) => (chars.join('') + end).slice(-30));

/** A tree of at most `levels` levels below the office, 0–30 children a unit. */
function unitsArb(levels: number): fc.Arbitrary<Drawn[]> {
  const unit: fc.Arbitrary<Drawn> = fc
    .tuple(
      nameArb,
      fc.constantFrom<UnitKind>('internal', 'internal', 'affiliated'),
      levels > 1 ? unitsArb(levels - 1) : fc.constant<Drawn[]>([]),
    )
    .map(([name, kind, units]) => ({ name, kind, units }));
  return fc.array(unit, { maxLength: levels > 1 ? 6 : 30 });
}

/** Keeps the office at 150 units at most, dropping the last ones drawn. */
function capped(units: Drawn[], budget = { left: 150 }): Drawn[] {
  const out: Drawn[] = [];
  for (const u of units) {
    if (budget.left <= 0) break;
    budget.left--;
    out.push({ ...u, units: capped(u.units, budget) });
  }
  return out;
}

function toUnitNodes(units: Drawn[], next = { id: 1 }, parentId: number | null = null): UnitNode[] {
  return units.map((u, order) => {
    const id = next.id++;
    return {
      id,
      officeId: 1,
      parentId,
      order,
      name: u.name,
      kind: u.kind,
      label: null,
      line: id,
      aliases: [],
      duties: [],
      people: [],
      units: toUnitNodes(u.units, next, id),
    } as unknown as UnitNode;
  });
}

/** A unit written out by hand (the fixed examples): internal unless said otherwise. */
export const u = (name: string, units: Drawn[] = [], kind: UnitKind = 'internal'): Drawn => ({ name, kind, units });

/** The chart tree of an office holding these units. */
export function officeOf(units: Drawn[]): ChartNode {
  return officeToChartTree({ name: '随机测试办公室', aliases: [], units: toUnitNodes(units) }, LABELS);
}

/** An office's units: 1–5 levels, at most 150 units. */
export const drawnArb: fc.Arbitrary<Drawn[]> = fc
  .integer({ min: 1, max: 5 })
  .chain((levels) => unitsArb(levels))
  .map((units) => capped(units));

export const officeArb = drawnArb.map(officeOf);

export const setupArb = fc.record({
  orientation: fc.constantFrom<PrintSetup['orientation']>('portrait', 'landscape'),
  text: fc.constantFrom<TextMode | 'auto'>('auto', 'horizontal', 'vertical'),
  perRow: fc.oneof(fc.constant<'auto'>('auto'), fc.integer({ min: 1, max: 30 })),
  fit: fc.boolean(),
  showPeople: fc.boolean(),
});
export type Setup = typeof setupArb extends fc.Arbitrary<infer S> ? S : never;

export function printed(
  root: ChartNode,
  s: Setup,
  paper: PrintSetup['paper'],
): { layout: ChartLayout; plan: PrintPlan; setup: PrintSetup } {
  const setup: PrintSetup = { paper, orientation: s.orientation, fitToPage: s.fit, minFontPt: 8 };
  const fixed = {
    ...(s.text === 'auto' ? {} : { textMode: s.text }),
    ...(s.perRow === 'auto' ? {} : { maxPerRow: s.perRow }),
  };
  const base = { fontPx: 14, showPeople: s.showPeople, collapsed: new Set<string>() };
  const layout = autoLayout(root, measure, base, setup, fixed);
  return { layout, plan: planPrint(layout, setup), setup };
}

/** Every promise of a printed chart (checkPrint), on A4 and A3, and A3 type never smaller. */
export function holds(root: ChartNode, s: Setup): void {
  const a4 = printed(root, s, 'A4');
  const a3 = printed(root, s, 'A3');
  checkPrint(a4.layout, a4.plan, a4.setup);
  checkPrint(a3.layout, a3.plan, a3.setup);
  // A3 may print a chart on one page at a little less than A4 tiles it at (page.ts).
  if (a3.plan.tiles.length >= a4.plan.tiles.length)
    expect(a3.plan.minFontPt, 'A3 type at least A4 type').toBeGreaterThanOrEqual(a4.plan.minFontPt - 1e-9);
}
