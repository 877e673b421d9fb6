// The directory with 500 offices loaded, and the search filters, in Chromium on a browser
// host of its own: the 500-office test directory (bench/directory.ts) goes into a second
// database, so the other specs keep their two-office one. Expected counts come from what the
// generator's templates meant (province, level), never from the app's own reading.
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DirectoryDocument } from '../../bench/directory.ts';
import { buildDirectoryDatabase, startWebHost, type WebHost } from '../../bench/web-host.ts';

const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      await use();
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

test.describe.configure({ mode: 'serial' });

let dir: string;
let docs: DirectoryDocument[];
let host: WebHost;

test.beforeAll(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'browser', 'runs against a browser host of its own');
  test.setTimeout(180_000);
  dir = mkdtempSync(join(tmpdir(), 'orgatlas-e2e-directory-'));
  docs = buildDirectoryDatabase(dir, join(dir, 'directory.db'));
  host = await startWebHost(join(dir, 'directory.db'));
});

test.afterAll(async () => {
  await host?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const open = (page: Page, route: string) => page.goto(`${host.origin}/#${route}`);
const count = (pred: (d: DirectoryDocument) => boolean) => docs.filter(pred).length;
const byName = (name: string) => docs.find((d) => d.name === name.trim());
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`) });

test('the directory counts 500 offices by province, and its filter narrows them', async ({ page }) => {
  await open(page, '/directory');
  await expect(page.getByTestId('directory-count')).toHaveText('500 个机构');
  for (const province of new Set(docs.flatMap((d) => d.province ?? []))) {
    await expect(page.locator(`[data-testid=directory-province][data-name="${province}"]`), province).toHaveAttribute(
      'data-count',
      String(count((d) => d.province === province)),
    );
  }
  // The national bodies are an area of their own, listed first, holding their offices only.
  const national = page.getByTestId('directory-province').first();
  await expect(national).toHaveAttribute('data-national', 'true');
  await expect(national).toHaveAttribute('data-count', String(count((d) => d.level === 'national')));
  await expect(page.getByTestId('directory-region').first()).toHaveAttribute('data-national', 'true');
  // Virtualised: only the rows in view (and a few more) are in the page.
  expect(await page.getByTestId('directory-office').count()).toBeLessThan(60);
  await shot(page, 'directory');

  // Chinese substring: every library, and the levels they are at.
  await page.getByTestId('directory-filter').fill('图书馆');
  const libraries = count((d) => d.name.includes('图书馆'));
  await expect(page.getByTestId('directory-count')).toHaveText(`显示 ${libraries} / 500 个机构`);
  await page.locator('[data-testid=directory-province]:not([data-national])').first().click();
  const province = await page.locator('[data-testid=directory-province][aria-pressed=true]').getAttribute('data-name');
  const levelCounts = await page
    .getByTestId('directory-level')
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-level'), Number(e.getAttribute('data-count'))] as const),
    );
  const expected = new Map<string, number>();
  for (const d of docs)
    if (d.province === province && d.name.includes('图书馆')) expected.set(d.level, (expected.get(d.level) ?? 0) + 1);
  const shown = new Map<string, number>();
  for (const [level, n] of levelCounts) shown.set(level!, (shown.get(level!) ?? 0) + n);
  expect(shown).toEqual(expected);

  // Initials: 教育局 is jyj.
  await page.getByRole('button', { name: /全部地区/ }).click();
  await page.getByTestId('directory-filter').fill('jyj');
  // The list follows the box a moment later (a deferred value): wait for the narrowed list.
  const names = () => page.locator('[data-testid=directory-office] a[lang]').allTextContents();
  await expect
    .poll(
      async () => {
        const shown = await names();
        return shown.length > 3 && shown.every((n) => n.includes('教育'));
      },
      { message: 'jyj finds the education bureaus, and only them' },
    )
    .toBe(true);
  await shot(page, 'directory-filter-initials');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('the virtualised list scrolls to an office far down, and opening it shows the office', async ({ page }) => {
  await open(page, '/directory');
  // The province listed last holds the rows at the bottom of the list.
  const last = await page.locator('[data-testid=directory-province]').last().getAttribute('data-name');
  const lastRegion = page.locator(`[data-testid=directory-region][data-name="${last}"]`);
  const list = page.getByTestId('directory-list');
  await list.hover();
  // Rows just below the view are rendered too (overscan): scroll until the region is in view.
  const inView = () =>
    lastRegion.evaluateAll((els) =>
      els.some((el) => {
        const box = el.getBoundingClientRect();
        const view = el.closest('[data-testid=directory-list]')!.getBoundingClientRect();
        return box.top >= view.top && box.bottom <= view.bottom;
      }),
    );
  // Down to the end of the list, then up in steps shorter than the list's height, so the
  // region's heading (which a long region scrolls out of view) cannot be passed over.
  await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  for (let i = 0; i < 300 && !(await inView()); i++) await page.mouse.wheel(0, -150);
  await expect(lastRegion).toBeInViewport();
  expect(await list.evaluate((el) => el.scrollTop)).toBeGreaterThan(10_000);
  expect(await page.getByTestId('directory-office').count()).toBeLessThan(60);
  const target = page
    .locator('[data-testid=directory-office]')
    .filter({ has: page.locator('a[lang]') })
    .last();
  const name = (await target.locator('a[lang]').textContent())!;
  expect(byName(name)?.province).toBe(last);
  await shot(page, 'directory-scrolled');
  await target.locator('a[lang]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
});

test('search filters are chips kept in the address, and restrict the results', async ({ page }) => {
  await open(page, `/?q=${encodeURIComponent('档案')}`);
  await expect(page.getByTestId('search-hit').first()).toBeVisible();

  await page.getByTestId('filter-level').selectOption('county');
  await expect(page).toHaveURL(/level=county/);
  await page.getByTestId('filter-region').fill('江西省');
  await expect(page).toHaveURL(/region=%E6%B1%9F%E8%A5%BF%E7%9C%81/);
  await expect(page.getByTestId('filter-chip')).toHaveCount(2);

  // The URL changes as the new search starts; the view marks its results when they are in.
  const officesShown = async () => {
    await expect(page.locator('[data-results-for="档案"]')).toBeAttached();
    await expect(page.getByTestId('search-hit').first()).toBeVisible();
    // Every row drawn: the rows below the window wait for a pause in typing.
    await expect(page.locator('.results[data-complete="true"]')).toBeAttached();
    return page
      .getByTestId('office-section')
      .evaluateAll((els) => els.map((e) => e.querySelector('.office-section-title')!.firstChild!.textContent!));
  };
  const restricted = await officesShown();
  expect(restricted.length).toBeGreaterThan(1);
  for (const office of restricted)
    expect([office, byName(office)?.province, byName(office)?.level]).toEqual([office, '江西省', 'county']);
  await shot(page, 'search-filters');

  await page.reload();
  await expect(page.getByTestId('filter-chip')).toHaveCount(2);
  await expect(page.getByTestId('search-input')).toHaveValue('档案');
  expect(await officesShown()).toEqual(restricted);

  // Keep to one office; then drop the level chip and the office stays.
  const option = page.getByTestId('filter-office-option').first();
  const officeId = await option.getAttribute('data-office-id');
  await option.click();
  await expect(page).toHaveURL(new RegExp(`office=${officeId}`));
  await expect(page.locator('[data-results-for="档案"]')).toBeAttached();
  const hitOffices = await page
    .getByTestId('search-hit')
    .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-office-id')))]);
  expect(hitOffices).toEqual([officeId]);
  await page.locator('[data-testid=filter-chip][data-filter=level] button').click();
  await expect(page).not.toHaveURL(/level=/);
  await expect(page).toHaveURL(new RegExp(`office=${officeId}`));
});

test('results from several offices are grouped by office, best office first', async ({ page }) => {
  await open(page, `/?q=${encodeURIComponent('教育局 办公室')}`);
  await expect(page.getByTestId('office-section').first()).toBeVisible();
  const sections = await page.getByTestId('office-section').evaluateAll((els) =>
    els.map((e) => ({
      id: e.getAttribute('data-office-id'),
      hits: [...e.querySelectorAll('[data-testid=search-hit]')].map((h) => h.getAttribute('data-office-id')),
    })),
  );
  expect(sections.length).toBeGreaterThan(1);
  expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
  for (const s of sections) expect(new Set(s.hits)).toEqual(new Set([s.id]));
  // The first hit in the page (the best one) opens the first office's section.
  const first = await page.getByTestId('search-hit').first().getAttribute('data-office-id');
  expect(first).toBe(sections[0]!.id);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await shot(page, 'search-grouped');
});

test('a wide answer fills the window in its first frame, then lists every hit; arrow keys reach one far down', async ({
  page,
}) => {
  await open(page, '/');
  const input = page.getByTestId('search-input');
  await input.waitFor();
  // At the moment an answer is committed: how many hits, and how far down the last one ends.
  const firstFrameOf = async (query: string) => {
    await page.evaluate(`(() => {
      const view = document.querySelector('.search-view');
      new MutationObserver((_, observer) => {
        if (view.getAttribute('data-results-for') !== ${JSON.stringify(query)}) return;
        observer.disconnect();
        const hits = document.querySelectorAll('[data-testid=search-hit]');
        window.__firstFrame = { hits: hits.length, bottom: hits[hits.length - 1].getBoundingClientRect().bottom };
      }).observe(view, { attributes: true, attributeFilter: ['data-results-for'] });
    })()`);
    await input.fill(query);
    // Every office has a 科 and a 办(公室), and the answer holds 50 hits (the search view's limit).
    await expect(page.getByTestId('search-hit')).toHaveCount(50);
    return page.evaluate<{ hits: number; bottom: number }>('window.__firstFrame');
  };
  // The first answer, and one drawn below the list as the first left it (sized from its place).
  for (const query of ['科', '办']) {
    const first = await firstFrameOf(query);
    expect(first.hits).toBeGreaterThan(0);
    expect(first.hits).toBeLessThan(50);
    expect(first.bottom).toBeGreaterThanOrEqual(page.viewportSize()!.height);
  }
  for (let i = 0; i < 40; i++) await input.press('ArrowDown');
  const selected = page.locator('[data-testid=search-hit][aria-selected=true]');
  await expect(selected).toHaveAttribute('id', /-hit-40$/);
  await expect(selected).toBeInViewport();
  await expect(input).toHaveAttribute('aria-activedescendant', (await selected.getAttribute('id'))!);
  // Before typing pauses only a screenful is drawn; the selection wrapping round to the last hit
  // draws the rest at once (checked as the key is released, not once the pause has drawn it).
  await input.fill('科');
  await expect(page.locator('[data-results-for=科]')).toBeAttached();
  await page.evaluate(`document.getElementById('search-input').addEventListener('keyup', (e) => {
    window.__wrapped = !!document.getElementById(e.target.getAttribute('aria-activedescendant'));
  }, { once: true })`);
  await input.press('ArrowUp');
  expect(await page.evaluate('window.__wrapped')).toBe(true);
  await expect(selected).toHaveAttribute('id', /-hit-49$/);
  await expect(selected).toBeInViewport();
});

test('at 200% zoom the rows grow with the text and nothing overflows sideways', async ({ page }) => {
  await open(page, '/directory');
  await expect(page.getByTestId('directory-office').first()).toBeVisible();
  for (let i = 0; i < 6; i++) await page.keyboard.press('Control+Equal');
  await expect(page.locator('html')).toHaveAttribute('style', /font-size: 200%/);
  expect(
    await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'),
  ).toBeLessThanOrEqual(0);
  // Each office row holds its name and its line of details, and no row overlaps the next.
  const boxes = await page.locator('.directory-row').evaluateAll((els) =>
    els.map((el) => {
      const row = el.getBoundingClientRect();
      const content = el.firstElementChild!.getBoundingClientRect();
      return { top: row.top, bottom: row.bottom, contentHeight: content.height };
    }),
  );
  expect(boxes.length).toBeGreaterThan(3);
  for (const box of boxes) expect(box.contentHeight).toBeLessThanOrEqual(box.bottom - box.top + 1);
  const sorted = [...boxes].sort((a, b) => a.top - b.top);
  for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.top).toBeGreaterThanOrEqual(sorted[i - 1]!.bottom - 1);
  await shot(page, 'directory-zoom200');
});
