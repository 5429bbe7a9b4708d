// Which Chromium to run: Debian's where it exists (nothing can download a browser here),
// else the one Playwright installed. Shared by playwright.config.ts and scripts.
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** @returns {import('@playwright/test').LaunchOptions} */
export function browserLaunchOptions() {
  return existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM, args: chromiumArgs } : { args: chromiumArgs };
}
