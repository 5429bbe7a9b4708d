/**
 * After one visit, the site works offline in Firefox: the service worker answers pages in
 * both languages and the search. Offline here is real: the test stops its own server
 * (puppeteer's offline emulation does not reach Firefox's service worker).
 */
import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firefoxPort } from './firefox.mjs';
import { launchFirefox, origin, skipReason, textOf, watchPage, type Watch } from './helpers';
import { startServer, stopServer } from './serve';

const port = firefoxPort + 1;

describe.skipIf(skipReason)('offline in Firefox', () => {
  let browser: Browser;
  let server: ChildProcess;
  let page: Page;
  let watch: Watch;

  beforeAll(async () => {
    server = await startServer(port);
    browser = await launchFirefox({ serviceWorker: true });
    page = await browser.newPage();
    watch = await watchPage(page, port);
  });
  afterAll(async () => {
    await browser?.close();
    if (server) await stopServer(server);
  });

  test('after a first visit, pages in both languages and the search work with the server gone', async () => {
    await page.goto(`${origin(port)}/en/`, { waitUntil: 'load' });
    // Installed (the whole site precached) and controlling this page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), { timeout: 30_000 });

    await stopServer(server);
    await expect(fetch(`${origin(port)}/en/`)).rejects.toThrow();

    await page.goto(`${origin(port)}/zh-cn/stages/closing/`, { waitUntil: 'load' });
    expect(await page.$('#verifiable-outcome')).not.toBeNull();
    await page.goto(`${origin(port)}/en/reference/`, { waitUntil: 'load' });
    expect(await page.$$eval('[data-testid="reference-table"] tbody tr', (rows) => rows.length)).toBe(7);
    await page.goto(`${origin(port)}/zh-cn/search/?q=${encodeURIComponent('关键决策负责人')}`, { waitUntil: 'load' });
    await page.waitForSelector('[data-search-results] li', { timeout: 20_000 });
    expect(await textOf(page, '[data-search-results]')).toContain('关键决策负责人');
    expect(watch.problems).toEqual([]);
  });
});
