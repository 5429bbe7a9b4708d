import { expect, seedStorage as seed, storageSnapshot, test, waitForIslands } from './fixtures';

const T = '2026-11-20T10:00:00Z';
const check = (best: number) =>
  JSON.stringify({ v: 1, contentHash: '', attempts: 1, best, last: best, passed: best >= 80, updatedAt: T });
const read = JSON.stringify({ v: 1, readAt: T, updatedAt: T });

test('reading a stage to its end marks it read, and progress shows on the dashboard and in the header', async ({
  page,
}) => {
  await page.goto('/en/stages/noticing/');
  await page.locator('#practice').scrollIntoViewIfNeeded();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('ssm:v1:read:noticing'))).not.toBeNull();
  await page.goto('/en/progress/');
  await waitForIslands(page);
  await expect(page.getByTestId('stage-progress-noticing')).toContainText('Page read');
  await expect(page.locator('[data-overall-progress]')).toBeVisible();
  await expect(page.getByRole('link', { name: /Continue where you left off: Stage 1: Noticing/ })).toBeVisible();
});

test('two pages in one browser stay in sync without reload', async ({ page, context }) => {
  await page.goto('/en/exercises/loudest-voice/');
  await waitForIslands(page);
  const other = await context.newPage();
  await other.goto('/en/exercises/loudest-voice/');
  await waitForIslands(other);
  await page.getByRole('checkbox', { name: 'Evaluator' }).first().check();
  await expect(other.getByRole('checkbox', { name: 'Evaluator' }).first()).toBeChecked();
  await other.getByRole('radio', { name: 'Opponent' }).first().check();
  await expect(page.getByRole('radio', { name: 'Opponent' }).first()).toBeChecked();
  // Both edits are kept: neither tab overwrote the other's newer work.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('ssm:v1:exercise:loudest-voice')!));
  const first = Object.values(stored.answers)[0] as { roles: string[]; stance: string };
  expect(first).toMatchObject({ roles: ['evaluator'], stance: 'opponent' });
});

test('a corrupted stored value is set aside and reported while the rest stays', async ({ page }) => {
  const corrupt = '{"v":1,"contentHash":"x","answers":{"a":{"roles":["boss"]}}';
  await seed(page, {
    'ssm:v1:check:noticing': check(90),
    'ssm:v1:exercise:loudest-voice': corrupt,
    'ssm:v1:read:identifying': read,
  });
  await page.goto('/en/progress/');
  await waitForIslands(page);
  await expect(page.locator('#learner-notice')).toContainText('could not be read and was set aside');
  await expect(page.getByTestId('stage-progress-noticing')).toContainText('best 90%');
  await expect(page.getByTestId('stage-progress-identifying')).toContainText('Page read');
  const snapshot = await storageSnapshot(page);
  expect(snapshot['ssm:v1:exercise:loudest-voice']).toBeUndefined();
  const backup = Object.entries(snapshot).find(([k]) => k.startsWith('ssm:backup:ssm:v1:exercise:loudest-voice@'));
  expect(backup?.[1]).toBe(corrupt);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the set-aside data' }).click();
  expect((await download).suggestedFilename()).toBe('ssm-playbook-set-aside.json');
});

test('v0 records from the prototype are migrated on first load', async ({ page }) => {
  await seed(page, { 'ssm:check:noticing': '{"best":90,"attempts":2}', 'ssm:read:noticing': 'true' });
  await page.goto('/en/progress/');
  await waitForIslands(page);
  await expect(page.getByTestId('stage-progress-noticing')).toContainText('best 90%');
  const snapshot = await storageSnapshot(page);
  expect(snapshot['ssm:check:noticing']).toBeUndefined();
  expect(JSON.parse(snapshot['ssm:v1:check:noticing']!)).toMatchObject({ v: 1, best: 90, attempts: 2, passed: true });
});

test('a record from a newer site version is left untouched', async ({ page }) => {
  const future = JSON.stringify({ v: 2, somethingNew: true });
  await seed(page, { 'ssm:v1:check:noticing': future });
  await page.goto('/en/progress/');
  await waitForIslands(page);
  await expect(page.locator('#learner-notice')).toContainText('newer version');
  expect((await storageSnapshot(page))['ssm:v1:check:noticing']).toBe(future);
});

test('a full storage keeps the old value and says work will not be kept', async ({ page }) => {
  await seed(page, { 'ssm:v1:read:noticing': read });
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('ssm:v1:exercise:') || key === 'ssm:probe')
        throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.goto('/en/exercises/loudest-voice/');
  await waitForIslands(page);
  await expect(page.locator('#learner-notice')).toContainText('kept only until you close this tab');
  await page.getByRole('checkbox', { name: 'Sponsor' }).first().check();
  await expect(page.getByRole('checkbox', { name: 'Sponsor' }).first()).toBeChecked();
  const snapshot = await storageSnapshot(page);
  expect(snapshot['ssm:v1:exercise:loudest-voice']).toBeUndefined();
  expect(snapshot['ssm:v1:read:noticing']).toBe(read);
});

test.describe('storage that throws on every call', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const fail = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      for (const name of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const) Storage.prototype[name] = fail;
      Object.defineProperty(window, 'localStorage', { get: fail, configurable: true });
    });
  });
  const pages = [
    '/en/',
    '/en/stages/noticing/',
    '/en/reference/',
    '/en/glossary/',
    '/en/exercises/',
    '/en/exercises/loudest-voice/',
    '/en/progress/',
    '/en/my-data/',
    '/zh-cn/stages/closing/',
    '/en/about/',
  ];
  for (const path of pages) {
    test(`${path} stays usable`, async ({ page }) => {
      await page.goto(path);
      await waitForIslands(page);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('#learner-notice')).toContainText(/is not saving anything|不保存任何数据/);
    });
  }
  test('an exercise works in memory', async ({ page }) => {
    await page.goto('/en/exercises/loudest-voice/');
    await waitForIslands(page);
    await page.getByRole('button', { name: 'Show the answer' }).first().click();
    await page.getByRole('button', { name: 'Yes, show the answers' }).click();
    await expect(page.getByTestId('exercise-result-panel')).toBeVisible();
  });
});
