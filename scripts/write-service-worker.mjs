// Writes sw.js into a built site (dist/, or the folder given as the first argument) after the
// build and the search index. The worker gets a manifest: every file with its own revision
// (a hash of its content, so a deploy re-downloads only what changed), the files each page
// needs to work (cached together with the page, as a unit), and the page groups cached on a
// first visit (the quick reference in both languages, the reading pages of each language).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageAssets } from './page-weight.mjs';

const root = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'dist'));

/** The manifest of one built site; exported for the bench (first-visit bytes). */
export function buildManifest(dir) {
  const paths = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else paths.push(path);
    }
  };
  walk(dir);
  const files = [];
  const pages = [];
  for (const file of paths.sort()) {
    const rel = relative(dir, file).split(sep).join('/');
    if (rel === 'sw.js') continue;
    const body = readFileSync(file);
    // Pages are requested by their directory URL.
    const url = `/${rel}`.replace(/(^|\/)index\.html$/, '$1');
    files.push({
      url,
      revision: createHash('sha256').update(body).digest('hex').slice(0, 16),
      gzip: gzipSync(body).length,
    });
    if (rel.endsWith('.html')) pages.push(url);
  }
  const index = new Map(files.map((f, i) => [f.url, i]));
  const assets = Object.fromEntries(
    pages.map((page) => [
      page,
      pageAssets(page.endsWith('/') || page.endsWith('.html') ? page : `${page}/`, dir)
        .map((url) => index.get(url))
        .filter((i) => i !== undefined),
    ]),
  );
  // Reading pages: what a rep looks up in the field, and no React (stages, overview, reference,
  // glossary, about). Practice pages join the cache when visited, or with the whole site.
  const reading = (locale) =>
    pages.filter(
      (p) =>
        p === `/${locale}/` ||
        ['stages', 'reference', 'glossary', 'about'].some((s) => p.startsWith(`/${locale}/${s}/`)),
    );
  return {
    version: createHash('sha256')
      .update(files.map((f) => f.url + f.revision).join('\n'))
      .digest('hex')
      .slice(0, 12),
    files,
    assets,
    groups: {
      always: ['/en/reference/', '/zh-cn/reference/'].filter((p) => index.has(p)),
      en: reading('en'),
      'zh-cn': reading('zh-cn'),
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('write-service-worker.mjs')) {
  const manifest = buildManifest(root);
  const compact = {
    version: manifest.version,
    files: manifest.files.map((f) => [f.url, f.revision]),
    assets: manifest.assets,
    groups: manifest.groups,
  };
  const template = readFileSync(join(import.meta.dirname, 'service-worker.template.js'), 'utf8');
  writeFileSync(join(root, 'sw.js'), template.replace('/* __MANIFEST__ */ null', JSON.stringify(compact)));
  console.log(`service worker: ${manifest.files.length} files, version ${manifest.version}`);
}
