// Lighthouse (mobile, Debian Chromium) per page type, in both languages: the four scores,
// LCP, TBT and the bytes loaded, printed as one table and written to README.md between the
// lighthouse markers. Called at the end of `npm run bench` (needs the built dist/); run it
// alone with `node scripts/bench-lighthouse.mjs`. A measurement, not a test: nothing fails
// on a low score.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, SYSTEM_CHROMIUM } from '../test/e2e/browser.mjs';

/** One page per page type; each is measured in English and in Chinese. */
export const lighthousePages = {
  home: '/',
  stage: '/stages/identifying/',
  reference: '/reference/',
  glossary: '/glossary/',
  exercise: '/exercises/loudest-voice/',
  worksheet: '/worksheets/opportunity-assessment/',
  check: '/checks/noticing/',
  final: '/checks/final/',
  progress: '/progress/',
  'my data': '/my-data/',
  search: '/search/',
  workshop: '/workshop/',
};
const locales = ['en', 'zh-cn'];
const root = join(import.meta.dirname, '..');
const README = join(root, 'README.md');
const START = '<!-- lighthouse:start -->';
const END = '<!-- lighthouse:end -->';

/** Serves `dir` gzipped, as a static host does: Lighthouse's simulated network times the
 * bytes transferred, so uncompressed files would lengthen every paint it reports. */
export async function serve(port, dir, probe = '/en/') {
  const server = spawn(process.execPath, [join(root, 'test', 'e2e', 'serve.mjs'), String(port), dir], {
    stdio: 'ignore',
    env: { ...process.env, SERVE_GZIP: '1' },
  });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`http://localhost:${port}${probe}`)).ok) return server;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  server.kill();
  throw new Error(`bench-lighthouse: the server did not start on port ${port}`);
}

// LIGHTHOUSE_RUNS=1 for a quick look; three runs a page by default, as Lighthouse advises
// when comparing figures.
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** @param {Record<string, number>[]} runs */
export const medians = (runs) =>
  Object.fromEntries(Object.keys(runs[0] ?? {}).map((key) => [key, median(runs.map((run) => run[key]))]));
const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const audit = (lhr, id) => lhr.audits[id]?.numericValue ?? NaN;

/** Debian's Chromium (or CHROME_PATH), headless, for Lighthouse. */
export const launchChrome = () =>
  launch({ chromePath: process.env.CHROME_PATH ?? SYSTEM_CHROMIUM, chromeFlags: ['--headless=new', ...chromiumArgs] });

/** One Lighthouse run (mobile) on `url` through the Chrome on `port`: the scores, paints,
 * blocking time and bytes (JavaScript apart) that the Lighthouse and Starlight benches print. */
export async function lighthouseFigures(url, port) {
  const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  return {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    seo: score(lhr, 'seo'),
    fcp: audit(lhr, 'first-contentful-paint'),
    lcp: audit(lhr, 'largest-contentful-paint'),
    tbt: audit(lhr, 'total-blocking-time'),
    js: requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
    bytes: audit(lhr, 'total-byte-weight'),
  };
}

/** Runs Lighthouse on every page type in both languages; returns one row per page. */
export async function runLighthouse({ port = Number(process.env.BENCH_PORT ?? 4349) } = {}) {
  // A snapshot of dist/, so a build during the run cannot change what is measured.
  const snapshot = mkdtempSync(join(tmpdir(), 'ssm-lighthouse-'));
  cpSync(join(root, 'dist'), snapshot, { recursive: true });
  const server = await serve(port, snapshot);
  const chrome = await launchChrome();
  const rows = [];
  try {
    // LIGHTHOUSE_PAGES=stage,glossary measures only those page types (a quick before/after).
    const only = process.env.LIGHTHOUSE_PAGES?.split(',');
    for (const [type, path] of Object.entries(lighthousePages).filter(([t]) => !only || only.includes(t))) {
      for (const locale of locales) {
        const url = `http://localhost:${port}/${locale}${path}`;
        const runs = [];
        for (let run = 0; run < RUNS; run++) runs.push(await lighthouseFigures(url, chrome.port));
        // Each figure's median over the runs: one run's stray long task (a collection, say)
        // would otherwise decide a page's TBT.
        rows.push({ type, locale, ...medians(runs) });
        process.stdout.write('.');
      }
    }
  } finally {
    chrome.kill();
    server.kill();
    rmSync(snapshot, { recursive: true, force: true });
  }
  process.stdout.write('\n');
  return rows;
}

/** The rows as a Markdown table (also readable in a terminal). */
export function lighthouseTable(rows) {
  const head =
    '| page type | lang | perf | a11y | best pr. | SEO | LCP | TBT | bytes (KB) |\n|---|---|---|---|---|---|---|---|---|';
  const line = (r) =>
    `| ${r.type} | ${r.locale} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${(r.lcp / 1000).toFixed(1)} s | ${Math.round(r.tbt)} ms | ${(r.bytes / 1024).toFixed(0)} |`;
  return [head, ...rows.map(line)].join('\n');
}

/** Replaces the table between the markers in README.md. */
export function writeToReadme(table, note) {
  const readme = readFileSync(README, 'utf8');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} section`);
  writeFileSync(README, `${readme.slice(0, from + START.length)}\n${note}\n\n${table}\n${readme.slice(to)}`);
}

export async function benchLighthouse() {
  const rows = await runLighthouse();
  const table = lighthouseTable(rows);
  console.log(`\nLighthouse 13, mobile (simulated throttling), Debian Chromium, median of ${RUNS} runs:\n\n${table}`);
  const date = new Date().toISOString().slice(0, 10);
  writeToReadme(
    table,
    `Lighthouse 13, mobile, Debian Chromium, served with gzip, median of ${RUNS} runs a page, measured by \`npm run bench\` on ${date}:`,
  );
  console.log('\nWritten to README.md (Lighthouse section).');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.env.LIGHTHOUSE_PAGES) console.log(lighthouseTable(await runLighthouse()));
  else await benchLighthouse();
}
