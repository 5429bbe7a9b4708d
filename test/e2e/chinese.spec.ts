// The main flows in the Chinese edition, and state shared across languages.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, expectAccessible, seedStorage, storageSnapshot, test, waitForIslands } from './fixtures';

const T = '2026-11-20T10:00:00Z';

test('progress made in English shows in Chinese, and the other way round', async ({ page }) => {
  await seedStorage(page, {
    'ssm:v1:check:noticing': JSON.stringify({
      v: 1,
      contentHash: '',
      attempts: 1,
      best: 90,
      last: 90,
      passed: true,
      updatedAt: T,
    }),
  });
  await page.goto('/zh-cn/progress/');
  await waitForIslands(page);
  await expect(page.getByTestId('stage-progress-noticing')).toContainText('知识测验：最佳 90%');
  await expect(page.getByTestId('stage-progress-noticing')).toContainText('第 1 阶段：关注');
  await page.goto('/zh-cn/exercises/claims-to-decide/');
  await waitForIslands(page);
  const { contacts } = parse(readFileSync('content/cases/zh-cn/claims-to-decide.yaml', 'utf8')) as {
    contacts: { id: string; answer: { roles: string[]; stance: string; move: string } }[];
  };
  for (const [i, c] of contacts.entries()) {
    const card = page.locator('li.contact').nth(i);
    for (const role of c.answer.roles) await card.locator(`input[type="checkbox"][value="${role}"]`).check();
    await card.locator(`input[type="radio"][value="${c.answer.stance}"]`).check();
    await card.getByRole('combobox').selectOption(c.answer.move);
  }
  await page.getByRole('button', { name: '核对答案' }).click();
  await expect(page.getByTestId('exercise-result')).toContainText('得分：100%');
  await page.goto('/en/exercises/');
  await expect(page.locator('[data-exercise-status="claims-to-decide"]')).toContainText('Done');
});

test('a rejected import explains itself in Chinese and changes nothing', async ({ page }) => {
  await page.goto('/zh-cn/my-data/');
  await waitForIslands(page);
  const before = await storageSnapshot(page);
  await page
    .getByLabel('导出文件')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{oops') });
  await expect(page.getByRole('alert')).toContainText('不是 JSON');
  await expect(page.getByRole('alert')).toContainText('数据未做任何改动');
  expect(await storageSnapshot(page)).toEqual(before);
  await expectAccessible(page);
});

test('switching language on a worksheet keeps the entries and the page', async ({ page }) => {
  await page.goto('/en/worksheets/cra-planner/');
  await waitForIslands(page);
  // The sheet's first field (the opportunity picker sits above the sheet).
  const first = page.locator('.ws-body').getByRole('textbox').first();
  await first.fill('Jade River Dairy');
  await page.getByRole('link', { name: '简体中文' }).click();
  // The page keeps the opportunity it works on in the address.
  await expect(page).toHaveURL(/\/zh-cn\/worksheets\/cra-planner\/(?:\?opportunity=[a-z0-9-]+)?$/);
  await waitForIslands(page);
  await expect(page.locator('.ws-body').getByRole('textbox').first()).toHaveValue('Jade River Dairy');
});

test('every page declares its language and its twin', async ({ page }) => {
  await page.goto('/zh-cn/glossary/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/glossary\/$/);
  await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute('href', /\/zh-cn\/glossary\/$/);
});

test('the Chinese knowledge check can be taken and counts on the English dashboard', async ({ page }) => {
  await page.goto('/zh-cn/checks/closing/');
  await waitForIslands(page);
  await page.getByRole('button', { name: '核对答案' }).click();
  await page.goto('/en/progress/');
  await waitForIslands(page);
  await expect(page.getByTestId('stage-progress-closing')).toContainText('Knowledge check: best');
});
