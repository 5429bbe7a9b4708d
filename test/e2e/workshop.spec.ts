import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeResults, type ResultsSummary } from '../../src/lib/results-code';
import { expect, expectAccessible, seedStorage, test, waitForIslands } from './fixtures';

const T = '2026-11-20T10:00:00Z';
const learner = (name: string, noticing: number, identifying?: number): ResultsSummary => ({
  name,
  read: ['noticing'],
  checks: [
    { id: 'noticing', best: noticing, attempts: 1 },
    ...(identifying === undefined ? [] : [{ id: 'identifying', best: identifying, attempts: 1 }]),
  ],
  exercises: [{ id: 'loudest-voice', best: 80 }],
  worksheets: [],
});

test("an instructor pastes learners' codes and gets one row each, plus a CSV", async ({ page, browser }) => {
  // A learner makes a code on their own device...
  const learnerPage = await (await browser.newContext()).newPage();
  await seedStorage(learnerPage, {
    'ssm:v1:check:noticing': JSON.stringify({
      v: 1,
      contentHash: '',
      attempts: 2,
      best: 90,
      last: 90,
      passed: true,
      updatedAt: T,
    }),
  });
  await learnerPage.goto('/en/my-data/');
  await waitForIslands(learnerPage);
  await learnerPage.getByLabel(/Your name/).fill('Li Na');
  await learnerPage.getByRole('button', { name: 'Make my results code' }).click();
  const code = await learnerPage.getByTestId('results-code').inputValue();

  // ...and the instructor reads it among chat messages and a damaged copy.
  await page.goto('/en/workshop/');
  await waitForIslands(page);
  await page
    .getByLabel('Results codes, one per line')
    .fill([code, '', 'thanks everyone!', code.slice(0, -3), code].join('\n'));
  await page.getByRole('button', { name: 'Show the results' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Lines with a results code that is damaged (changed or cut short): 4. Ask',
  );
  await expect(page.getByText('1 line held no results code')).toBeVisible();
  await expect(page.getByTestId('board-merged')).toHaveText(
    'Lines 1, 5 carry the same name, “Li Na”, and count as one learner: line 5 is shown.',
  );
  const rows = page.getByTestId('results-board').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Li Na');
  await expect(rows.first()).toContainText('90%');
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split('\r\n');
  expect(lines[0]).toBe(
    'Learner,Stages read,Noticing,Identifying,Validating,Qualifying,Conditionally agreeing,Won,Implementing,Final,Exercises done,Worksheets completed',
  );
  expect(lines[1]).toBe('Li Na,0,90,,,,,,,,0,0');
});

test('codes pasted with a chat prefix are read, sortable by stage, with class averages, and the list survives a reload', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/en/workshop/');
  await waitForIslands(page);
  const chat = [
    `[10:32] Li Na: ${encodeResults(learner('Li Na', 60, 90))}`,
    `[10:33] Wang Wei: ${encodeResults(learner('Wang Wei', 95))}`,
    `[10:33] wang wei: ${encodeResults(learner('wang wei', 85, 70))}`,
    '[10:34] Zhao Min: sorry, I will send mine later',
  ].join('\n');
  await page.getByLabel('Results codes, one per line').fill(chat);
  await page.getByRole('button', { name: 'Show the results' }).click();
  const board = page.getByTestId('results-board');
  await expect(board.locator('tbody tr')).toHaveCount(3);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Every column is in view at 1280 px: no sideways scrolling on a projector.
  const wrap = board.locator('xpath=..');
  expect(await wrap.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

  await board.getByRole('button', { name: 'Noticing' }).click();
  await expect(board.locator('tbody th')).toHaveText(['Wang Wei', 'wang wei', 'Li Na']);
  await expect(board.getByRole('columnheader', { name: /Noticing/ })).toHaveAttribute('aria-sort', 'descending');
  await board.getByRole('button', { name: 'Learner' }).click();
  await expect(board.locator('tbody th')).toHaveText(['Li Na', 'wang wei', 'Wang Wei']);
  await expect(page.getByTestId('class-averages')).toContainText('Class average');
  await expect(page.getByTestId('class-averages').locator('td').nth(1)).toContainText('80%');
  await expect(page.getByTestId('class-averages').locator('td').nth(1)).toContainText('67% passed');

  await page.reload();
  await waitForIslands(page);
  await expect(page.getByLabel('Results codes, one per line')).toHaveValue(chat);
  await expect(page.getByTestId('results-board').locator('tbody tr')).toHaveCount(3);
  await page.getByRole('button', { name: 'Clear the list' }).click();
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByLabel('Results codes, one per line')).toHaveValue('');
  await expect(page.getByTestId('results-board')).toHaveCount(0);
});

test('a paste longer than 400,000 characters is read in full', async ({ page }) => {
  await page.goto('/en/workshop/');
  await waitForIslands(page);
  const codes = Array.from(
    { length: 3000 },
    (_, i) =>
      `[10:${String(i % 60).padStart(2, '0')}] Learner ${i}: ${encodeResults({ ...learner(`Learner ${i} ${'x'.repeat(30)}`, i % 101, 50), read: ['noticing', 'identifying', 'validating'] })}`,
  ).join('\n');
  expect(codes.length).toBeGreaterThan(400_000);
  // As a paste does: the whole text arrives in one input event (typing it would take minutes).
  await page.getByLabel('Results codes, one per line').evaluate((el, text) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, text);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, codes);
  await page.getByRole('button', { name: 'Show the results' }).click();
  await expect(page.getByText('3000 learners')).toBeVisible();
  expect(
    await page.getByLabel('Results codes, one per line').evaluate((el) => (el as HTMLTextAreaElement).value.length),
  ).toBe(codes.length);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Showing 100 of 3000: show more' })).toBeVisible();
});

test("class results roll up learners' export files: a bad one named, a duplicate counted once", async ({ page }) => {
  await page.goto('/en/workshop/');
  await waitForIslands(page);
  const dir = join(import.meta.dirname, '../fixtures/class');
  const files = readdirSync(dir).map((name) => join(dir, name));
  expect(files.length).toBeGreaterThanOrEqual(6);
  await page.getByLabel("Learners' export files (choose several at once)").setInputFiles(files);
  await expect(page.getByTestId('class-count')).toHaveText('5 learners counted');
  await expect(page.getByTestId('class-bad')).toContainText(
    'not-an-export.json: This JSON file comes from another application',
  );
  await expect(page.getByTestId('class-same')).toContainText(
    'learner-a-afternoon.json and learner-a-morning.json come from the same learner',
  );
  const stages = page.getByTestId('class-stages');
  await expect(stages.getByRole('row', { name: /^Noticing/ })).toHaveText(/Noticing\s*60%\s*3\s*90%\s*100%/);
  await expect(page.getByTestId('class-exercises').getByRole('row', { name: /The loudest voice/ })).toContainText(
    '72.5%',
  );
  await expect(page.getByTestId('class-missed').locator('tbody tr').first()).toContainText('Xu Kai');
  await expect(page.getByTestId('class-confusion')).toBeVisible();
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download class results as CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('Noticing,60,3,90,100');
});

test('the Chinese board tells a damaged code apart and reads export files', async ({ page }) => {
  await page.goto('/zh-cn/workshop/');
  await waitForIslands(page);
  await page.getByLabel('成绩码（每行一个）').fill('SSM1;n=;r=0000000;c=;x=;w=;k=00000000\n大家好');
  await page.getByRole('button', { name: '显示成绩' }).click();
  await expect(page.getByRole('alert')).toContainText('以下行的成绩码已损坏（被改动或不完整）：1');
  await expect(page.getByText('有 1 行不含成绩码')).toBeVisible();
  const dir = join(import.meta.dirname, '../fixtures/class');
  await page
    .getByLabel('学员的导出文件（可一次选择多个）')
    .setInputFiles(readdirSync(dir).map((name) => join(dir, name)));
  await expect(page.getByTestId('class-count')).toHaveText('共计入 5 名学员');
  await expect(page.getByTestId('class-stages').getByRole('row', { name: /^关注/ })).toContainText('60%');
  await expectAccessible(page);
});

test('with a board and class results shown, nothing scrolls sideways at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/zh-cn/workshop/');
  await waitForIslands(page);
  await page
    .getByLabel('成绩码（每行一个）')
    .fill([encodeResults(learner('李娜', 90, 80)), encodeResults(learner('王伟', 70))].join('\n'));
  await page.getByRole('button', { name: '显示成绩' }).click();
  const dir = join(import.meta.dirname, '../fixtures/class');
  await page
    .getByLabel('学员的导出文件（可一次选择多个）')
    .setInputFiles(readdirSync(dir).map((name) => join(dir, name)));
  await expect(page.getByTestId('class-confusion')).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
