// First-visit bytes for offline use: what a first visit to each page type downloads (the
// page, its files, and what the service worker caches on install: the page's unit, the quick
// reference in both languages, the reading pages of its language), from the same manifest
// the worker gets; and the whole site ("Keep the whole site offline"). Gzip, as a host sends.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildManifest } from './write-service-worker.mjs';
import { dist, pageExists, pageTypes } from './page-weight.mjs';

export function benchOffline() {
  const manifest = buildManifest(dist);
  const byUrl = new Map(manifest.files.map((f) => [f.url, f]));
  const unit = (page) => [...(manifest.assets[page] ?? []).map((i) => manifest.files[i].url), page];
  const sw = gzipSync(readFileSync(join(dist, 'sw.js'))).length;
  const rows = Object.entries(pageTypes)
    .filter(([, path]) => pageExists(path) && manifest.assets[path])
    .map(([type, path]) => {
      const locale = path.startsWith('/zh-cn/') ? 'zh-cn' : 'en';
      const pages = new Set([path, ...manifest.groups.always, ...manifest.groups[locale]]);
      const files = new Set([...pages].flatMap(unit));
      const gzip = [...files].reduce((sum, url) => sum + byUrl.get(url).gzip, 0) + sw;
      return { type, gzip, requests: files.size + 1 };
    });
  const whole = manifest.files.reduce((sum, f) => sum + f.gzip, 0) + sw;
  return { rows, whole: { gzip: whole, requests: manifest.files.length + 1 } };
}

export function printOffline({ rows, whole }) {
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log('\nFirst visit, with offline caching (gzip, requests):');
  for (const r of rows) console.log(`  ${r.type.padEnd(20)}${kb(r.gzip).padStart(8)}  ${r.requests}`);
  console.log(
    `  ${'whole site'.padEnd(20)}${kb(whole.gzip).padStart(8)}  ${whole.requests}  (after "Keep the whole site offline")`,
  );
}

if (process.argv[1]?.endsWith('bench-offline.mjs')) printOffline(benchOffline());
