// Typing cost: CPU per key in a worksheet note against a baseline page with one plain
// React-controlled textarea (same React build), 2,000 keys dispatched one by one through the
// DevTools protocol. CPU is the main thread's task time (Performance.getMetrics TaskDuration),
// including the work a key schedules (renders, coalesced writes), divided by the keys.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { browserLaunchOptions } from '../test/e2e/browser.mjs';
import { dist } from './page-weight.mjs';
import { serve } from './bench-serve.mjs';

const KEYS = 2000;

async function buildBaseline() {
  // Inside the project, so the page resolves the project's own react and react-dom.
  const cache = join(import.meta.dirname, '..', 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'ssm-bench-baseline-'));
  writeFileSync(
    join(dir, 'main.js'),
    `import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
function Baseline() {
  const [value, setValue] = useState('');
  return h('textarea', { 'aria-label': 'baseline', rows: 2, value, onChange: (e) => setValue(e.currentTarget.value) });
}
createRoot(document.getElementById('root')).render(h(Baseline));`,
  );
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>baseline</title><div id="root"></div><script type="module" src="./main.js"></script></html>',
  );
  await build({
    root: dir,
    base: '/__baseline/',
    logLevel: 'silent',
    build: { outDir: join(dir, 'out') },
    configFile: false,
  });
  return dir;
}

/** Main-thread task time (ms) spent on `keys` keys typed into `field`, after the work they schedule. */
async function typingCost(page, field, keys) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await field.click();
  const metric = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const before = await metric();
  for (let i = 0; i < keys; i++) {
    const char = 'abcdefghij '[i % 11];
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: char, text: char, unmodifiedText: char });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: char });
  }
  await page.waitForTimeout(600); // coalesced writes and idle work land inside the measurement
  const spent = ((await metric()) - before) * 1000;
  await cdp.detach();
  return spent;
}

const ROUNDS = 4;

export async function benchTyping() {
  const baselineDir = await buildBaseline();
  const server = await serve(dist, { '/__baseline/': join(baselineDir, 'out') });
  const browser = await chromium.launch(browserLaunchOptions());
  try {
    const baselinePage = await browser.newPage();
    await baselinePage.goto(`${server.origin}/__baseline/`);
    const sheet = await browser.newPage();
    await sheet.goto(`${server.origin}/en/worksheets/opportunity-assessment/`);
    await sheet.waitForFunction(() =>
      [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')),
    );
    await sheet.getByTestId('criterion-budget').getByRole('radio', { name: '? unknown', exact: true }).check();
    // Rounds alternate between the two pages, so load on a shared machine hits both alike.
    let baseline = 0;
    let worksheet = 0;
    for (let round = 0; round < ROUNDS; round++) {
      await baselinePage.bringToFront();
      baseline += await typingCost(baselinePage, baselinePage.getByLabel('baseline'), KEYS / ROUNDS);
      await sheet.bringToFront();
      worksheet += await typingCost(sheet, sheet.getByTestId('criterion-budget').getByRole('textbox'), KEYS / ROUNDS);
    }
    return { baseline: baseline / KEYS, worksheet: worksheet / KEYS, ratio: worksheet / baseline, keys: KEYS };
  } finally {
    await browser.close();
    await server.close();
    rmSync(baselineDir, { recursive: true, force: true });
  }
}

export function printTyping({ baseline, worksheet, ratio, keys }) {
  console.log(
    `\nTyping (${keys} keys, CPU per key): baseline textarea ${baseline.toFixed(2)} ms, worksheet note ${worksheet.toFixed(2)} ms, ${ratio.toFixed(2)}× the baseline`,
  );
}

if (process.argv[1]?.endsWith('bench-typing.mjs')) printTyping(await benchTyping());
