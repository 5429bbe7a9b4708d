/**
 * Every built page, in both languages, loads in Firefox with no uncaught error, no console
 * error, no CSP violation and no request to another host. The list comes from dist/, so a
 * new page is crawled without editing this file.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefox, origin, settle, skipReason, watchPage, waitUntil } from './helpers';

const dist = join(import.meta.dirname, '..', '..', 'dist');

function builtPages(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return builtPages(path);
    if (!entry.name.endsWith('.html')) return [];
    const url = `/${relative(dist, path).split(sep).join('/')}`;
    // The LMS launch page sends a visitor without an LMS to the site's home page, by design.
    if (/^\/[a-z-]+\/lms\/index\.html$/.test(url)) return [];
    return [url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url];
  });
}

/** Two tabs crawl side by side: about half the time, and still light on a 2-core machine. */
const TABS = 2;

describe.skipIf(skipReason)('every built page in Firefox', () => {
  let browser: Browser;
  beforeAll(async () => {
    // With the service worker on, as a reader has it.
    browser = await launchFirefox({ serviceWorker: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the watch sees each kind of problem it must report', async () => {
    const page = await browser.newPage();
    const watch = await watchPage(page);
    await page.goto(`${origin()}/en/about/`, { waitUntil: 'load' });
    await page.evaluate(() => {
      console.error('a console error');
      setTimeout(() => {
        throw new Error('an uncaught error');
      });
      const inline = document.createElement('script');
      inline.textContent = 'window.ranInline = true';
      document.body.append(inline);
      void fetch('http://example.invalid/').catch(() => {});
    });
    await new Promise((r) => setTimeout(r, 1_000));
    await page.close();
    const seen = watch.problems.join('\n');
    expect(seen).toContain('console error: a console error');
    expect(seen).toMatch(/uncaught: .*an uncaught error/);
    expect(seen).toContain('CSP violation: script-src');
    expect(seen).toContain('request to another host: http://example.invalid/');
  });

  test('the crawl covers both languages alike', () => {
    const pages = builtPages();
    const en = pages.filter((p) => p.startsWith('/en/')).map((p) => p.slice(3));
    const zh = pages.filter((p) => p.startsWith('/zh-cn/')).map((p) => p.slice(6));
    expect(en.length).toBeGreaterThan(30);
    expect(zh.sort()).toEqual(en.sort());
  });

  test('loads with no error, no CSP violation and no request to another host', async () => {
    const queue = builtPages().sort();
    const problems: string[] = [];
    const crawl = async () => {
      const page = await browser.newPage();
      const watch = await watchPage(page);
      for (let path = queue.shift(); path; path = queue.shift()) {
        const response = await page.goto(origin() + path, { waitUntil: 'load' });
        // The root page forwards to /en/ at once; every other page must load as itself.
        if (path !== '/') expect.soft(new URL(page.url()).pathname, `${path} was redirected`).toBe(path);
        if (path !== '/404.html') expect.soft(response?.status(), `${path} status`).toBe(200);
        if (path === '/')
          await waitUntil(page, () => location.pathname === '/en/' && document.readyState === 'complete');
        await settle(page);
      }
      problems.push(...watch.problems);
      await page.close();
    };
    await Promise.all(Array.from({ length: TABS }, crawl));
    expect(problems).toEqual([]);
  });
});
