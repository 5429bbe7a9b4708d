// A small static server for dist/ used by the browser tests, so they never clash with a
// running `astro preview` (which allows only one). Serves 404.html with status 404.
// Under /lms/ it plays an LMS for the SCORM tests: /lms/harness.html (test/lms/), scorm-again
// from node_modules, and /lms/course/<package>/… served straight from dist-lms/<package>.zip,
// like an LMS does: files only, no folder index pages.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';

const port = Number(process.argv[2] ?? 4329);
// An optional second argument serves another folder (the Lighthouse bench serves a snapshot).
const root = process.argv[3] ?? join(import.meta.dirname, '..', '..', 'dist');
// SERVE_GZIP=1 compresses text responses as a static host does (the Lighthouse bench: its
// simulated network times what is transferred). The tests read bytes as they are stored.
const compress = process.env.SERVE_GZIP === '1';
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.webmanifest', '.xml', '.txt']);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

async function resolve(pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, safe);
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

const repo = join(import.meta.dirname, '..', '..');
const packages = new Map();
async function lmsFile(pathname) {
  if (pathname === '/lms/harness.html' || pathname === '/lms/harness.js')
    return { body: await readFile(join(repo, 'test', 'lms', pathname.slice(5))), type: extname(pathname) };
  const again = /^\/lms\/scorm-again\/([a-z0-9.-]+\.js)$/.exec(pathname);
  if (again) return { body: await readFile(join(repo, 'node_modules', 'scorm-again', 'dist', again[1])), type: '.js' };
  const course = /^\/lms\/course\/([a-z0-9-]+)\/(.+)$/.exec(pathname);
  if (!course) return null;
  if (!packages.has(course[1]))
    packages.set(course[1], unzipSync(await readFile(join(repo, 'dist-lms', `${course[1]}.zip`))));
  const body = packages.get(course[1])[decodeURIComponent(course[2])];
  return body ? { body, type: extname(course[2]) } : null;
}

createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname.startsWith('/lms/')) {
    const found = await lmsFile(pathname).catch(() => null);
    res.writeHead(found ? 200 : 404, {
      'content-type': types[found?.type ?? '.txt'] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(found?.body ?? 'Not found');
    return;
  }
  const file = await resolve(pathname);
  const status = file ? 200 : 404;
  const body = await readFile(file ?? join(root, '404.html')).catch(() => 'Not found');
  const type = extname(file ?? '404.html');
  const gzip = compress && compressible.has(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(status, {
    'content-type': types[type] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
  });
  res.end(gzip ? gzipSync(body) : body);
}).listen(port, '127.0.0.1', () => console.log(`serving dist on http://localhost:${port}`));
