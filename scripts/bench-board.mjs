// The results board and class results under load, for `npm run bench` (needs a built dist/):
// reading 1,000 and 5,000 pasted codes and rolling up 200 export files in Chromium, with the
// total time and the longest main-thread task (the board reads in slices so that no task
// should pass 200 ms). Figures, not tests: they vary with the machine.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { browserLaunchOptions } from '../test/e2e/browser.mjs';

const root = join(import.meta.dirname, '..');

/** The site's own encoder, bundled for Node, so the codes are exactly what learners paste. */
async function loadEncoder() {
  const out = await build({
    entryPoints: [join(root, 'src/lib/results-code.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    logLevel: 'silent',
  });
  return (await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`))
    .encodeResults;
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

function codes(encodeResults, n) {
  const stages = [
    'noticing',
    'identifying',
    'validating',
    'qualifying',
    'conditionally-agreeing',
    'closing',
    'implementing',
    'final',
  ];
  return Array.from(
    { length: n },
    (_, i) =>
      `[10:${String(i % 60).padStart(2, '0')}] Learner ${i}: ` +
      encodeResults({
        name: `Learner ${i}`,
        read: stages.slice(0, 1 + (i % 7)),
        checks: stages.slice(0, 1 + (i % 8)).map((id, j) => ({ id, best: (i + j * 7) % 101, attempts: 1 + (j % 3) })),
        exercises: [
          { id: 'loudest-voice', best: 80 },
          { id: 'door-opener', best: i % 101 },
        ],
        worksheets: [{ id: 'cra-planner', completed: i % 2 === 0 }],
      }),
  ).join('\n');
}

/** 200 distinct learners' export files, built from a fixture with each learner's own read times. */
function exportFiles(n) {
  const template = JSON.parse(readFileSync(join(root, 'test/fixtures/class/learner-b.json'), 'utf8'));
  return Array.from({ length: n }, (_, i) => {
    const file = structuredClone(template);
    for (const [k, slug] of Object.keys(file.records.read).entries()) {
      const at = new Date(Date.UTC(2026, 10, 20, 8, 0, 0) + i * 60_000 + k * 1000)
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z');
      file.records.read[slug] = { v: 1, readAt: at, updatedAt: at };
    }
    return {
      name: `learner-${i}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file, null, 2)),
    };
  });
}

/**
 * Runs `act`, waits for `done`, and returns the time taken and the longest task meanwhile.
 * With `startEvent`, timing starts when that event reaches the page, and the task that
 * delivered it is left out: that is Playwright's own work (setInputFiles builds 200 files
 * in the page in one task), not the site's.
 */
async function measure(page, act, done, startEvent) {
  await page.evaluate((event) => {
    window.__tasks = [];
    window.__t0 = event ? null : performance.now();
    if (event)
      document
        .querySelector(event.selector)
        .addEventListener(event.type, () => (window.__t0 = performance.now()), { capture: true, once: true });
    new PerformanceObserver((list) =>
      window.__tasks.push(...list.getEntries().map((e) => [e.startTime, e.duration])),
    ).observe({ type: 'longtask' });
  }, startEvent ?? null);
  await act();
  await done();
  return page.evaluate(() => ({
    total: performance.now() - window.__t0,
    longest: Math.max(
      0,
      ...window.__tasks
        .filter(([start, duration]) => start + duration > window.__t0 && !(start <= window.__t0))
        .map(([, d]) => d),
    ),
  }));
}

export async function benchBoard() {
  const port = await freePort();
  const server = spawn(process.execPath, [join(root, 'test/e2e/serve.mjs'), String(port)], { stdio: 'ignore' });
  const browser = await chromium.launch(browserLaunchOptions());
  const rows = [];
  try {
    await new Promise((r) => setTimeout(r, 500));
    const encodeResults = await loadEncoder();
    const open = async () => {
      const page = await browser.newPage();
      await page.goto(`http://localhost:${port}/en/workshop/`);
      await page.waitForFunction(() =>
        [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')),
      );
      return page;
    };
    for (const n of [1000, 5000]) {
      const page = await open();
      const text = codes(encodeResults, n);
      // A paste: the whole text in one input event.
      await page.locator('#board-codes').evaluate((el, value) => {
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(el, value);
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, text);
      const figures = await measure(
        page,
        () => page.getByRole('button', { name: 'Show the results' }).click(),
        // A cheap check: Playwright's text locators walk the whole page, a long task of their own.
        () =>
          page.waitForFunction(
            (count) => document.querySelector('.results-board [aria-live] strong')?.textContent === `${count} learners`,
            n,
            { polling: 100, timeout: 120_000 },
          ),
      );
      rows.push([`board, ${n.toLocaleString('en')} codes (${(text.length / 1e6).toFixed(2)} M chars)`, figures]);
      await page.evaluate(() => document.querySelector('.board-actions .secondary')?.click());
      await page.close();
    }
    const page = await open();
    const files = exportFiles(200);
    const figures = await measure(
      page,
      () => page.locator('#class-files').setInputFiles(files),
      () =>
        page.waitForFunction(
          () => document.querySelector('[data-testid="class-count"]')?.textContent === '200 learners counted',
          null,
          { polling: 100, timeout: 120_000 },
        ),
      { selector: '#class-files', type: 'change' },
    );
    rows.push(['class results, 200 export files', figures]);
    await page.close();
  } finally {
    await browser.close();
    server.kill();
  }
  console.log(
    "\nResults board in Chromium (total from the click or the file input's change; longest main-thread task meanwhile):",
  );
  for (const [label, { total, longest }] of rows)
    console.log(
      `  ${label.padEnd(44)} total ${(total / 1000).toFixed(2).padStart(5)} s   longest task ${Math.round(longest).toString().padStart(4)} ms`,
    );
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchBoard();
