// The Firefox suite (`npm run test:firefox`, needs `npm run build`): Debian's firefox-esr
// through puppeteer-core over WebDriver BiDi, against dist/ served on FIREFOX_PORT.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/firefox/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/firefox/global-setup.ts'],
    // One Firefox at a time: each file launches its own, and the machine may have 2 cores.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
    reporters: ['verbose'],
  },
});
