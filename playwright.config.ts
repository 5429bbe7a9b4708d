import { defineConfig } from '@playwright/test';
import { browserLaunchOptions } from './test/e2e/browser.mjs';

// E2E_PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env['E2E_PORT'] ?? 4329);

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  ...(process.env['CI'] ? { workers: 2 } : {}),
  retries: process.env['CI'] ? 1 : 0,
  reporter: 'list',
  // axe on a long page takes seconds on a busy 2-core machine; 30 s was too tight there.
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: browserLaunchOptions(),
    trace: 'off',
    // Only the offline test needs the service worker; elsewhere it would precache the site per test.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node test/e2e/serve.mjs ${PORT}`,
    url: `http://localhost:${PORT}/en/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
