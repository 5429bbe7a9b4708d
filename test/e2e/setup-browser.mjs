// Makes sure a Chromium exists before the browser tests: Debian's package here (installed
// with apt-get when running as root), else a Playwright-managed browser elsewhere.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SYSTEM_CHROMIUM } from './browser.mjs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

if (existsSync(SYSTEM_CHROMIUM)) {
  console.log(`browser: ${SYSTEM_CHROMIUM}`);
} else if (process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('browser: installing Debian chromium');
  run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk');
} else {
  console.log('browser: installing a Playwright chromium');
  run('npx playwright install chromium');
}
