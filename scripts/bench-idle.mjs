// What a page really loads, and what it costs the main thread (issue 16): each page type
// opens in Chromium at 4x CPU throttling for a learner with a full record (every stage read,
// exercises, checks, worksheets, 30 opportunities), waits 5 s idle, and reports the gzip of
// every script it fetched (sizes from dist/, as the server sends them uncompressed) and
// every main-thread task over 50 ms (Long Tasks API). Needs dist/.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { browserLaunchOptions } from '../test/e2e/browser.mjs';
import { dist, pageTypes } from './page-weight.mjs';
import { traceOurTasks } from './task-trace.mjs';

const slugs = [
  'noticing',
  'identifying',
  'validating',
  'qualifying',
  'conditionally-agreeing',
  'closing',
  'implementing',
];
const at = '2026-11-20T09:00:00.000Z';

/** A learner well into the course: what the header reads on every page. */
export function learnerStorage() {
  const out = {};
  const put = (kind, id, value) => (out[`ssm:v1:${kind}:${id}`] = JSON.stringify(value));
  for (const s of slugs) put('read', s, { v: 1, readAt: at, updatedAt: at });
  for (const s of slugs)
    put('check', s, { v: 1, contentHash: 'h', attempts: 2, best: 80, last: 80, passed: true, updatedAt: at });
  for (let i = 0; i < 30; i++)
    put('opportunity', `opp-idle-${i}`, {
      v: 1,
      name: `Deal ${i}`,
      client: `Client ${i % 9}`,
      initiative: 'Working capital down 15% within 18 months',
      value: 50_000 + i * 1000,
      currency: 'EUR',
      closeDate: '2027-03-01',
      stage: 1 + (i % 7),
      archived: false,
      outcomes: {},
      vitals: {},
      createdAt: at,
      updatedAt: at,
    });
  return out;
}

const PAGES = [
  'overview',
  'stage',
  'stage (zh-cn)',
  'reference',
  'glossary',
  'exercise',
  'worksheet',
  'knowledge check',
  'progress',
  'my data',
  'workshop results',
];

const gzipOf = (url) => {
  try {
    return gzipSync(readFileSync(join(dist, new URL(url).pathname))).length;
  } catch {
    return 0;
  }
};

export async function benchIdle(port = Number(process.env.BENCH_PORT ?? 4339)) {
  const server = spawn(process.execPath, ['test/e2e/serve.mjs', String(port)], { stdio: 'ignore' });
  const rows = [];
  try {
    await new Promise((r) => setTimeout(r, 800));
    const browser = await chromium.launch(browserLaunchOptions());
    for (const type of PAGES) {
      // A fresh context per page: no service worker, no warm cache, the learner's storage seeded.
      const context = await browser.newContext({ viewport: { width: 390, height: 800 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.addInitScript((values) => {
        for (const [k, v] of Object.entries(values)) if (localStorage.getItem(k) === null) localStorage.setItem(k, v);
        window.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration));
        }).observe({ type: 'longtask', buffered: true });
      }, learnerStorage());
      const scripts = new Set();
      page.on('response', (r) => {
        if (r.request().resourceType() === 'script') scripts.add(r.url());
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await cdp.send('Performance.enable');
      const stopTrace = await traceOurTasks(browser, page);
      await page.goto(`http://localhost:${port}${pageTypes[type]}`, { waitUntil: 'load' });
      await page.waitForTimeout(5000);
      const ours = await stopTrace();
      const tasks = await page.evaluate(() => window.__longTasks);
      const metrics = Object.fromEntries(
        (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
      );
      const inline = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src]):not([type="application/json"])')].map((s) => s.textContent),
      );
      const js =
        [...scripts].reduce((n, url) => n + gzipOf(url), 0) +
        inline.reduce((n, code) => n + gzipSync(Buffer.from(code ?? '')).length, 0);
      rows.push({
        type,
        files: [...scripts].map(
          (u) =>
            `${u
              .split('/')
              .pop()
              .replace(/\.[\w-]+\.js$/, '')} ${(gzipOf(u) / 1024).toFixed(1)}`,
        ),
        js,
        scripts: scripts.size,
        tasks,
        scriptMs: Math.round(metrics.ScriptDuration * 1000),
        ours,
      });
      await context.close();
    }
    await browser.close();
  } finally {
    server.kill();
  }
  return rows;
}

export function printIdle(rows) {
  console.log('\nLoaded after 5 s idle, a learner with records, 4x CPU (JS gzip; main-thread tasks over 50 ms):');
  for (const r of rows)
    console.log(
      `  ${r.type.padEnd(18)} ${(r.js / 1024).toFixed(1).padStart(6)} KB in ${String(r.scripts).padStart(2)} files; script ${String(r.scriptMs).padStart(4)} ms; our script per task, top 3: ${r.ours
        .slice(0, 3)
        .map((t) => `${t.script} of ${t.task}`)
        .join(', ')} ms; all: ${
        r.tasks.length ? `${r.tasks.length} long (longest ${Math.max(...r.tasks)} ms)` : 'no task over 50 ms'
      }`,
    );
  if (process.env.BENCH_FILES) for (const r of rows) console.log(`  ${r.type}: ${r.files.join(', ')}`);
  if (process.env.BENCH_TASKS) for (const r of rows) console.log(`  ${r.type}:`, JSON.stringify(r.ours.slice(0, 3)));
}

if (process.argv[1]?.endsWith('bench-idle.mjs')) printIdle(await benchIdle());
