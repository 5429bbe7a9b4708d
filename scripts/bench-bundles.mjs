// Bundle analysis: which chunks make up each island page's JavaScript (gzip), grouped by
// what they are for: React, the header (theme, offline, learner status), the learner stores,
// the island itself, and Astro's inline island bootstrap. Chunks are named after their main
// module by the bundler, so a chunk's name says which module it carries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dist, pageAssets, pageExists, pageTypes } from './page-weight.mjs';

const ISLAND_PAGES = ['exercise', 'worksheet', 'knowledge check', 'progress', 'my data', 'workshop results'];

function group(url) {
  const name = url.split('/').pop();
  if (/^(client|react|jsx-runtime|rolldown-runtime)\./.test(name)) return 'react';
  if (/^(SiteHeader|offline|learner-status|download|progress)\b/.test(name)) return 'header';
  if (
    /^(learner|vocabulary|format|content-hash|use-stored|records|export-file|RecordGuardNotices|use-record-guard|dates)\./.test(
      name,
    )
  )
    return 'stores';
  // The island's chunk and its own imports.
  return 'island';
}

export function benchBundles() {
  return ISLAND_PAGES.filter((type) => pageExists(pageTypes[type])).map((type) => {
    const path = pageTypes[type];
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    const chunks = pageAssets(path)
      .filter((url) => url.endsWith('.js'))
      .map((url) => ({ url, gzip: gzipSync(readFileSync(join(dist, url))).length }));
    const inline = [
      ...html.matchAll(/<script(?![^>]*type="application\/json")(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g),
    ].reduce((sum, m) => sum + gzipSync(Buffer.from(m[1])).length, 0);
    const groups = { react: 0, header: 0, stores: 0, island: 0, bootstrap: inline };
    for (const c of chunks) groups[group(c.url)] += c.gzip;
    const total = Object.values(groups).reduce((a, b) => a + b, 0);
    return { type, total, groups, chunks };
  });
}

export function printBundles(rows) {
  const kb = (n) => (n / 1024).toFixed(1).padStart(6);
  console.log('\nIsland pages, JS in all by part (KB gzip):');
  console.log(
    `  ${'page'.padEnd(18)}${'total'.padStart(6)}${'react'.padStart(8)}${'header'.padStart(8)}${'stores'.padStart(8)}${'island'.padStart(8)}${'inline'.padStart(8)}`,
  );
  for (const r of rows)
    console.log(
      `  ${r.type.padEnd(18)}${kb(r.total)}  ${kb(r.groups.react)}  ${kb(r.groups.header)}  ${kb(r.groups.stores)}  ${kb(r.groups.island)}  ${kb(r.groups.bootstrap)}`,
    );
  for (const r of rows) {
    console.log(
      `  ${r.type}: ${r.chunks
        .sort((a, b) => b.gzip - a.gzip)
        .map(
          (c) =>
            `${c.url
              .split('/')
              .pop()
              .replace(/\.[\w-]+\.js$/, '')} ${(c.gzip / 1024).toFixed(1)}`,
        )
        .join(', ')}`,
    );
  }
}

if (process.argv[1]?.endsWith('bench-bundles.mjs')) printBundles(benchBundles());
