// Opens each view of the app in turn (as a person would reach it) and yields its name.
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, search, seed } from './fixtures.ts';

const seedDocument = join(import.meta.dirname, '..', '..', 'data', '000_8d796a1540accf81.txt');

export const viewNames = [
  'search',
  'search-results',
  'office',
  'unit',
  'chart',
  'directory',
  'history',
  'import-preview',
  'packages',
] as const;
export type ViewName = (typeof viewNames)[number];

export async function* openEachView(page: Page, gotoApp: (route?: string) => Promise<void>): AsyncGenerator<ViewName> {
  await gotoApp('/');
  await expect(
    page.getByRole('region', { name: /机构一览|At a glance/ }).getByRole('heading', { name: seed.office }),
  ).toBeVisible();
  yield 'search';

  await search(page, '护照');
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
  yield 'search-results';

  await page
    .getByRole('navigation', { name: /主导航|Main/ })
    .getByRole('link', { name: /机构概览|Office/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.office);
  yield 'office';

  await page
    .getByRole('main')
    .getByRole('link', { name: /出国（境）管理处/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('出国（境）管理处');
  await page
    .getByRole('main')
    .getByRole('button', { name: /第 20 行|line 20/ })
    .click();
  await expect(page.getByRole('note').first()).toBeVisible();
  yield 'unit';

  await page
    .getByRole('navigation', { name: /主导航|Main/ })
    .getByRole('link', { name: /机构设置图|Org chart/ })
    .click();
  await expect(page.getByTestId('org-chart')).toBeVisible();
  yield 'chart';

  await page
    .getByRole('navigation', { name: /主导航|Main/ })
    .getByRole('link', { name: /机构目录|Directory/ })
    .click();
  await expect(page.getByTestId('directory-office').first()).toBeVisible();
  yield 'directory';

  await page
    .getByRole('navigation', { name: /主导航|Main/ })
    .getByRole('link', { name: /机构概览|Office/ })
    .click();
  await page.getByTestId('office-history').click();
  await expect(page.getByTestId('version-row').first()).toBeVisible();
  yield 'history';

  // A preview writes nothing, so the shared database stays as the other specs expect it.
  await page
    .getByRole('navigation', { name: /主导航|Main/ })
    .getByRole('link', { name: /导入|Import/ })
    .click();
  await page.getByTestId('import-file').setInputFiles(seedDocument);
  await expect(page.getByTestId('import-tree').getByTestId('tree-unit').first()).toBeVisible();
  yield 'import-preview';

  // Looking at the packages view writes nothing either (no key is made, nothing trusted).
  await page
    .getByRole('navigation', { name: /主导航|Main/ })
    .getByRole('link', { name: /数据包|Packages/ })
    .click();
  await expect(page.getByTestId('export-office').first()).toBeVisible();
  yield 'packages';
}
