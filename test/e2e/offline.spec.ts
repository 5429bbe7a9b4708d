import { expect, test } from './fixtures';

test.use({ serviceWorkers: 'allow' });

test('after one visit, pages, other languages and search work offline', async ({ page, context }) => {
  await page.goto('/en/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await context.setOffline(true);
  await page.goto('/zh-cn/stages/closing/');
  await expect(page.locator('#verifiable-outcome')).toBeVisible();
  await page.goto('/en/reference/#verifiable-outcome');
  await expect(page.getByTestId('reference-table').locator('tbody tr')).toHaveCount(7);
  await page.goto('/zh-cn/search/?q=关键决策负责人');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await context.setOffline(false);
});
