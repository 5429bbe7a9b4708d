import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { browserLaunchOptions } from '../test/e2e/browser.mjs';
import { sampleStorage } from './opportunity-sample.mjs';
const port = 4600;
const storage = sampleStorage();
const server = spawn(process.execPath, ['test/e2e/serve.mjs', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch(browserLaunchOptions());
const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
await page.addInitScript((values) => {
  if (!localStorage.getItem('ssm:v1:opportunity:opp-bench-0'))
    for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v);
}, storage);
await page.goto(`http://localhost:${port}/en/`);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await browser.startTracing(page, {
  path: '/tmp/opps/trace.json',
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
});
await page.goto(`http://localhost:${port}/en/opportunities/`);
await page.locator('[data-testid="opp-list"][data-complete="true"]').waitFor();
await page.waitForTimeout(300);
if (process.argv[2] === 'filter') {
  await page.locator('#opp-filter').pressSequentially('deal 1 ware', { delay: 40 });
  await page.locator('#opp-filter-stage').selectOption('3');
  await page.getByLabel('Show archived opportunities').check();
  await page.waitForTimeout(500);
}
await browser.stopTracing();
await browser.close();
server.kill();
const ev = JSON.parse(readFileSync('/tmp/opps/trace.json', 'utf8')).traceEvents;
const main = ev
  .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  .map((e) => `${e.pid}:${e.tid}`);
const nav = ev.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart');
const tasks = ev
  .filter((e) => e.name === 'RunTask' && e.dur > 50000 && main.includes(`${e.pid}:${e.tid}`))
  .sort((a, b) => a.ts - b.ts);
console.log('main threads', main.length);
for (const t of tasks) {
  const inner = ev.filter(
    (e) =>
      e.tid === t.tid &&
      e.ts >= t.ts &&
      e.ts < t.ts + t.dur &&
      e.dur > 8000 &&
      e.name !== 'RunTask' &&
      !e.name.startsWith('V8.GC'),
  );
  console.log(
    `TASK ${(t.dur / 1000).toFixed(0)}ms: ` +
      inner
        .slice(0, 8)
        .map(
          (e) =>
            `${e.name}${e.args?.data?.url ? '(' + e.args.data.url.split('/').pop() + ')' : ''}${e.args?.data?.functionName ? '[' + e.args.data.functionName + ']' : ''}${e.args?.data?.type ? '{' + e.args.data.type + '}' : ''} ${(e.dur / 1000).toFixed(0)}`,
        )
        .join(' | '),
  );
}
