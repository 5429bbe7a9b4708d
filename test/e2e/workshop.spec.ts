import { readFileSync } from 'node:fs';
import { expect, expectAccessible, seedStorage, test, waitForIslands } from './fixtures';

const T = '2026-11-20T10:00:00Z';

test('an instructor pastes learners\' codes and gets one row each, plus a CSV', async ({ page, browser }) => {
  // A learner makes a code on their own device...
  const learner = await (await browser.newContext()).newPage();
  await seedStorage(learner, { 'ssm:v1:check:noticing': JSON.stringify({ v: 1, contentHash: '', attempts: 2, best: 90, last: 90, passed: true, updatedAt: T }) });
  await learner.goto('/en/my-data/');
  await waitForIslands(learner);
  await learner.getByLabel(/Your name/).fill('Li Na');
  await learner.getByRole('button', { name: 'Make my results code' }).click();
  const code = await learner.getByTestId('results-code').inputValue();

  // ...and the instructor reads it with a bad line among the pasted ones.
  await page.goto('/en/workshop/');
  await waitForIslands(page);
  await page.getByLabel('Results codes, one per line').fill([code, '', 'thanks everyone!', code].join('\n'));
  await page.getByRole('button', { name: 'Show the results' }).click();
  await expect(page.getByRole('alert')).toContainText('Lines that are not a readable results code: 3. Ask');
  const rows = page.getByTestId('results-board').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Li Na');
  await expect(rows.first()).toContainText('90%');
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.split('\n')[0]).toBe('Learner,Stages read,Check 1,Check 2,Check 3,Check 4,Check 5,Check 6,Check 7,Final,Exercises done,Worksheets completed');
  expect(csv.split('\n')[1]).toBe('Li Na,0,90,,,,,,,,0,0');
});

test('the Chinese board reads the same codes', async ({ page }) => {
  await page.goto('/zh-cn/workshop/');
  await waitForIslands(page);
  await page.getByLabel('成绩码（每行一个）').fill('SSM1;n=;r=0000000;c=;x=;w=;k=00000000');
  await page.getByRole('button', { name: '显示成绩' }).click();
  await expect(page.getByRole('alert')).toContainText('以下行不是可读取的成绩码：1');
  await expectAccessible(page);
});
