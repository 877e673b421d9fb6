// The renderer loads each thing once: the API calls a page makes, counted in the browser
// host (where every call is a POST /api/<method>). Desktop IPC calls pass the same cache.
import type { Page } from '@playwright/test';
import { fullWidthPunctuation as shown } from '../../shared/text/punctuation.ts';
import type { OfficeSummary } from '../../shared/types.ts';
import { expect, seed, test } from './fixtures.ts';

test.skip(({ electronApp }) => electronApp !== null, 'counts the HTTP calls of the browser host');

/** Every API call the page sends from now on, as `method {args}`. */
function recordCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const method = /\/api\/(\w+)$/.exec(new URL(request.url()).pathname)?.[1];
    if (method) calls.push(`${method} ${request.postData() ?? ''}`);
  });
  return calls;
}

/** Waits until the page has sent nothing for a while, so late calls are counted too. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

async function seedUnits(request: import('@playwright/test').APIRequestContext) {
  const response = await request.post('/api/listOffices', { data: {} });
  const offices = ((await response.json()) as { value: OfficeSummary[] }).value;
  return offices.find((o) => o.name === seed.office)!.units;
}

test('a unit page opened fresh calls listOffices and getUnit once each; the next unit is one call', async ({
  page,
  gotoApp,
  request,
}) => {
  const units = await seedUnits(request);
  const [first, second, third] = units;
  const calls = recordCalls(page);
  await gotoApp(`/unit/${second!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(shown(second!.name));
  // The siblings and the pager come with the unit.
  await expect(page.locator('a[rel=prev]')).toContainText(shown(first!.name));
  await settle(page);
  expect(calls.toSorted()).toEqual([`getUnit {"unitId":${second!.id}}`, 'listOffices {}']);

  calls.length = 0;
  await page.locator('a[rel=next]').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(shown(third!.name));
  await settle(page);
  expect(calls).toEqual([`getUnit {"unitId":${third!.id}}`]);

  // Back to a unit already seen: nothing is loaded again.
  calls.length = 0;
  await page.locator('a[rel=prev]').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(shown(second!.name));
  await settle(page);
  expect(calls).toEqual([]);
});

test('the search page draws every office at a glance without loading each office', async ({ page, gotoApp }) => {
  const calls = recordCalls(page);
  await gotoApp('/');
  const glance = page.getByRole('region', { name: '机构一览' });
  await expect(glance.getByRole('link', { name: seed.office })).toBeVisible();
  await expect(glance.getByRole('link', { name: seed.secondOffice })).toBeVisible();
  await expect(glance.getByRole('link', { name: '欧洲处' })).toBeVisible();
  await settle(page);
  expect(calls.filter((c) => c.startsWith('getOffice'))).toEqual([]);
  expect(calls.filter((c) => c.startsWith('listOffices'))).toHaveLength(1);
  expect(new Set(calls).size, 'no call repeated').toBe(calls.length);
});
