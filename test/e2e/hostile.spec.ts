/**
 * Hostile tests of the learner's storage (issue 9): each reproduces a way work was lost or
 * hidden, and fails on the site as it was before the fix.
 */
import { readFileSync } from 'node:fs';
import { expect, seedStorage, storageSnapshot, test, waitForIslands } from './fixtures';

const T = '2026-11-20T10:00:00Z';
const answers = { ann: { roles: ['approver'], stance: 'neutral', move: 'keep-informed' } };
const exercise = {
  v: 1,
  contentHash: 'keepme',
  answers,
  attempts: 2,
  best: 85,
  last: 85,
  revealed: false,
  completedAt: T,
  updatedAt: T,
};
const check = { v: 1, contentHash: 'hash1', attempts: 3, best: 90, last: 90, passed: true, updatedAt: T };
const read = { v: 1, readAt: T, updatedAt: T };

test('1. reading one’s own results code back keeps answers, hashes and read dates', async ({ page }) => {
  await seedStorage(page, {
    'ssm:v1:exercise:loudest-voice': JSON.stringify(exercise),
    'ssm:v1:check:noticing': JSON.stringify(check),
    'ssm:v1:read:noticing': JSON.stringify(read),
  });
  await page.goto('/en/my-data/');
  await waitForIslands(page);
  const before = await storageSnapshot(page);
  await page.getByLabel('Your name (optional, included in the code)').fill('Li Na');
  await page.getByRole('button', { name: 'Make my results code' }).click();
  const code = await page.getByTestId('results-code').inputValue();
  await page.getByLabel('Or paste a results code').fill(code);
  await page.getByRole('button', { name: 'Read the code' }).click();
  await expect(page.getByTestId('import-preview')).toContainText('0 updated');
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('button', { name: 'Yes, import' }).click();
  await expect(page.getByText('Imported.')).toBeVisible();
  expect(await storageSnapshot(page)).toEqual(before);
});

test('3. with storage full, work is kept for the tab across pages, the notice offers Export now, and an import never claims success', async ({
  page,
}) => {
  await seedStorage(page, { 'ssm:v1:read:noticing': JSON.stringify(read) });
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (this === window.localStorage && key !== 'ssm:theme') throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.goto('/en/exercises/loudest-voice/');
  await waitForIslands(page);
  await page.getByRole('checkbox', { name: 'Sponsor' }).first().check();
  const notice = page.locator('#learner-notice');
  await expect(notice).toContainText('kept only until you close this tab');
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Export now' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(Object.keys(exported.records.exercise)).toEqual(['loudest-voice']);

  // Another page of the same tab still has it, and My data shows it.
  await page.goto('/en/exercises/loudest-voice/');
  await waitForIslands(page);
  await expect(page.getByRole('checkbox', { name: 'Sponsor' }).first()).toBeChecked();
  await page.goto('/en/my-data/');
  await waitForIslands(page);
  await expect(page.getByTestId('stored-summary')).toContainText('1');
  await expect(page.getByTestId('storage-health')).toContainText('until you close this tab');

  // An import under a full quota says what was refused, not "Imported".
  const file = {
    format: 'ssm-playbook',
    version: 2,
    exportedAt: T,
    records: { check: { noticing: check } },
    lastActivity: null,
  };
  await page
    .getByLabel('Export file')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('button', { name: 'Yes, import' }).click();
  await expect(page.getByTestId('import-status')).toContainText('refused to store 1');
  await expect(page.getByText('Imported.')).toHaveCount(0);
  expect((await storageSnapshot(page))['ssm:v1:check:noticing']).toBeUndefined();
});

test('4. impossible dates in stored records never crash an island', async ({ page }) => {
  const bad = '2026-02-30T24:60:60Z';
  await seedStorage(page, {
    'ssm:v1:last': JSON.stringify({
      v: 1,
      path: '/en/stages/noticing/',
      title: 'Noticing',
      at: '2026-99-99T99:99:99Z',
    }),
    'ssm:v1:worksheet:cra-planner': JSON.stringify({
      v: 1,
      contentHash: '',
      body: { fields: { client: 'Dairy' } },
      completed: false,
      startedAt: bad,
      updatedAt: bad,
    }),
  });
  await page.goto('/en/progress/');
  await waitForIslands(page);
  await expect(page.getByTestId('overall-progress')).toBeVisible();
  await page.goto('/en/worksheets/cra-planner/');
  await waitForIslands(page);
  await expect(page.locator('#learner-notice')).toContainText('set aside');
  await expect(page.getByLabel('Client', { exact: true })).toBeEditable();
});

test('6. two tabs ticking different contacts of one exercise at the same moment both keep their answer', async ({
  page,
  context,
}) => {
  await page.goto('/en/exercises/loudest-voice/');
  await waitForIslands(page);
  const other = await context.newPage();
  await other.goto('/en/exercises/loudest-voice/');
  await waitForIslands(other);
  await expect(page.getByTestId('open-elsewhere')).toBeVisible();
  await expect(other.getByTestId('open-elsewhere')).toBeVisible();
  const first = page.locator('li.contact').nth(0).getByRole('checkbox').first();
  const second = other.locator('li.contact').nth(1).getByRole('checkbox').first();
  // Clicks, not check(): check() fails when the box is unticked the instant after its click,
  // which a re-render from the other tab's simultaneous write can do before this tab's own
  // tick shows again. What matters is the end state, asserted (with retries) below.
  await Promise.all([first.click(), second.click()]);
  for (const p of [page, other]) {
    await expect(p.locator('li.contact').nth(0).getByRole('checkbox').first()).toBeChecked();
    await expect(p.locator('li.contact').nth(1).getByRole('checkbox').first()).toBeChecked();
  }
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('ssm:v1:exercise:loudest-voice')!));
  expect(Object.keys(stored.answers)).toHaveLength(2);
  await other.close();
  await expect(page.getByTestId('open-elsewhere')).toHaveCount(0);
});

test('6. two tabs typing into different fields of one worksheet lose nothing', async ({ page, context }) => {
  // One opportunity's CRA planner in both tabs (deal sheets are filled per opportunity).
  const deal = JSON.stringify({
    v: 1,
    name: 'Deal',
    client: '',
    initiative: '',
    value: null,
    currency: '',
    closeDate: null,
    stage: 2,
    archived: false,
    outcomes: {},
    vitals: {},
    createdAt: T,
    updatedAt: T,
  });
  await seedStorage(page, { 'ssm:v1:opportunity:deal-1': deal });
  await page.goto('/en/worksheets/cra-planner/?opportunity=deal-1');
  await waitForIslands(page);
  const other = await context.newPage();
  await other.goto('/en/worksheets/cra-planner/?opportunity=deal-1');
  await waitForIslands(other);
  const fields = page.locator('.ws-body textarea, .ws-body input[type="text"]');
  const a = fields.nth(0);
  const b = other.locator('.ws-body textarea, .ws-body input[type="text"]').nth(1);
  for (const ch of 'abcdefghij') {
    await Promise.all([a.press(ch), b.press(ch.toUpperCase())]);
  }
  await expect(a).toHaveValue('abcdefghij');
  await expect(b).toHaveValue('ABCDEFGHIJ');
  await expect(other.locator('.ws-body textarea, .ws-body input[type="text"]').nth(0)).toHaveValue('abcdefghij');
  await expect(fields.nth(1)).toHaveValue('ABCDEFGHIJ');
});

test('7. a worksheet saved by a newer version is read-only with a reload prompt, and stays untouched', async ({
  page,
}) => {
  // Worksheets are version 3 (one account plan per client): version 4 is from a newer site.
  const future = JSON.stringify({
    v: 4,
    contentHash: '',
    body: { fields: { client: 'typed in a newer tab' } },
    updatedAt: T,
  });
  const deal = JSON.stringify({
    v: 1,
    name: 'Deal',
    client: '',
    initiative: '',
    value: null,
    currency: '',
    closeDate: null,
    stage: 2,
    archived: false,
    outcomes: {},
    vitals: {},
    createdAt: T,
    updatedAt: T,
  });
  await seedStorage(page, { 'ssm:v1:opportunity:deal-1': deal, 'ssm:v1:worksheet:cra-planner-for-deal-1': future });
  await page.goto('/en/worksheets/cra-planner/?opportunity=deal-1');
  await waitForIslands(page);
  await expect(page.getByTestId('locked-notice')).toContainText('newer version');
  await expect(page.getByTestId('locked-notice').getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await expect(page.getByLabel('Client', { exact: true })).toBeDisabled();
  await expect(page.getByTestId('saved-status')).not.toContainText('Saved');
  expect((await storageSnapshot(page))['ssm:v1:worksheet:cra-planner-for-deal-1']).toBe(future);
});

test('9. a forged last-activity path never becomes an off-site "Continue" link', async ({ page }) => {
  await seedStorage(page, { 'ssm:v1:last': JSON.stringify({ v: 1, path: '//2130706433/', title: 'Continue', at: T }) });
  await page.goto('/en/progress/');
  await waitForIslands(page);
  const hrefs = await page.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => h.startsWith('//') || /^https?:/.test(h))).toEqual([]);
});

test('10. the policy covers the theme script and refuses plugins, <base> and foreign form posts', async ({ page }) => {
  const html = readFileSync(new URL('../../dist/en/index.html', import.meta.url), 'utf8');
  const policy = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const theme = /<script>([^<]*ssm:theme[^<]*)<\/script>/.exec(html)?.[1] ?? '';
  const { createHash } = await import('node:crypto');
  expect(theme).not.toBe('');
  expect(policy).toContain(`'sha256-${createHash('sha256').update(theme).digest('base64')}'`);
  for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'"])
    expect(policy).toContain(directive);
  // And the page runs under it, served as a header too.
  await page.route('**/en/', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': policy.replaceAll('&#39;', "'") },
    });
  });
  const violations: string[] = [];
  page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => localStorage.setItem('ssm:theme', 'dark'));
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(violations).toEqual([]);
});
