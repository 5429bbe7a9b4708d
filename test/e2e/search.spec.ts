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

test.describe('search that answers a rep', () => {
  for (const [lang, query] of [
    ['en', 'verifiable outcome'],
    ['zh-cn', '可验证结果'],
  ] as const) {
    test(`"${query}" ranks stage outcomes first, titled with the stage number (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
      const first = page.locator('[data-search-results] li a').first();
      await expect(first).toHaveAttribute('href', new RegExp(`^/${lang}/stages/[a-z-]+/#verifiable-outcome$`));
      await expect(first).toContainText(lang === 'en' ? /^Stage \d: / : /^第 \d 阶段/);
    });
  }

  test('a stage name finds its stage page first', async ({ page }) => {
    await page.goto('/en/search/?q=qualifying');
    await expect(page.locator('[data-search-results] li a').first()).toHaveAttribute(
      'href',
      /^\/en\/stages\/qualifying\//,
    );
  });

  test('the box has focus on arrival, and the query survives a language switch', async ({ page }) => {
    await page.goto('/en/search/');
    await expect(page.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('sponsor');
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    await page.getByRole('link', { name: '简体中文' }).click();
    await expect(page).toHaveURL(/\/zh-cn\/search\/\?q=sponsor$/);
    await expect(page.getByRole('searchbox')).toHaveValue('sponsor');
  });

  test('an edition with no hits offers the other edition', async ({ page }) => {
    await page.goto(`/en/search/?q=${encodeURIComponent('关键决策负责人')}`);
    const offer = page.locator('[data-search-status] a');
    await expect(offer).toHaveAttribute('href', `/zh-cn/search/?q=${encodeURIComponent('关键决策负责人')}`);
    await offer.click();
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  });

  test('Chinese excerpts read as written: no spaces between Chinese characters', async ({ page }) => {
    await page.goto(`/zh-cn/search/?q=${encodeURIComponent('赞助者')}`);
    const excerpt = page.locator('[data-search-results] li p').first();
    await expect(excerpt).toBeVisible();
    expect(await excerpt.textContent()).not.toMatch(/[\u3400-\u9fff] [\u3400-\u9fff]/);
  });
});
