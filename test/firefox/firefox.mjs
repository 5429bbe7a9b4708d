// Where the Firefox suite finds its browser and serves the site. Shared by the setup
// script, the Vitest global setup and the tests.
import { existsSync } from 'node:fs';

/** Debian's firefox-esr (or FIREFOX_PATH): Playwright cannot drive it, puppeteer-core can. */
export function firefoxPath() {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p)) ?? null;
}

/** FIREFOX_PORT, else 10 above the Chromium suite's E2E_PORT, so both can run side by side. */
export const firefoxPort = Number(process.env.FIREFOX_PORT ?? Number(process.env.E2E_PORT ?? 4329) + 10);
