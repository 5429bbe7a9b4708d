/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/component/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/lib/**', 'src/stores/**'],
      reporter: ['text-summary', 'json-summary'],
      // What the unit tests alone reached in December 2026 (lib 95.6/89.2/95.6/97.5, stores
      // 73.3/64.5/69.7/77.0), a little under: a change that drops coverage fails. Raise them
      // as tests are added. (Lowered once, when the merged LMS, opportunities and practice code
      // arrived with part of its coverage in the browser tests.)
      thresholds: {
        // What the unit tests reach after the LMS, opportunities and practice modules landed (some of
        // src/lib/scorm is exercised in the browser tests instead), a little under.
        'src/lib/**': { statements: 89, branches: 83, functions: 87, lines: 91 },
        'src/stores/**': { statements: 71, branches: 62, functions: 67, lines: 75 },
      },
    },
    // Component tests render whole islands; on a loaded 2-core machine 5 s is too tight.
    testTimeout: 20_000,
  },
});
