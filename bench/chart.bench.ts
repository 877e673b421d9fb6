// Chart benchmarks. In Node: layout of a 3,000-box chart (measured boxes, d3-hierarchy tidy
// tree) beside a naive baseline that places boxes top-down and resolves overlaps by
// comparing each box with every box already placed on its level (O(n²)). In Chromium
// (playwright-core against the built renderer on the browser host, when both exist):
// first paint of the seed chart after opening #/chart, and print-to-PDF of it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layoutChart } from '../shared/chart/layout.ts';
import { boxRuns, sizeBox } from '../shared/chart/box.ts';
import type { ChartNode, LayoutOptions, MeasureText } from '../shared/chart/types.ts';
import { measure, randomTree } from '../tests/unit/chart/fixtures.ts';
import { medianAndP95 as percentiles } from './percentile.ts';
import { startWebHost, type WebHost } from './web-host.ts';

const root = join(import.meta.dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
const log = (s: string) => process.stderr.write(`chart bench: ${s}\n`);

/** The runner starts Node with --expose-gc: collecting before each run charges every run
 *  with its own garbage only, not with what earlier runs left behind. */
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function timeRuns(n: number, fn: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    gc();
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times;
}

/** The naive baseline: same measured boxes; each level filled in tree order, every new box
 *  centred under its parent's slot and pushed right past any box already on its level that
 *  it overlaps (one pass over the level: O(n²) comparisons). */
function naiveLayout(tree: ChartNode, measureText: MeasureText, options: LayoutOptions): number {
  const gap = options.fontPx;
  const levels: { x: number; w: number }[][] = [];
  const place = (node: ChartNode, depth: number, centre: number, isRoot: boolean): void => {
    const { width } = sizeBox(
      boxRuns(node, options.fontPx, isRoot, options.showPeople, false, measureText),
      options.fontPx,
      false,
      measureText,
    );
    const level = (levels[depth] ??= []);
    let x = centre - width / 2;
    for (const other of level) {
      if (x < other.x + other.w + gap && other.x < x + width + gap) x = other.x + other.w + gap;
    }
    level.push({ x, w: width });
    const kids = node.children;
    kids.forEach((kid, i) => place(kid, depth + 1, x + width / 2 + (i - (kids.length - 1) / 2) * (width + gap), false));
  };
  place(tree, 0, 0, true);
  return levels.length;
}

/** A provincial-department-shaped tree: 25 units, 10 sections each, the rest as leaves. */
function officeShapedTree(size: number): ChartNode {
  const node = (id: number, name: string): ChartNode => ({
    key: `u${id}`,
    unitId: id,
    name,
    aliases: [],
    people: [],
    children: [],
  });
  const tree: ChartNode = { key: 'office', unitId: null, name: '基准测试厅', aliases: [], people: [], children: [] };
  let id = 1;
  for (let u = 0; u < 25; u++) tree.children.push(node(id++, `第${u + 1}业务处`));
  for (const unit of tree.children)
    for (let s = 0; s < 10; s++) unit.children.push(node(id++, `${unit.name}第${s + 1}科`));
  const sections = tree.children.flatMap((u) => u.children);
  for (let i = 0; id < size; i++) sections[i % sections.length]!.children.push(node(id++, `岗位${id}`));
  return tree;
}

async function layoutBench(): Promise<object[]> {
  const options: LayoutOptions = {
    textMode: 'horizontal',
    maxPerRow: Infinity,
    fontPx: 14,
    showPeople: true,
    collapsed: new Set(),
  };
  const shapes: [string, ChartNode][] = [
    ['office-shaped (25 units × 10 sections × leaves)', officeShapedTree(3000)],
    ['random (depth up to ~35)', randomTree(3000, 2026)],
  ];
  return shapes.map(([shape, tree]) => {
    timeRuns(5, () => layoutChart(tree, measure, options)); // warm-up
    const ours = percentiles(timeRuns(60, () => layoutChart(tree, measure, options)));
    const naive = percentiles(timeRuns(20, () => naiveLayout(tree, measure, options)));
    log(`layout 3000 boxes, ${shape}: p95 ${ours.p95Ms} ms vs naive ${naive.p95Ms} ms`);
    return {
      bench: 'chart-layout',
      boxes: 3000,
      shape,
      ...ours,
      targetMs: 50,
      withinTarget: ours.p95Ms <= 50,
      baseline: 'naive top-down placement, O(n²) overlap checks per level',
      baselineP50Ms: naive.p50Ms,
      baselineP95Ms: naive.p95Ms,
      ratio: Math.round((naive.p95Ms / ours.p95Ms) * 10) / 10,
    };
  });
}

/** Starts the browser host on a fresh database built from data/ by the real CLI. */
function startHost(dir: string): Promise<WebHost> {
  const db = join(dir, 'bench.db');
  const sources = readdirSync(join(root, 'data'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(root, 'data', f));
  execFileSync(process.execPath, [join(root, 'bin', 'orgatlas.mjs'), 'import', ...sources, '--db', db], {
    cwd: root,
    stdio: 'ignore',
  });
  return startWebHost(db);
}

async function browserBench(): Promise<object[]> {
  if (!existsSync(CHROMIUM) || !existsSync(join(root, 'out', 'renderer', 'index.html'))) {
    const note = 'skipped: needs /usr/bin/chromium and a built renderer (npm run build)';
    log(note);
    return [
      { bench: 'chart-first-paint', note },
      { bench: 'chart-pdf', note },
    ];
  }
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'orgatlas-chart-bench-'));
  const { origin, stop } = await startHost(dir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${origin}/#/chart`);
    await page.waitForSelector('[data-testid=org-chart][data-ready=true]', { timeout: 60_000 });
    // First paint: the app is loaded; from opening #/chart (data fetched through the API,
    // layout, React render) to the frame that shows the chart.
    const paints: number[] = [];
    for (let i = 0; i < 12; i++) {
      await page.evaluate('location.hash = "#/"');
      await page.waitForSelector('[data-testid=org-chart]', { state: 'detached' });
      paints.push(
        await page.evaluate(`new Promise((resolve) => {
          const t0 = performance.now();
          const done = () => requestAnimationFrame(() => resolve(performance.now() - t0));
          const seen = () => document.querySelector('[data-testid=org-chart] [data-testid=chart-box]');
          const observer = new MutationObserver(() => { if (seen()) { observer.disconnect(); done(); } });
          observer.observe(document.body, { childList: true, subtree: true });
          location.hash = '#/chart';
        })`),
      );
    }
    await page.waitForSelector('[data-testid=print-root][data-ready=true]', { state: 'attached' });
    const pdfs: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t = performance.now();
      await page.pdf({ preferCSSPageSize: true });
      pdfs.push(performance.now() - t);
    }
    const paint = percentiles(paints.slice(2));
    const pdf = percentiles(pdfs.slice(1));
    log(`first paint p95 ${paint.p95Ms} ms, PDF p95 ${pdf.p95Ms} ms`);
    const note = 'Chromium via playwright-core on the browser host; a loaded machine inflates these';
    return [
      {
        bench: 'chart-first-paint',
        office: 'seed (9 units)',
        runs: paints.length - 2,
        ...paint,
        targetMs: 200,
        withinTarget: paint.p95Ms <= 200,
        note,
      },
      {
        bench: 'chart-pdf',
        office: 'seed (9 units)',
        runs: pdfs.length - 1,
        ...pdf,
        targetMs: 1000,
        withinTarget: pdf.p95Ms <= 1000,
        note,
      },
    ];
  } finally {
    await browser.close();
    await stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<object[]> {
  return [...(await layoutBench()), ...(await browserBench())];
}
