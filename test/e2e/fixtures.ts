/**
 * Shared test fixture: every page is watched for console errors, uncaught exceptions and
 * requests that leave localhost; a test fails if any happens.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

interface Watch {
  errors: string[];
  outside: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page }, use) => {
      const watch: Watch = { errors: [], outside: [] };
      page.on('console', (msg) => {
        if (msg.type() === 'error') watch.errors.push(msg.text());
      });
      page.on('pageerror', (err) => watch.errors.push(err.message));
      page.on('request', (req) => {
        const url = new URL(req.url());
        if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol))
          watch.outside.push(req.url());
      });
      await use(watch);
      expect(watch.outside, 'requests that left localhost').toEqual([]);
      expect(watch.errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe (WCAG 2 A/AA) on the page and expects no violations. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary).toEqual([]);
}

/** Waits until every island on the page has hydrated. */
export async function waitForIslands(page: Page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')),
  );
}

/** Seeds localStorage before any page script runs, on the first navigation of the page only. */
export async function seedStorage(page: Page, values: Record<string, string>) {
  await page.addInitScript((v) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [k, val] of Object.entries(v)) localStorage.setItem(k, val);
  }, values);
}

/** Every `ssm:` key and value in localStorage, sorted: for byte-for-byte comparisons. */
export function storageSnapshot(page: Page): Promise<Record<string, string | null>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('ssm:'))
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );
}
