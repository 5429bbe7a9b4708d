import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { browserLaunchOptions } from '../test/e2e/browser.mjs';
import { sampleStorage } from './opportunity-sample.mjs';
const port = 4600;
const storage = sampleStorage();
const server = spawn(process.execPath, ['test/e2e/serve.mjs', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch(browserLaunchOptions());
const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
await page.addInitScript(() => {
  window.__lt = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: 'longtask', buffered: true });
});
await page.addInitScript((values) => {
  if (!localStorage.getItem('ssm:v1:opportunity:opp-bench-0'))
    for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v);
}, storage);
await page.goto(`http://localhost:${port}/en/`);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(`http://localhost:${port}/en/opportunities/`);
await page.locator('[data-testid="opp-list"][data-complete="true"]').waitFor();
await page.waitForTimeout(500);
const { profile } = await cdp.send('Profiler.stop');
const lt = await page.evaluate(() => [window.__lt, performance.timeOrigin]);
console.log('long tasks', JSON.stringify(lt[0]));
// attribute samples to long tasks by time
const origin = lt[1] * 1000; // us epoch
let t = profile.startTime;
const times = profile.timeDeltas.map((d) => (t += d));
const nav = await page.evaluate(() => performance.timeOrigin);
for (const [start, dur] of lt[0]) {
  const m = new Map();
  profile.samples.forEach((id, i) => {
    // profile times are monotonic us; map via first sample? approximate using performance.now offset below
  });
}

const self = new Map();
const dt = profile.timeDeltas;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, us] of counts) {
  const n = byId.get(id);
  const cf = n.callFrame;
  const k = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
  self.set(k, (self.get(k) ?? 0) + us);
}
console.log(
  [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30)
    .map(([k, us]) => `${(us / 1000).toFixed(1)}ms ${k}`)
    .join('\n'),
);
await browser.close();
server.kill();
