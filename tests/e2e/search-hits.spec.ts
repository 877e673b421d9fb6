// Search as you type without a debounce, and where its hits lead: no empty-state flash while
// pinyin is half typed, no blank page before the first answer, a hit opening its page scrolled to the matched item, group headers
// linking to their unit; and on the pages: repeated source numbers marked, duty counts that
// agree, honours dated once, full-width punctuation, Chinese type of at least 14 px.
import type { Page } from '@playwright/test';
import { expect, search, seed, test } from './fixtures.ts';

/** Starts recording, in the page, every moment the "nothing found" notice is in the document. */
async function watchEmptyState(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__emptySeen = [];
    const check = () => {
      const view = document.querySelector('.search-view');
      if (document.querySelector('[data-testid=search-none]'))
        window.__emptySeen.push(view ? view.getAttribute('data-results-for') : '?');
    };
    new MutationObserver(check).observe(document.body, { childList: true, subtree: true, attributes: true });
  })()`);
}
const emptySeen = (page: Page) => page.evaluate<string[]>('window.__emptySeen');

test('typing ouzh then ouzhou never flashes the empty state', async ({ page, gotoApp }) => {
  await gotoApp('/');
  await watchEmptyState(page);
  const input = page.getByTestId('search-input');
  await input.pressSequentially('ouzh', { delay: 30 });
  await expect(page.locator('[data-results-for=ouzh]')).toBeAttached();
  await expect(page.getByTestId('search-hit').first()).toHaveAttribute('data-unit', '欧洲处');
  await input.pressSequentially('ou', { delay: 30 });
  await expect(page.locator('[data-results-for=ouzhou]')).toBeAttached();
  await expect(page.getByTestId('search-hit').first()).toHaveAttribute('data-unit', '欧洲处');
  expect(await emptySeen(page)).toEqual([]);
});

test('typed fast, answers never go back to an older query', async ({ page, gotoApp }) => {
  await gotoApp('/');
  await page.evaluate(`(() => {
    window.__answered = [];
    const view = document.querySelector('.search-view');
    new MutationObserver(() => {
      const q = view.getAttribute('data-results-for');
      if (q && q !== window.__answered.at(-1)) window.__answered.push(q);
    }).observe(view, { attributes: true, attributeFilter: ['data-results-for'] });
  })()`);
  await page.getByTestId('search-input').pressSequentially('lingshianquan');
  await expect(page.locator('[data-results-for=lingshianquan]')).toBeAttached();
  const answered = await page.evaluate<string[]>('window.__answered');
  // Each answer shown is for a longer prefix than the one before: a stale one is dropped.
  for (let i = 1; i < answered.length; i++) expect(answered[i]!.startsWith(answered[i - 1]!)).toBe(true);
  expect(answered.at(-1)).toBe('lingshianquan');
});

test('a letter typed mid-word, over a selection, or cancelled: the results are for what the box holds', async ({
  page,
  gotoApp,
}) => {
  await gotoApp('/');
  const input = page.getByTestId('search-input');
  await input.pressSequentially('ouzou');
  await expect(page.locator('[data-results-for=ouzou]')).toBeAttached();
  await input.press('ArrowLeft');
  await input.press('ArrowLeft');
  await input.press('h');
  await expect(input).toHaveValue('ouzhou');
  await expect(page.locator('[data-results-for=ouzhou]')).toBeAttached();
  await expect(page.getByTestId('search-hit').first()).toHaveAttribute('data-unit', '欧洲处');
  // 欧洲 selected, then 护 typed over it.
  await input.fill('欧洲处');
  await expect(page.locator('[data-results-for=欧洲处]')).toBeAttached();
  await page.evaluate("document.querySelector('[data-testid=search-input]').setSelectionRange(0, 2)");
  await page.keyboard.insertText('护照');
  await expect(input).toHaveValue('护照处');
  await expect(page.locator('[data-results-for=护照处]')).toBeAttached();
  // A page script cancels the next insertion: the box keeps its text, and so do the results.
  await page.evaluate(
    "window.addEventListener('beforeinput', (e) => e.preventDefault(), { capture: true, once: true })",
  );
  // The search sent for the insertion before it was cancelled is answered, and that answer dropped.
  const answered = page.waitForResponse(
    (r) => r.url().endsWith('/api/search') && (r.request().postData() ?? '').includes('"护照处x"'),
  );
  await input.press('End');
  await input.press('x');
  await answered;
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))');
  await expect(input).toHaveValue('护照处');
  await expect(page.locator('.search-view')).toHaveAttribute('data-results-for', '护照处');
});

test('the first keystroke never blanks the page: the office at a glance stays until the answer replaces it', async ({
  page,
  gotoApp,
}) => {
  await gotoApp('/');
  await expect(page.getByRole('region', { name: '机构一览' })).toBeVisible();
  await page.evaluate(`(() => {
    window.__blank = [];
    const input = document.getElementById('search-input');
    new MutationObserver(() => {
      const shown = document.querySelector('.search-start:not([hidden]) .glance, [data-testid=search-hit], [data-testid=search-none]');
      if (input.value.trim() && !shown) window.__blank.push(input.value);
    }).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  })()`);
  await page.getByTestId('search-input').pressSequentially('护照');
  await expect(page.locator('[data-results-for=护照]')).toBeAttached();
  await expect(page.getByRole('region', { name: '机构一览' })).toHaveCount(0);
  expect(await page.evaluate<string[]>('window.__blank')).toEqual([]);
});

test('a slow first answer says it is searching and keeps the office at a glance up meanwhile', async ({
  page,
  gotoApp,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'browser', 'holds the answer on its way over HTTP');
  await gotoApp('/');
  await expect(page.getByRole('region', { name: '机构一览' })).toBeVisible();
  // The answer is held until the page has said it is searching (after 300 ms).
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/search', async (route) => {
    await held;
    await route.continue().catch(() => undefined);
  });
  await page.getByTestId('search-input').pressSequentially('护照');
  await expect(page.getByText('正在搜索…')).toBeVisible();
  await expect(page.getByRole('region', { name: '机构一览' })).toBeVisible();
  release();
  await expect(page.locator('[data-results-for=护照]')).toBeAttached();
  await expect(page.getByRole('region', { name: '机构一览' })).toHaveCount(0);
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
});

test('an empty answer to a half-typed Latin word keeps the results a moment; a Chinese one is said at once', async ({
  page,
  gotoApp,
}) => {
  await gotoApp('/');
  await search(page, 'ouzhou');
  await watchEmptyState(page);
  // The answer for `ouzhouq` (nothing) arrives with the earlier hits still up and no notice...
  await page.evaluate(`(() => {
    window.__atAnswer = null;
    const view = document.querySelector('.search-view');
    new MutationObserver(() => {
      if (window.__atAnswer === null && view.getAttribute('data-results-for') === 'ouzhouq')
        window.__atAnswer = {
          hits: document.querySelectorAll('[data-testid=search-hit]').length,
          none: !!document.querySelector('[data-testid=search-none]'),
        };
    }).observe(view, { attributes: true });
  })()`);
  await page.getByTestId('search-input').press('q');
  await expect.poll(() => page.evaluate('window.__atAnswer')).toEqual({ hits: 5, none: false });
  // ...then, with no further typing, it says nothing was found.
  await expect(page.getByTestId('search-none')).toBeVisible();
  await expect(page.getByTestId('search-hit')).toHaveCount(0);

  await search(page, '鲸鱼');
  await expect(page.getByTestId('search-none')).toContainText('鲸鱼');
});

test('a duty hit opens the unit scrolled to the matched clause, marked and focused', async ({ page, gotoApp }) => {
  await gotoApp('/');
  await search(page, '因公护照');
  await page.getByTestId('search-hit').first().click();
  await expect(page).toHaveURL(/#\/unit\/\d+\?kind=duty&line=\d+&text=/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('出国（境）管理处');
  const target = page.locator('[data-hit-target]');
  await expect(target).toHaveCount(1);
  await expect(target).toContainText('负责因公出国护照、赴港澳通行证颁发和管理工作');
  await expect(target).toContainText('搜索命中');
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  // Marked with a colour of its own, not only the text tag.
  const background = await target.evaluate('(el) => getComputedStyle(el).backgroundColor');
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('an honour hit opens the office page at that honour', async ({ page, gotoApp }) => {
  await page.setViewportSize({ width: 1000, height: 500 });
  await gotoApp('/');
  await search(page, '平安建设先进单位');
  const hit = page.locator('[data-testid=search-hit][data-kind=honor]').first();
  await hit.click();
  await expect(page).toHaveURL(/#\/office\/\d+\?kind=honor&line=\d+/);
  const target = page.locator('[data-hit-target]');
  await expect(target).toContainText('平安建设');
  await expect(target).toBeInViewport();
  await expect(target).toBeFocused();
});

test('the unit header of a result group is a link to the unit', async ({ page, gotoApp }) => {
  await gotoApp('/');
  await search(page, '护照');
  const group = page.getByRole('group', { name: '出国（境）管理处' });
  await group.getByTestId('result-group-link').click();
  await expect(page).toHaveURL(/#\/unit\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('出国（境）管理处');
});

test('the repeated 三 carries the same quiet mark on the search page glance and on its unit page', async ({
  page,
  gotoApp,
}) => {
  await gotoApp('/');
  const glance = page.getByRole('region', { name: '机构一览' });
  // Only the second 三 (领事安全处) repeats a number; the first 三 (出国（境）管理处) is as it should be.
  await expect(glance.getByTestId('repeated-label')).toHaveCount(1);
  await expect(glance.getByRole('link', { name: /领事安全处/ }).getByTestId('repeated-label')).toHaveCount(1);
  await expect(glance.getByRole('link', { name: /出国（境）管理处/ }).getByTestId('repeated-label')).toHaveCount(0);

  await glance.getByRole('link', { name: /领事安全处/ }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('领事安全处');
  await expect(heading.getByTestId('repeated-label')).toHaveAttribute('title', '编号“三”与上一项重复（原文如此）');
  await page
    .getByRole('link', { name: /出国（境）管理处/ })
    .first()
    .click();
  await expect(heading).toContainText('出国（境）管理处');
  await expect(page.getByTestId('repeated-label')).toHaveCount(0);
});

test('the repeated 三 of the seed is marked quietly; counts, honour dates and punctuation as shown', async ({
  page,
  gotoApp,
}) => {
  await gotoApp('/');
  await page.getByRole('region', { name: '机构一览' }).getByRole('link', { name: seed.office }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.office);
  const cards = page.getByRole('region', { name: /内设机构/ }).getByRole('link');
  // Only the second 三 (领事安全处) repeats a number; the first is as it should be.
  const marks = page.getByTestId('repeated-label');
  await expect(marks).toHaveCount(1);
  await expect(cards.filter({ hasText: '领事安全处' }).getByTestId('repeated-label')).toHaveCount(1);
  await expect(marks).toHaveAttribute('title', '编号“三”与上一项重复（原文如此）');
  // 出国(境)管理处's one paragraph of duties has six clauses: the card and the page say 6.
  const card = cards.filter({ hasText: '出国（境）管理处' });
  await expect(card).toContainText('6 项职责');
  // Each honour's date once: in the date column, not again at the start of the text.
  const honors = page.getByRole('region', { name: '获得荣誉' }).getByRole('listitem');
  await expect(honors.first()).toHaveText('2019-03获得“江西省第十五届文明单位”荣誉。');
  // Full-width punctuation in Chinese text; the stored text is as written (the source line).
  await expect(page.getByRole('region', { name: '简介' })).toContainText('江西省人民政府外事办公室，是江西省2018年');

  await card.click();
  await expect(page.getByRole('region', { name: /职责/ }).locator('.count')).toHaveText('6');
  await expect(page.locator('.clauses li')).toHaveCount(6);
  await expect(page.locator('.clauses li').first()).toHaveText('负责贯彻执行因公出国（境）管理政策规定');
  await page.getByRole('button', { name: /第 20 行/ }).click();
  await expect(page.getByRole('note').first()).toContainText('负责贯彻执行因公出国(境)管理政策规定;');
});

for (const language of ['zh', 'en'] as const) {
  test(`Chinese body text is at least 14 px (${language} interface)`, async ({ page, gotoApp }) => {
    await gotoApp('/');
    if (language === 'en') await page.getByTestId('language-switch').click();
    await search(page, '护照');
    const sizes = async () =>
      page.evaluate(`[...document.querySelectorAll('main [lang=zh-CN]')]
        .filter((el) => el.closest('svg') === null && /\\p{Script=Han}/u.test(el.textContent) && el.getClientRects().length)
        .map((el) => ({ text: el.textContent.slice(0, 12), px: parseFloat(getComputedStyle(el).fontSize) }))
        .filter((s) => s.px < 14)`);
    expect(await sizes()).toEqual([]);
    await page.getByTestId('result-group-link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await sizes()).toEqual([]);
    await page
      .getByRole('navigation', { name: /主导航|Main/ })
      .getByRole('link', { name: /机构概览|Office/ })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.office);
    expect(await sizes()).toEqual([]);
  });
}
