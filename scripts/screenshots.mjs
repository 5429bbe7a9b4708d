// Takes screenshots of built pages for a human look: `node scripts/screenshots.mjs /en/ /zh-cn/reference/ ...`
// Needs `npm run preview` (or any server) on http://localhost:4321. Writes screenshots/*.png.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { browserLaunchOptions } from '../test/e2e/browser.mjs';

const base = process.env.BASE_URL ?? 'http://localhost:4321';
const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const modes = (process.env.MODES ?? 'phone,desktop').split(',');
const sizes = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
  dark: { width: 390, height: 844 },
  darkdesk: { width: 1280, height: 900 },
};
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch(browserLaunchOptions());
for (const mode of modes) {
  const page = await browser.newPage({
    viewport: sizes[mode],
    colorScheme: mode.startsWith('dark') ? 'dark' : 'light',
  });
  for (const path of paths) {
    await page.goto(base + path, { waitUntil: 'networkidle' });
    if (process.env.PRINT) await page.emulateMedia({ media: 'print' });
    const name = `${mode}${process.env.PRINT ? '-print' : ''}${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
    await page.screenshot({ path: `screenshots/${name}`, fullPage: !process.env.VIEWPORT_ONLY });
    console.log(`screenshots/${name}`);
  }
  await page.close();
}
await browser.close();
