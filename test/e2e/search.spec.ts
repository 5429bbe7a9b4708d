import { expect, expectAccessible, test } from './fixtures';

test('English search finds a glossary term', async ({ page }) => {
  await page.goto('/en/search/?q=compelling%20reason');
  const results = page.locator('[data-search-results] li');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', /\/en\//);
});

test('Chinese search finds 关键决策负责人 in the Chinese edition only', async ({ page }) => {
  await page.goto('/zh-cn/search/');
  await page.getByRole('searchbox', { name: '搜索本站' }).fill('关键决策负责人');
  const links = page.locator('[data-search-results] a');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.every((h) => h?.startsWith('/zh-cn/'))).toBe(true);
});

test('可验证结果 and 采取行动的迫切原因 are found too', async ({ page }) => {
  for (const term of ['可验证结果', '采取行动的迫切原因']) {
    await page.goto(`/zh-cn/search/?q=${encodeURIComponent(term)}`);
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  }
});

test('the search page has no axe violations with results shown', async ({ page }) => {
  await page.goto('/en/search/?q=sponsor');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await expectAccessible(page);
});

test('a glossary hit links straight to the term', async ({ page }) => {
  await page.goto('/en/search/?q=key%20decision%20leader');
  const glossaryHit = page.locator('[data-search-results] a', { hasText: 'Glossary' }).first();
  await expect(glossaryHit).toHaveAttribute('href', '/en/glossary/#key-decision-leader');
});
