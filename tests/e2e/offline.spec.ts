// Offline: every request of every view stays inside the app, and the CJK font the page
// uses is the app's own (Noto Sans SC from its bundle), not whatever the machine has.
import { expect, search, test } from './fixtures.ts';

test("every view loads only the app's own files and ships its Chinese font", async ({
  page,
  gotoApp,
  requests,
  isAppUrl,
}) => {
  await gotoApp('/');
  await search(page, '护照');
  await page.getByTestId('search-hit').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: '机构概览' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await gotoApp('/chart');
  await expect(page.getByTestId('org-chart')).toBeAttached();

  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => !isAppUrl(url))).toEqual([]);
  expect(
    requests.some((url) => /noto-sans-sc-.*\.woff2$/.test(url)),
    'a Noto Sans SC woff2 file was loaded',
  ).toBe(true);
  expect(await page.evaluate(`document.fonts.check('16px "Noto Sans SC"', '出国护照')`)).toBe(true);
});
