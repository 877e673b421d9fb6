// Walking the app: search -> unit -> back with the keyboard alone, deep links that survive
// a reload, the office and unit views with their provenance, office switching, zoom.
import { expect, search, seed, test } from './fixtures.ts';

test('keyboard path: search, ↓ and Enter open the unit, Alt+← comes back, Alt+→ returns', async ({ page, gotoApp }) => {
  await gotoApp('/');
  await search(page, '领事');
  const hits = page.getByTestId('search-hit');
  await page.keyboard.press('ArrowDown');
  const chosen = (await hits.nth(1).getAttribute('data-unit')) || seed.office;
  const kind = await hits.nth(1).getAttribute('data-kind');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/(unit|office)\/\d+(\?kind=\w+&line=\d+.*)?$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(chosen);
  // Focus lands on the item the hit matched (a duty, a person), or on the heading for a name.
  const focused =
    kind === 'unit' || kind === 'office' ? page.getByRole('heading', { level: 1 }) : page.locator('[data-hit-target]');
  await expect(focused).toBeFocused();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByTestId('search-input')).toBeFocused();
  await expect(page.getByTestId('search-input')).toHaveValue('领事');
  await expect(hits.first()).toBeVisible();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(chosen);
});

test('the mouse back and forward buttons walk the history', async ({ page, gotoApp }) => {
  await gotoApp('/');
  await page.getByRole('region', { name: '机构一览' }).getByRole('link', { name: '欧洲处' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('欧洲处');
  await page.locator('main').dispatchEvent('mouseup', { button: 3 });
  await expect(page.getByTestId('search-input')).toBeVisible();
  await page.locator('main').dispatchEvent('mouseup', { button: 4 });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('欧洲处');
});

test('deep links to an office, a unit and a search survive a reload', async ({ page, gotoApp }) => {
  await gotoApp('/');
  await page.getByRole('region', { name: '机构一览' }).getByRole('link', { name: '直属机关党委' }).click();
  await expect(page).toHaveURL(/#\/unit\/\d+$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('直属机关党委');
  await page.getByRole('navigation', { name: '所在位置' }).getByRole('link', { name: seed.office }).click();
  await expect(page).toHaveURL(/#\/office\/\d+$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.office);
  await gotoApp('/?q=%E6%8A%A4%E7%85%A7');
  await page.reload();
  await expect(page.getByTestId('search-input')).toHaveValue('护照');
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
  await gotoApp('/unit/999999');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面。');
  await gotoApp('/no/such/route');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面。');
});

test('the office view: names, intro, numbered duties, units in source order, honours, address', async ({
  page,
  gotoApp,
}) => {
  await gotoApp('/');
  await page.getByRole('region', { name: '机构一览' }).getByRole('link', { name: seed.office }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(seed.office);
  const names = main.locator('dl.names');
  await expect(names.getByRole('definition').first()).toContainText('省政府港澳事务办公室');
  await expect(names).toContainText('江西省人民政府外事侨务办公室');
  await expect(main.getByRole('region', { name: '简介' })).toContainText('加挂省政府港澳事务办公室牌子');
  const duties = main.getByRole('region', { name: /主要职责/ }).getByRole('listitem');
  await expect(duties).toHaveCount(9);
  await expect(duties.first()).toContainText('坚持和加强党对全省对外工作的集中统一领导');
  await expect(duties.last()).toContainText('完成省委、省政府交办的其他任务。');
  const cards = main.getByRole('region', { name: /内设机构/ }).getByRole('link');
  await expect(cards).toHaveCount(9);
  for (const [i, name] of seed.unitsShown.entries()) await expect(cards.nth(i)).toContainText(name);
  await expect(main.getByText('江西省第十五届文明单位', { exact: false })).toBeVisible();
  await expect(main.getByText('南昌市苏圃路157号')).toBeVisible();
});

test('the unit view: breadcrumb, aliases, numbered duties, people, source line on demand', async ({
  page,
  gotoApp,
}) => {
  await gotoApp('/');
  const glance = page.getByRole('region', { name: '机构一览' });
  await glance.getByRole('link', { name: '亚洲处' }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toContainText('亚洲处');
  await expect(main.getByRole('heading', { level: 1 })).not.toContainText('省港澳事务处');
  await expect(main.getByText('省港澳事务处')).toBeVisible();
  await expect(main.getByRole('navigation', { name: '所在位置' })).toContainText(seed.office);
  // One duty paragraph in the source, shown clause by clause (split at ; and 。).
  const duties = main.locator('ol.duties > li');
  await expect(duties).toHaveCount(1);
  const clauses = duties.first().locator('ul.clauses > li');
  await expect(clauses).toHaveCount(7);
  await expect(clauses.first()).toHaveText('负责与亚洲国际及国际组织的交流工作');
  await expect(clauses.nth(5)).toHaveText('贯彻执行党和国家港澳工作政策法规');
  await expect(clauses.last()).toHaveText('负责统筹、指导我省与港澳各领域的交流合作');

  await gotoApp('/');
  await glance.getByRole('link', { name: '直属机关党委' }).click();
  await expect(main.getByRole('heading', { level: 1 })).toContainText('直属机关党委');
  const people = main.getByRole('region', { name: '人员' });
  await expect(people).toContainText('专职副书记');
  await expect(people).toContainText('顾健红');
  // The person's source: line 31 of the seed file, shown as published.
  await people.getByRole('button', { name: /第 31 行/ }).click();
  await expect(people.getByRole('note')).toContainText('000_8d796a1540accf81.txt');
  await expect(people.getByRole('note')).toContainText('专职副书记:顾健红');
  // Previous / next among the sibling units.
  await main.getByRole('link', { name: /下一个：机关后勤服务中心/ }).click();
  await expect(main.getByRole('heading', { level: 1 })).toContainText('机关后勤服务中心');
});

test('several offices: the office view switches between them', async ({ page, gotoApp }) => {
  await gotoApp('/');
  await page.getByRole('link', { name: '机构概览' }).click();
  const switcher = page.getByRole('navigation', { name: '切换机构' });
  await expect(switcher.getByRole('link')).toHaveText([seed.office, seed.secondOffice]);
  await switcher.getByRole('link', { name: seed.secondOffice }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.secondOffice);
  await expect(
    page
      .getByRole('main')
      .getByRole('region', { name: /内设机构/ })
      .getByRole('link'),
  ).toHaveCount(3);
  await expect(switcher.getByRole('link', { name: seed.secondOffice })).toHaveAttribute('aria-current', 'page');
});

test('an office with a 直属单位 section lists that unit apart, and its unit view says so', async ({
  page,
  gotoApp,
}) => {
  await gotoApp('/');
  await page.getByRole('link', { name: '机构概览' }).click();
  await page.getByRole('navigation', { name: '切换机构' }).getByRole('link', { name: seed.secondOffice }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('region', { name: /内设机构/ }).getByRole('link')).toHaveText([
    /办公室/,
    /国民经济核算处/,
    /工业交通统计处/,
  ]);
  const affiliated = main.getByRole('region', { name: /直属单位/ });
  await expect(affiliated.getByRole('heading', { level: 2 })).toHaveText('直属单位 1');
  await expect(affiliated.getByRole('link')).toHaveCount(1);
  await affiliated.getByRole('link', { name: /南昌市统计数据管理中心/ }).click();
  await expect(main.getByRole('heading', { level: 1 })).toContainText('南昌市统计数据管理中心');
  await expect(main.locator('dt', { hasText: '类别' }).locator('+ dd')).toHaveText('直属单位');
  // Its siblings are the office's other affiliated units (none here), not its divisions.
  await expect(main.getByRole('region', { name: '同级机构' }).getByRole('listitem')).toHaveText([
    '南昌市统计数据管理中心',
  ]);
  await expect(main.getByRole('navigation', { name: '上一个与下一个同级机构' })).toHaveCount(0);
});

test('the top bar leads to the office in view: its chart from one of its units, the last one viewed from search', async ({
  page,
  gotoApp,
}) => {
  await gotoApp('/');
  const topnav = page.getByRole('navigation', { name: '主导航' });
  const chartHeading = page.getByRole('main').getByRole('heading', { level: 1 });
  // Nothing viewed yet: the first office.
  await topnav.getByRole('link', { name: '机构设置图' }).click();
  await expect(chartHeading).toContainText(seed.office);
  await topnav.getByRole('link', { name: '机构概览' }).click();
  await page.getByRole('navigation', { name: '切换机构' }).getByRole('link', { name: seed.secondOffice }).click();
  await page
    .getByRole('main')
    .getByRole('region', { name: /直属单位/ })
    .getByRole('link', { name: /南昌市统计数据管理中心/ })
    .click();
  await expect(page).toHaveURL(/#\/unit\/\d+$/);
  await topnav.getByRole('link', { name: '机构设置图' }).click();
  await expect(page).toHaveURL(/#\/chart\?office=\d+$/);
  await expect(chartHeading).toContainText(`${seed.secondOffice}机构设置图`);
  // From search, both links keep to the office last viewed.
  await topnav.getByRole('link', { name: '搜索' }).click();
  await expect(page.getByTestId('search-input')).toBeVisible();
  await topnav.getByRole('link', { name: '机构概览' }).click();
  await expect(chartHeading).toHaveText(seed.secondOffice);
  await topnav.getByRole('link', { name: '搜索' }).click();
  await topnav.getByRole('link', { name: '机构设置图' }).click();
  await expect(chartHeading).toContainText(`${seed.secondOffice}机构设置图`);
});

test('Ctrl +/−/0 zoom the page and the level is remembered', async ({ page, gotoApp }) => {
  await gotoApp('/');
  const rootSize = async () => (await page.locator('html').getAttribute('style')) ?? '';
  await page.keyboard.press('Control+Equal');
  await expect.poll(rootSize).toContain('font-size: 110%');
  await page.keyboard.press('Control+Equal');
  await expect.poll(rootSize).toContain('font-size: 125%');
  await page.reload();
  await expect.poll(rootSize).toContain('font-size: 125%');
  await page.keyboard.press('Control+Minus');
  await expect.poll(rootSize).toContain('font-size: 110%');
  await page.keyboard.press('Control+0');
  await expect.poll(rootSize).toContain('font-size: 100%');
});
