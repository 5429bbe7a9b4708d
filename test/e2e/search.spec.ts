import { expect, expectAccessible, test } from './fixtures';

test('English search finds a glossary term', async ({ page }) => {
  await page.goto('/en/search/?q=compelling%20reason');
  const results = page.locator('.pagefind-ui__result');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /\/en\//);
});

test('Chinese search finds 关键决策负责人 in the Chinese edition only', async ({ page }) => {
  await page.goto('/zh-cn/search/');
  await page.getByRole('search').getByRole('textbox').fill('关键决策负责人');
  const links = page.locator('.pagefind-ui__result-link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.every((h) => h?.startsWith('/zh-cn/'))).toBe(true);
});

test('可验证结果 and 采取行动的迫切原因 are found too', async ({ page }) => {
  for (const term of ['可验证结果', '采取行动的迫切原因']) {
    await page.goto(`/zh-cn/search/?q=${encodeURIComponent(term)}`);
    await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
  }
});

test('the search page has no axe violations with results shown', async ({ page }) => {
  await page.goto('/en/search/?q=sponsor');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
  await expectAccessible(page);
});
