// Measures what a built page loads: JavaScript at first (module scripts and their static
// imports) and in all (plus islands and dynamic imports), CSS, and the HTML itself, raw and
// gzip. Used by `npm run bench` and by the byte-budget browser test.
import { readFileSync, existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export const dist = join(import.meta.dirname, '..', 'dist');

/** One representative page per page type. */
export const pageTypes = {
  overview: '/en/',
  stage: '/en/stages/identifying/',
  'stage (zh-cn)': '/zh-cn/stages/identifying/',
  reference: '/en/reference/',
  glossary: '/en/glossary/',
  about: '/en/about/',
  'exercises index': '/en/exercises/',
  exercise: '/en/exercises/loudest-voice/',
  'practice (branching)': '/en/practice/closing-negotiation/',
  'practice (verifiable)': '/en/practice/conditionally-agreeing-conditions/',
  review: '/en/review/',
  'worksheets index': '/en/worksheets/',
  worksheet: '/en/worksheets/opportunity-assessment/',
  'checks index': '/en/checks/',
  'knowledge check': '/en/checks/noticing/',
  progress: '/en/progress/',
  'my data': '/en/my-data/',
  'workshop results': '/en/workshop/',
  search: '/en/search/',
  'facilitator guide': '/en/facilitate/',
  'facilitator module': '/en/facilitate/identifying/',
  'answer keys': '/en/facilitate/answer-keys/',
  404: '/404.html',
};

const fileFor = (urlPath, root = dist) => join(root, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
const size = (buf) => ({ raw: buf.length, gzip: gzipSync(buf).length });
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const zero = { raw: 0, gzip: 0 };

function jsImports(code) {
  const q = '["\'`]';
  const stat = [
    ...code.matchAll(
      new RegExp(`(?:^|[;}\\n])\\s*import\\s*(?:[\\w$*{}\\s,]+?\\s*from\\s*)?${q}([^"'\`]+\\.js)${q}`, 'g'),
    ),
  ].map((m) => m[1]);
  const dyn = [
    ...[...code.matchAll(new RegExp(`import\\(\\s*${q}([^"'\`]+\\.js)${q}\\s*\\)`, 'g'))].map((m) => m[1]),
    // Vite's preload map lists lazy chunks by their path from the site root.
    ...[...code.matchAll(/["'`](_astro\/[^"'`]+\.js)["'`]/g)].map((m) => `/${m[1]}`),
  ];
  return { stat, dyn };
}

function resolveUrl(from, spec) {
  if (spec.startsWith('/')) return spec;
  return posix.normalize(posix.join(posix.dirname(from), spec));
}

/** Follows static imports from entry URLs; returns the set of URLs and the dynamic ones seen. */
function closure(entries, root = dist) {
  const seen = new Set();
  const dynamic = new Set();
  const queue = [...entries];
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    const file = join(root, url);
    if (!existsSync(file)) continue;
    seen.add(url);
    const { stat, dyn } = jsImports(readFileSync(file, 'utf8'));
    for (const s of stat) queue.push(resolveUrl(url, s));
    for (const d of dyn) dynamic.add(resolveUrl(url, d));
  }
  return { seen, dynamic };
}

const sum = (urls) => [...urls].reduce((acc, url) => add(acc, size(readFileSync(join(dist, url)))), zero);

/** What a built page's HTML refers to: its module scripts, inline scripts, islands and stylesheets. */
function pageRefs(html) {
  const attr = (re) => [...html.matchAll(re)].map((m) => m[1]);
  const moduleScripts = attr(/<script[^>]+src="([^"]+)"/g);
  const inlineScripts = [
    ...html.matchAll(/<script(?![^>]*type="application\/json")(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g),
  ].map((m) => m[1]);
  const islandUrls = [...attr(/component-url="([^"]+)"/g), ...attr(/renderer-url="([^"]+)"/g)];
  const inlineImports = inlineScripts.flatMap((code) => jsImports(code).stat);
  const inlineDynamic = inlineScripts.flatMap((code) => jsImports(code).dyn);
  const css = attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  return { moduleScripts, inlineScripts, islandUrls, inlineImports, inlineDynamic, css };
}

/** JS at first (static closure) and every JS URL the page can load (islands, lazy imports). */
function jsClosures(refs, root = dist) {
  const first = closure([...refs.moduleScripts, ...refs.inlineImports], root);
  const all = closure([...first.seen, ...refs.islandUrls, ...first.dynamic, ...refs.inlineDynamic], root);
  // Later loads can uncover more dynamic imports (an island's own lazy chunks).
  const everything = closure([...all.seen, ...all.dynamic], root);
  return { first, everything };
}

/**
 * Every same-site file a built page needs to work (stylesheets, icons, scripts, islands and
 * their lazy chunks), as URL paths: the service worker caches a page together with them.
 */
export function pageAssets(urlPath, root = dist) {
  const html = readFileSync(fileFor(urlPath, root), 'utf8');
  const refs = pageRefs(html);
  const { everything } = jsClosures(refs, root);
  const links = [...html.matchAll(/<link[^>]+href="(\/[^"/][^"]*)"/g)]
    .map((m) => m[1])
    .filter((url) => existsSync(join(root, url)));
  // Data an island fetches (the final assessment's question bank), named in its props.
  const data = [...html.matchAll(/(?:"|&quot;)(\/[\w/-]+\.json)(?:"|&quot;)/g)]
    .map((m) => m[1])
    .filter((url) => existsSync(join(root, url)));
  return [...new Set([...links, ...data, ...refs.css, ...everything.seen])].sort();
}

/** Weight of one built page. */
export function pageWeight(urlPath) {
  // A missing sample page is an error, never a skip: its budget would silently stop counting.
  if (!existsSync(fileFor(urlPath)))
    throw new Error(`${urlPath} is not in dist/: build first, or update pageTypes in scripts/page-weight.mjs`);
  const html = readFileSync(fileFor(urlPath), 'utf8');
  const refs = pageRefs(html);
  const { inlineScripts, islandUrls, css } = refs;
  const { first, everything } = jsClosures(refs);
  const inlineJs = inlineScripts.reduce((acc, code) => add(acc, size(Buffer.from(code))), zero);
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce(
    (acc, m) => add(acc, size(Buffer.from(m[1]))),
    zero,
  );
  return {
    path: urlPath,
    html: size(Buffer.from(html)),
    jsFirst: add(sum(first.seen), inlineJs),
    jsAll: add(sum(everything.seen), inlineJs),
    css: add(sum(css), inlineCss),
    hasReact: [...everything.seen].some((url) => /client\.|react/.test(url)) || islandUrls.length > 0,
    islands: islandUrls.length / 2,
  };
}

export const pageExists = (urlPath) => existsSync(fileFor(urlPath));
