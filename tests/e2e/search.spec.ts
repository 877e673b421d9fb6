// The start view: focus, Chinese / pinyin / traditional queries, grouping and evidence,
// keyboard selection, Esc, recent searches, the live region, the office at a glance.
import { expect, search, seed, test } from './fixtures.ts';

test('opens on search with the box focused and the office at a glance', async ({ page, gotoApp }) => {
  await gotoApp('/');
  await expect(page.getByTestId('search-input')).toBeFocused();
  const glance = page.getByRole('region', { name: '机构一览' });
  await expect(glance.getByRole('heading', { name: seed.office })).toBeVisible();
  await expect(glance.getByRole('heading', { name: seed.secondOffice })).toBeVisible();
  const firstOffice = glance.getByRole('article').filter({ hasText: seed.office });
  await expect(firstOffice.getByRole('listitem')).toHaveText(seed.unitsShown.map((name) => new RegExp(name)));
});

test('Chinese query: 因公护照 is handled first by 出国(境)管理处, evidence highlighted', async ({ page, gotoApp }) => {
  await gotoApp('/');
  await search(page, '因公护照');
  const first = page.getByTestId('search-hit').first();
  await expect(first).toHaveAttribute('data-unit', '出国(境)管理处');
  await expect(first).toContainText('负责因公出国护照、赴港澳通行证颁发和管理工作');
  await expect(first.locator('mark').filter({ hasText: '护照' })).toHaveCount(1);
  // Results are grouped under their unit's name.
  await expect(page.getByRole('group', { name: '出国（境）管理处' })).toBeVisible();
  // Screen readers hear how many results there are.
  await expect(page.locator('.results[data-complete="true"]')).toBeAttached();
  const count = await page.getByTestId('search-hit').count();
  await expect(page.getByRole('status')).toHaveText(`${count} 条结果`);
});

test('pinyin initials: lsaq finds 领事安全处', async ({ page, gotoApp }) => {
  await gotoApp('/');
  await search(page, 'lsaq');
  const first = page.getByTestId('search-hit').first();
  await expect(first).toHaveAttribute('data-unit', '领事安全处');
  await expect(first).toHaveAttribute('data-kind', 'unit');
  await expect(first.locator('mark')).toHaveText('领事安全');
});

test('traditional characters: 護照 finds the passport duty of 出国(境)管理处', async ({ page, gotoApp }) => {
  await gotoApp('/');
  await search(page, '護照');
  const first = page.getByTestId('search-hit').first();
  await expect(first).toHaveAttribute('data-unit', '出国(境)管理处');
  await expect(first.locator('mark')).toHaveText('护照');
});

test('arrow keys move the selection, Esc clears, nothing found is said plainly', async ({ page, gotoApp }) => {
  await gotoApp('/');
  await search(page, '护照');
  const input = page.getByTestId('search-input');
  const hits = page.getByTestId('search-hit');
  await expect(hits.nth(0)).toHaveAttribute('aria-selected', 'true');
  await input.press('ArrowDown');
  await expect(hits.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(hits.nth(0)).toHaveAttribute('aria-selected', 'false');
  await expect(input).toHaveAttribute('aria-activedescendant', (await hits.nth(1).getAttribute('id')) ?? 'missing');
  await input.press('ArrowUp');
  await expect(hits.nth(0)).toHaveAttribute('aria-selected', 'true');
  await input.press('Escape');
  await expect(input).toHaveValue('');
  await expect(hits).toHaveCount(0);
  await search(page, '量子计算机');
  await expect(page.locator('.notice')).toHaveText(/^没有找到与“量子计算机”相关的内容/);
  // The brand link goes back to an empty search.
  await page.getByRole('banner').getByRole('link', { name: '机构职能图谱' }).click();
  await expect(input).toHaveValue('');
  await expect(page.getByRole('region', { name: '机构一览' })).toBeVisible();
});

test('recent searches are remembered across a restart and can be reused', async ({ page, gotoApp }) => {
  await gotoApp('/');
  await search(page, '领事认证');
  await page.getByTestId('search-input').press('Enter');
  await expect(page).toHaveURL(/#\/(unit|office)\/\d+(\?kind=\w+&line=\d+.*)?$/);
  await gotoApp('/');
  await page.reload();
  const recent = page.getByRole('region', { name: '最近搜索' });
  await recent.getByRole('button', { name: '领事认证' }).click();
  await expect(page.getByTestId('search-input')).toHaveValue('领事认证');
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
});

test('Ctrl+K and / focus the search box from any view', async ({ page, gotoApp }) => {
  await gotoApp('/');
  await page.getByRole('region', { name: '机构一览' }).getByRole('link', { name: '综合处' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('综合处');
  await page.keyboard.press('ControlOrMeta+k');
  await expect(page.getByTestId('search-input')).toBeFocused();
  await page.getByRole('link', { name: '机构概览' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.office);
  await page.keyboard.press('/');
  await expect(page.getByTestId('search-input')).toBeFocused();
  await expect(page.getByTestId('search-input')).toHaveValue('');
});
