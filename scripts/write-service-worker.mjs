// Writes dist/sw.js after the build and the search index, listing every built file as a
// URL to precache; the cache version is a hash of all their contents.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dist = join(import.meta.dirname, '..', 'dist');
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
};
walk(dist);

const hash = createHash('sha256');
const urls = [];
for (const file of files.sort()) {
  const rel = relative(dist, file).split(sep).join('/');
  if (rel === 'sw.js') continue;
  hash.update(rel).update(readFileSync(file));
  // Pages are requested by their directory URL.
  urls.push(`/${rel}`.replace(/(^|\/)index\.html$/, '$1'));
}
const template = readFileSync(join(import.meta.dirname, 'service-worker.template.js'), 'utf8');
const version = hash.digest('hex').slice(0, 12);
writeFileSync(join(dist, 'sw.js'), template.replace('__VERSION__', version).replace('[/* __PRECACHE__ */]', JSON.stringify(urls)));
console.log(`service worker: ${urls.length} files, version ${version}`);
