// UI language: Simplified Chinese by default, English on request, remembered.
import { expect, search, test } from './fixtures.ts';

test('Chinese by default, English on request, remembered across a restart', async ({ page, gotoApp }) => {
  await gotoApp('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link')).toHaveText(['搜索', '机构概览', '机构设置图', '机构目录', '导入', '数据包']);
  await expect(page.getByTestId('search-input')).toHaveAttribute('placeholder', /输入事项查找主管处室/);

  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const enNav = page.getByRole('navigation', { name: 'Main' });
  await expect(enNav.getByRole('link')).toHaveText([
    'Search',
    'Office',
    'Org chart',
    'Directory',
    'Import',
    'Packages',
  ]);
  // The search view's labels, looked up once per language, follow the switch without a reload.
  await expect(page.getByTestId('search-input')).toHaveAttribute('placeholder', /Type a task to find who handles it/);
  await search(page, '护照');
  await expect(page.locator('.results[data-complete="true"]')).toBeAttached();
  const count = await page.getByTestId('search-hit').count();
  await expect(page.getByRole('status')).toHaveText(`${count} results`);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link').first()).toHaveText('Search');
  await expect(page).toHaveTitle(/OrgAtlas/);

  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link').first()).toHaveText('搜索');
});
