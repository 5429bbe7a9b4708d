// `npm run bench`: builds the site, then prints per page type the JavaScript loaded at
// first and in all, the CSS and the HTML (raw and gzip), and the build time.
import { execSync } from 'node:child_process';
import { benchLighthouse } from './bench-lighthouse.mjs';
import { pageTypes, pageWeight } from './page-weight.mjs';

const started = performance.now();
execSync('npm run build', { stdio: 'ignore' });
const buildSeconds = (performance.now() - started) / 1000;

const kb = (n) => (n / 1024).toFixed(1).padStart(6);
const pair = (s) => `${kb(s.raw)} /${kb(s.gzip)}`;
const rows = Object.entries(pageTypes).map(([type, path]) => [type, pageWeight(path)]);

console.log(`\nBuild (astro build + pagefind): ${buildSeconds.toFixed(1)} s\n`);
console.log(
  'KB, raw / gzip'.padEnd(20) +
    'JS at first'.padEnd(18) +
    'JS in all'.padEnd(18) +
    'CSS'.padEnd(18) +
    'HTML'.padEnd(18) +
    'islands',
);
for (const [type, w] of rows) {
  console.log(
    type.padEnd(20) +
      pair(w.jsFirst).padEnd(18) +
      pair(w.jsAll).padEnd(18) +
      pair(w.css).padEnd(18) +
      pair(w.html).padEnd(18) +
      String(w.islands),
  );
}
console.log(
  '\nJS at first: module scripts and their static imports. JS in all: plus islands (React) and lazy imports.',
);

// Offline, bundles, typing and build scale: each in its own module (scripts/bench-*.mjs).
const { benchOffline, printOffline } = await import('./bench-offline.mjs');
const { benchBundles, printBundles } = await import('./bench-bundles.mjs');
const { benchTyping, printTyping } = await import('./bench-typing.mjs');
const { benchBuildScale, printBuildScale } = await import('./bench-build-scale.mjs');
printOffline(benchOffline());
printBundles(benchBundles());
// What each page type really loads after 5 s idle, and our scripts' share of its tasks, at 4x CPU.
const { benchIdle, printIdle } = await import('./bench-idle.mjs');
printIdle(await benchIdle());
printTyping(await benchTyping());
printBuildScale(benchBuildScale());
await (await import('./bench-board.mjs')).benchBoard();
// Opportunities at scale (issue 12): its own module, run on the build just made.
await import('./bench-opportunities.mjs');
// Lighthouse per page type, both languages; writes its table to README.md.
await benchLighthouse();
// Our stage page against a Starlight page with the same text, Lighthouse in alternate rounds.
const { benchStarlight, printStarlight } = await import('./bench-starlight.mjs');
printStarlight(await benchStarlight());
