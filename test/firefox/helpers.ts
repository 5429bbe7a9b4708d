/**
 * Firefox through puppeteer-core over WebDriver BiDi: launching, and watching a page for
 * uncaught errors, console errors, CSP violations and requests that leave the test server.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxPath, firefoxPort } from './firefox.mjs';

export const executablePath = firefoxPath();
/** Why the suite skips, printed once per file; null when Firefox is there. */
export const skipReason = executablePath
  ? null
  : 'Firefox suite skipped: no Firefox found (set FIREFOX_PATH, or run as root so test/firefox/setup-firefox.mjs can apt-get install firefox-esr).';
if (skipReason) console.warn(skipReason);

export const origin = (port = firefoxPort) => `http://localhost:${port}`;

/**
 * A fresh profile. As in the Chromium suite, the service worker is off unless a test needs
 * it: it would precache the whole site per profile, and a request it answers for a page
 * being left is reported by Firefox as that page's error.
 */
export function launchFirefox({ serviceWorker = false } = {}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: executablePath!,
    headless: true,
    extraPrefsFirefox: { 'dom.serviceWorkers.enabled': serviceWorker },
  });
}

/** What went wrong on a watched page, one line each, with the page it happened on. */
export interface Watch {
  problems: string[];
}

/** Records every problem the suite forbids; call before the first navigation of the page. */
export async function watchPage(page: Page, port = firefoxPort): Promise<Watch> {
  const watch: Watch = { problems: [] };
  const where = () => new URL(page.url(), 'http://x').pathname;
  page.on('console', (message) => {
    if (message.type() === 'error') watch.problems.push(`${where()}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) =>
    watch.problems.push(`${where()}: uncaught: ${error instanceof Error ? error.message : String(error)}`),
  );
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.host !== `localhost:${port}`)
      watch.problems.push(`${where()}: request to another host: ${request.url()}`);
  });
  // Firefox reports CSP violations to the page as an event; make each one a console error.
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
  return watch;
}

/**
 * Waits until `predicate` (run in the page) is truthy. Polls with evaluate() rather than
 * waitForFunction(), which builds its predicate with Function(): Firefox 140 blocks that under
 * the site's CSP (no 'unsafe-eval'), while evaluate() runs through WebDriver BiDi directly.
 */
export async function waitUntil<A extends unknown[]>(
  page: Page,
  predicate: (...args: A) => unknown,
  { timeout = 30_000 }: { timeout?: number } = {},
  ...args: A
): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    // A navigation in progress destroys the context: try again.
    const ok = await page.evaluate(predicate as (...a: unknown[]) => unknown, ...args).catch(() => false);
    if (ok) return;
    if (Date.now() > end)
      throw new Error(`waitUntil: timed out after ${timeout} ms: ${predicate.toString().slice(0, 120)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until every island has hydrated and the browser has had an idle moment (the header's lazy module). */
export async function settle(page: Page): Promise<void> {
  await waitUntil(page, () => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')), {
    timeout: 20_000,
  });
  // The header's idle modules (learner status, offline): leaving while one is still fetched makes
  // Firefox log the cancelled request, which the service worker intercepted, as a page error.
  await waitUntil(page, () => document.documentElement.dataset['idleModules'] !== 'loading', { timeout: 20_000 });
  await page.evaluate(
    () => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 100), { timeout: 2_000 })),
  );
}

/** Text of the first element matching `selector`, or '' when there is none. */
export function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');
}

/** Waits until the element's text contains `expected`. */
export async function waitForText(page: Page, selector: string, expected: string, timeout = 10_000): Promise<void> {
  await waitUntil(
    page,
    (s: string, e: string) => document.querySelector(s)?.textContent?.includes(e) ?? false,
    { timeout },
    selector,
    expected,
  );
}
