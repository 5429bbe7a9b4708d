// Byte budgets for the built pages (no timings): pages without islands ship no React and
// only the small header script; island pages stay under a total.
import { expect, test } from '@playwright/test';
import { pageExists, pageTypes, pageWeight } from '../../scripts/page-weight.mjs';

const KB = 1024;
const staticPages = [
  'overview',
  'stage',
  'stage (zh-cn)',
  'reference',
  'glossary',
  'about',
  'exercises index',
  'facilitator guide',
  'facilitator module',
  'answer keys',
  '404',
] as const;

// "In all" counts what loads when idle or on demand: the learner-status chain with the record
// registry, two-tab sync and the tab fallback (about 17 KB since issue 9 and the new record
// kinds; it was 8.8 KB). Still a third of a Starlight page's 54 KB; cutting it is issue 16's.
for (const type of staticPages) {
  test(`${type}: no React, JS under 4 KB gzip at first and 20 KB in all`, () => {
    const w = pageWeight(pageTypes[type]);
    expect(w.hasReact).toBe(false);
    expect(w.jsFirst.gzip).toBeLessThan(4 * KB);
    expect(w.jsAll.gzip).toBeLessThan(20 * KB);
    expect(w.css.gzip).toBeLessThan(8 * KB);
  });
}

test('search: no React; Pagefind loads only there, under 30 KB gzip in all', () => {
  const w = pageWeight(pageTypes['search']!);
  expect(w.hasReact).toBe(false);
  expect(w.jsFirst.gzip).toBeLessThan(4 * KB);
  expect(w.jsAll.gzip).toBeLessThan(30 * KB);
});

// Island pages: React's own 67.7 KB (react-dom with Astro's client, react, the JSX runtime)
// plus ours: 21-35 KB measured in December 2026 (README, "Speed and size"). Issue 16's goal of
// 75 KB in all is not reached; this budget holds what was cut (it was 110 KB).
for (const [type, path] of Object.entries(pageTypes).filter(([type]) => type !== 'search')) {
  test(`${type}: JS under 8 KB gzip at first and 105 KB in all`, () => {
    // A renamed or missing sample page fails here: a budget is never skipped.
    expect(pageExists(path), `${path} (sample page of "${type}") is not in dist/; update scripts/page-weight.mjs`).toBe(
      true,
    );
    const w = pageWeight(path);
    expect(w.jsFirst.gzip).toBeLessThan(8 * KB);
    expect(w.jsAll.gzip).toBeLessThan(105 * KB);
  });
}

test('final assessment: the page carries the pools, not the question bank (fetched on start)', () => {
  const w = pageWeight('/en/checks/final/');
  expect(w.html.gzip).toBeLessThan(12 * KB);
});
