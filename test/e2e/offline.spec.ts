// Offline use through the service worker, on a host that sends `Cache-Control: max-age=600`
// (test/e2e/deploy-server.ts), from a first visit to a new deploy.
import { rmSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, waitForIslands } from './fixtures';
import { DIST, RENAMED_CHUNK, makeBuildB, startDeployServer, worksheetChunk, type DeployServer } from './deploy-server';

test.use({ serviceWorkers: 'allow' });

const WORKSHEET = '/en/worksheets/cra-planner/';
const KB = 1024;
let buildB = '';
let host: DeployServer;

test.beforeAll(() => {
  buildB = makeBuildB();
});
test.afterAll(() => rmSync(buildB, { recursive: true, force: true }));
test.beforeEach(async () => {
  host = await startDeployServer(DIST);
});
test.afterEach(() => host.close());

/** Turns Save-Data on, so a later visit does not keep the whole site by itself. */
async function saveData(context: BrowserContext) {
  await context.addInitScript(() => {
    const connection = (navigator as Navigator & { connection?: object }).connection;
    if (connection) Object.defineProperty(connection, 'saveData', { value: true });
  });
}

/** First visit: waits until the worker is active (its install cached the first-visit files). */
async function firstVisit(page: Page, path: string) {
  await page.goto(host.origin + path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** Reloads until the worker controls the page. */
async function controlled(page: Page) {
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

const offlinePage = (page: Page) => page.locator('[data-offline-page]');

test('the first visit stays under 300 KB gzip and keeps visited pages and the quick reference in both languages', async ({
  page,
  context,
}) => {
  await saveData(context);
  await firstVisit(page, WORKSHEET);
  await waitForIslands(page);
  const firstVisitBytes = host.hits.reduce((sum, hit) => sum + hit.gzip, 0);
  expect(firstVisitBytes).toBeLessThan(300 * KB);
  await controlled(page);

  await context.setOffline(true);
  await page.goto(host.origin + WORKSHEET);
  await waitForIslands(page);
  await expect(page.getByLabel('Client', { exact: true })).toBeEditable();
  await page.goto(host.origin + '/en/stages/closing/');
  await expect(page.locator('#verifiable-outcome')).toBeVisible();
  await page.goto(host.origin + '/zh-cn/reference/#verifiable-outcome');
  await expect(page.getByTestId('reference-table').locator('tbody tr')).toHaveCount(7);
  await page.goto(host.origin + '/en/reference/');
  await expect(page.getByTestId('reference-table').locator('tbody tr')).toHaveCount(7);
  // The other language's stages were not asked for.
  await page.goto(host.origin + '/zh-cn/stages/closing/');
  await expect(offlinePage(page)).toBeVisible();
  await context.setOffline(false);
});

test('"Keep the whole site offline" caches every page, both languages and the search', async ({ page, context }) => {
  await saveData(context);
  await firstVisit(page, '/en/');
  await controlled(page);
  await page.getByRole('button', { name: 'Keep the whole site offline' }).click();
  await expect(page.locator('[data-offline-status]')).toHaveText('The whole site is saved for offline use.', {
    timeout: 20_000,
  });

  await context.setOffline(true);
  await page.goto(host.origin + '/zh-cn/stages/closing/');
  await expect(page.locator('#verifiable-outcome')).toBeVisible();
  await page.goto(host.origin + '/zh-cn/search/?q=关键决策负责人');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await page.goto(host.origin + '/zh-cn/checks/final/');
  await waitForIslands(page);
  await context.setOffline(false);
});

test('a later visit keeps the whole site on an unmetered connection, and not with Save-Data on', async ({
  page,
  context,
}) => {
  await firstVisit(page, '/en/');
  const afterFirst = host.hits.length;
  await controlled(page);
  // Desktop Chromium reports no connection type and a fine pointer: counted as unmetered.
  await expect(page.locator('[data-offline-status]')).toHaveText('The whole site is saved for offline use.', {
    timeout: 20_000,
  });
  expect(host.hits.length - afterFirst).toBeGreaterThan(100);

  const other = await context.browser()!.newContext({ serviceWorkers: 'allow' });
  await saveData(other);
  const second = await other.newPage();
  await second.goto(host.origin + '/zh-cn/');
  await second.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await second.reload();
  await expect.poll(() => second.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  const before = host.hits.length;
  await second.waitForTimeout(1500);
  expect(host.hits.slice(before).map((h) => h.path)).toEqual([]);
  await expect(second.locator('[data-offline-status]')).toHaveText('');
  await other.close();
});

test('a page is served from the cache only when every file it needs is cached', async ({ page, context }) => {
  await saveData(context);
  await firstVisit(page, WORKSHEET);
  await controlled(page);
  // The browser evicted one chunk of the page (or an older worker never stored it).
  const chunk = worksheetChunk();
  await page.evaluate(async (path) => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) if (new URL(request.url).pathname === path) await cache.delete(request);
    }
  }, chunk);
  // And the HTTP cache has expired (max-age is 600 s).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await context.setOffline(true);
  await page.goto(host.origin + WORKSHEET);
  // Not a page whose island would never start (and would lose what is typed): a clear notice.
  await expect(offlinePage(page)).toBeVisible();
  await context.setOffline(false);
  // Online, the page works and is cached again, whole.
  await page.goto(host.origin + WORKSHEET);
  await waitForIslands(page);
  await expect
    .poll(() => page.evaluate(async (path) => Boolean(await caches.match(path, { ignoreSearch: true })), chunk))
    .toBe(true);
});

test('a new deploy behind HTTP caching: only changed files fetched past the cache, no mixing, the learner chooses when to reload', async ({
  page,
  context,
}) => {
  await saveData(context);
  await firstVisit(page, WORKSHEET);
  await controlled(page);
  await waitForIslands(page);
  await page.getByLabel('Client', { exact: true }).fill('Jade River Dairy');

  host.deploy(buildB);
  const before = host.hits.length;
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  // The new version is ready, the page says so and does not reload by itself.
  await expect(page.locator('[data-update-notice]')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('[data-update-notice]')).toContainText('A new version of the site is ready');
  await expect(page.getByLabel('Client', { exact: true })).toHaveValue('Jade River Dairy');
  // Fetched from the host: the new worker and exactly the files that changed among those kept
  // (the browser may check the worker twice: its own update check can meet ours).
  const fetched = [...new Set(host.hits.slice(before).map((h) => h.path))].sort();
  expect(fetched).toEqual([RENAMED_CHUNK, '/en/reference/', WORKSHEET, '/sw.js'].sort());

  // Until the learner reloads, every page comes from build A with build A's chunks.
  const second = await context.newPage();
  await context.setOffline(true);
  await second.goto(host.origin + WORKSHEET);
  await waitForIslands(second);
  await expect(second.locator('html')).not.toHaveAttribute('data-build', 'B');
  await second.close();
  await context.setOffline(false);

  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload now' }).click()]);
  await context.setOffline(true);
  await page.goto(host.origin + WORKSHEET);
  await waitForIslands(page);
  await expect(page.locator('html')).toHaveAttribute('data-build', 'B');
  await expect(page.getByLabel('Client', { exact: true })).toHaveValue('Jade River Dairy');
  await page.goto(host.origin + '/en/reference/');
  await expect(page.locator('html')).toHaveAttribute('data-build', 'B');
  await context.setOffline(false);
});
