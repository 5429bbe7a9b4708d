import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { browserLaunchOptions } from '../test/e2e/browser.mjs';
const port = 4601;
const server = spawn(process.execPath, ['test/e2e/serve.mjs', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const base = `http://localhost:${port}`;
const at = '2026-11-20T09:00:00.000Z';
const opp = (name, client, stage, extra = {}) => ({ v: 1, name, client, initiative: 'Working capital down 15% within 18 months', value: 250000, currency: 'EUR', closeDate: '2027-03-31', stage, archived: false, outcomes: { noticing: { reached: '2026-10-01', evidence: [0, 1], note: 'CFO named the cash problem.' } }, vitals: { identifying: 'strong', validating: 'weak' }, createdAt: at, updatedAt: at, ...extra });
const seed = {
  'ssm:v1:opportunity:opp-a': JSON.stringify(opp('Traceability for the dairy plants with a long name that wraps', 'Jade River Dairy', 3)),
  'ssm:v1:opportunity:opp-b': JSON.stringify(opp('Brewery planning', 'Harbour Brewery', 5)),
  'ssm:v1:opportunity:opp-c': JSON.stringify(opp('Analytics', 'Lotus Foods', 1, { archived: true })),
  'ssm:v1:snapshots:opp-a': JSON.stringify({ v: 1, items: [{ at: '2026-10-01T09:00:00.000Z', stage: 1, reached: [], vitals: {}, value: 250000, manual: true }, { at: '2026-11-01T09:00:00.000Z', stage: 2, reached: [1], vitals: {}, value: 250000, manual: false }, { at: at, stage: 3, reached: [1, 2], vitals: {}, value: 250000, manual: true }], updatedAt: at }),
};
const pages = [
  ['list', '/en/opportunities/'],
  ['view', '/en/opportunities/?id=opp-a'],
  ['review', '/en/opportunities/?id=opp-a&view=review'],
  ['dsp', '/en/worksheets/decision-support-plan/?opportunity=opp-a'],
  ['coa', '/en/worksheets/conditions-of-agreement/?opportunity=opp-a'],
  ['close', '/en/worksheets/close-plan/?opportunity=opp-a'],
  ['success', '/en/worksheets/success-measures/?opportunity=opp-a'],
  ['plan', '/en/worksheets/account-plan/?client=Jade%20River%20Dairy'],
  ['zh-view', '/zh-cn/opportunities/?id=opp-a'],
];
const modes = (process.env.MODES ?? 'w360,w390,w1280,dark,print').split(',');
const only = process.env.ONLY?.split(',');
const browser = await chromium.launch(browserLaunchOptions());
for (const mode of modes) {
  const width = mode === 'w360' ? 360 : mode === 'w1280' || mode === 'print' ? 1280 : 390;
  const ctx = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: mode === 'dark' ? 'dark' : 'light' });
  await ctx.addInitScript((values) => { if (!localStorage.getItem('ssm:v1:opportunity:opp-a')) for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v); }, seed);
  const page = await ctx.newPage();
  for (const [name, path] of pages) {
    if (only && !only.includes(name)) continue;
    await page.goto(base + path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(400);
    if (mode === 'print') await page.emulateMedia({ media: 'print' });
    const problems = await page.evaluate((phone) => {
      const out = [];
      const sw = document.documentElement.scrollWidth;
      if (sw > innerWidth) out.push(`overflow ${sw}>${innerWidth}`);
      if (phone) for (const el of document.querySelectorAll('main button, main select, main input:not([type=hidden]), main summary, main a.button, main .opp-list a')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
        const tgt = el.type === 'checkbox' || el.type === 'radio' ? el.closest('label') ?? el : el;
        const rr = tgt.getBoundingClientRect();
        if (rr.height < 44 || rr.width < 44) out.push(`small ${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(rr.width)}x${Math.round(rr.height)}`);
      }
      return out;
    }, width < 500 && mode !== 'print');
    const file = `/tmp/opps/shots/${mode}-${name}.png`;
    await page.screenshot({ path: file, fullPage: true });
    const h = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let k = 0; k * 1100 < Math.min(h, Number(process.env.SEG_MAX ?? 3300)); k++)
      await page.screenshot({ path: file.replace('.png', `-${k}.png`), fullPage: true, clip: { x: 0, y: k * 1100, width, height: Math.min(1100, h - k * 1100) } });
    console.log(file, problems.length ? '\n   ' + [...new Set(problems)].slice(0, 12).join('\n   ') : '');
    if (mode === 'print') await page.emulateMedia({ media: 'screen' });
  }
  await ctx.close();
}
await browser.close(); server.kill();
