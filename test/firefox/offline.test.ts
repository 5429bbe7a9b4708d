/**
 * After one visit, the site works offline in Firefox: the service worker answers pages in
 * both languages and the search. Offline here is real: the test stops its own server
 * (puppeteer's offline emulation does not reach Firefox's service worker).
 */
import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firefoxPort } from './firefox.mjs';
import { launchFirefox, origin, skipReason, watchPage, type Watch, waitUntil } from './helpers';
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

  // The first visit keeps this language's reading pages and the quick reference in both
  // languages; search offline comes with "Keep the whole site offline" (Chromium's offline spec).
  test('after a first visit, reading pages and the quick reference in both languages work with the server gone', async () => {
    await page.goto(`${origin(port)}/en/`, { waitUntil: 'load' });
    // Installed (the whole site precached) and controlling this page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload({ waitUntil: 'load' });
    await waitUntil(page, () => Boolean(navigator.serviceWorker.controller), { timeout: 30_000 });

    await stopServer(server);
    await expect(fetch(`${origin(port)}/en/`)).rejects.toThrow();

    await page.goto(`${origin(port)}/en/stages/closing/`, { waitUntil: 'load' });
    expect(await page.$('#verifiable-outcome')).not.toBeNull();
    for (const lang of ['en', 'zh-cn']) {
      await page.goto(`${origin(port)}/${lang}/reference/`, { waitUntil: 'load' });
      expect(await page.$$eval('[data-testid="reference-table"] tbody tr', (rows) => rows.length)).toBe(7);
    }
    // The home page, open when the server went away, may still have had loads in flight
    // (idle modules); Firefox reports each as a service-worker error on that page. The pages
    // opened offline must show none.
    const inFlight = (p: string) => p.startsWith('/en/: ') && p.includes('A ServiceWorker intercepted the request');
    expect(watch.problems.filter((p) => !inFlight(p))).toEqual([]);
  });
});
