import { readFileSync } from 'node:fs';
import { expect, seedStorage, storageSnapshot as snapshot, test, waitForIslands } from './fixtures';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from '../../src/lib/export-file';
import type { Page } from '@playwright/test';

const T = '2026-11-20T10:00:00Z';
const check = (best: number) => ({
  v: 1,
  contentHash: '',
  attempts: 1,
  best,
  last: best,
  passed: best >= 80,
  updatedAt: T,
});
const stored = {
  'ssm:v1:check:noticing': JSON.stringify(check(90)),
  'ssm:v1:read:noticing': JSON.stringify({ v: 1, readAt: T, updatedAt: T }),
};
const valid = {
  format: 'ssm-playbook',
  version: 1,
  exportedAt: T,
  records: { read: {}, exercise: {}, check: { closing: check(85) }, worksheet: {} },
  lastActivity: null,
};

const seed = (page: Page) => seedStorage(page, stored);
const upload = (page: Page, name: string, body: string | Buffer) =>
  page
    .getByLabel('Export file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(body) ? body : Buffer.from(body) });

const hostile: [string, string | Buffer, RegExp][] = [
  ['not JSON', 'this is not { json', /not JSON/],
  ['empty', '', /empty/],
  ['a JSON array', '[1,2,3]', /does not have the shape/],
  ['another format', JSON.stringify({ ...valid, format: 'excel-export' }), /another application/],
  ['a newer version', JSON.stringify({ ...valid, version: 7 }), /newer version/],
  [
    '__proto__',
    '{"format":"ssm-playbook","version":1,"exportedAt":"2026-11-20T10:00:00Z","records":{"read":{},"exercise":{},"check":{"__proto__":{"polluted":true}},"worksheet":{}},"lastActivity":null}',
    /not allowed/,
  ],
  ['constructor', JSON.stringify({ ...valid, constructor: { prototype: { x: 1 } } }), /not allowed/],
  [
    'an unknown field',
    JSON.stringify({ ...valid, records: { ...valid.records, check: { closing: { ...check(85), admin: true } } } }),
    /missing, unknown/,
  ],
  [
    'a missing field',
    JSON.stringify({ format: 'ssm-playbook', version: 1, exportedAt: T, lastActivity: null }),
    /missing, unknown/,
  ],
  [
    'a wrong type',
    JSON.stringify({ ...valid, records: { ...valid.records, check: { closing: { ...check(85), attempts: 'lots' } } } }),
    /wrong type|whole number/,
  ],
  [
    'a score out of range',
    JSON.stringify({ ...valid, records: { ...valid.records, check: { closing: check(5000) } } }),
    /whole number from 0 to 100/,
  ],
  [
    'HTML in a text field',
    JSON.stringify({
      ...valid,
      lastActivity: { v: 1, path: 'javascript:alert(1)', title: '<img src=x onerror=alert(1)>', at: T },
    }),
    /path of this site's pages/,
  ],
  ['over the limit', Buffer.alloc(MAX_IMPORT_BYTES + 1, 32), new RegExp(`larger than ${MAX_IMPORT_MB} MB`)],
];

test('hostile import files are rejected with a clear message and leave storage byte-for-byte unchanged', async ({
  page,
}) => {
  await seed(page);
  await page.goto('/en/my-data/');
  await waitForIslands(page);
  const before = await snapshot(page);
  expect(Object.keys(before)).toHaveLength(2);
  for (const [what, body, message] of hostile) {
    await upload(page, `${what}.json`, body);
    const alert = page.getByRole('alert');
    await expect(alert, what).toContainText(message);
    await expect(alert).toContainText('Nothing was changed.');
    await expect(page.getByTestId('import-preview')).toHaveCount(0);
    expect(await snapshot(page), what).toEqual(before);
  }
  expect(await page.evaluate(() => (({}) as Record<string, unknown>)['polluted'])).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('export, clear and import again restores everything', async ({ page }) => {
  await seed(page);
  await page.goto('/en/my-data/');
  await waitForIslands(page);
  const before = await snapshot(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my data' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({
    format: 'ssm-playbook',
    version: 2,
    records: { check: { noticing: { best: 90 } } },
  });

  await page.getByRole('button', { name: 'Clear all data…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('All data was cleared.')).toBeVisible();
  expect(Object.keys(await snapshot(page)).filter((k) => k.startsWith('ssm:v1:'))).toEqual([]);

  await upload(page, 'backup.json', readFileSync(file));
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('Knowledge checks: 1 new, 0 updated, 0 unchanged');
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('button', { name: 'Yes, import' }).click();
  await expect(page.getByText('Imported.')).toBeVisible();
  expect(await snapshot(page)).toEqual(before);
});

test('replace removes what the file does not hold, after showing how much', async ({ page }) => {
  await seed(page);
  await page.goto('/en/my-data/');
  await waitForIslands(page);
  await upload(page, 'other.json', JSON.stringify(valid));
  await page.getByRole('radio', { name: /Replace/ }).check();
  await expect(page.getByTestId('import-preview')).toContainText('delete 2 records');
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('button', { name: 'Yes, import' }).click();
  const after = await snapshot(page);
  expect(Object.keys(after).filter((k) => k.startsWith('ssm:v1:'))).toEqual(['ssm:v1:check:closing']);
});

test('a results code is short, and reads back on another device', async ({ page, browser }) => {
  await seed(page);
  await page.goto('/en/my-data/');
  await waitForIslands(page);
  await page.getByLabel(/Your name/).fill('Li Na');
  await page.getByRole('button', { name: 'Make my results code' }).click();
  const code = await page.getByTestId('results-code').inputValue();
  expect(code).toMatch(/^SSM1;n=Li Na;r=1000000;c=noticing\.90\.1;/);
  expect(code.length).toBeLessThanOrEqual(2000);

  const other = await (await browser.newContext()).newPage();
  await other.goto('/en/my-data/');
  await waitForIslands(other);
  await other.getByLabel('Or paste a results code').fill(code.replace('90', '99'));
  await other.getByRole('button', { name: 'Read the code' }).click();
  await expect(other.getByRole('alert')).toContainText('cannot be read');
  await other.getByLabel('Or paste a results code').fill(code);
  await other.getByRole('button', { name: 'Read the code' }).click();
  await expect(other.getByTestId('import-preview')).toContainText('Results code for: Li Na');
  await other.getByRole('button', { name: 'Import…' }).click();
  await other.getByRole('button', { name: 'Yes, import' }).click();
  const imported = await other.evaluate(() => JSON.parse(localStorage.getItem('ssm:v1:check:noticing')!));
  expect(imported).toMatchObject({ best: 90, passed: true });
});
