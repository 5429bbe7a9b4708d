import { chromium } from '@playwright/test';
import { browserLaunchOptions } from '/work/wt/practice/test/e2e/browser.mjs';
const [,, base, ...rest] = process.argv;
const browser = await chromium.launch(browserLaunchOptions());
for (const spec of rest) {
  const [path, mode, action] = spec.split('|');
  const vp = mode.includes('phone') ? { width: 390, height: 844 } : { width: 1280, height: 900 };
  const page = await browser.newPage({ viewport: vp, colorScheme: mode.includes('dark') ? 'dark' : 'light' });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  if (action) { await eval(`(async () => { ${action} })()`); await page.waitForTimeout(300); }
  const name = `/tmp/shot-${mode}${path.replace(/[^a-z0-9]+/gi, '_')}${action ? '-a' : ''}.png`;
  await page.screenshot({ path: name, fullPage: !mode.includes('view') });
  console.log(name);
  await page.close();
}
await browser.close();
