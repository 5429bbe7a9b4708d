/**
 * A host for the offline tests, in the test process: serves one built site (a "deploy") with
 * `Cache-Control: max-age=600`, a common host default, and can switch to another deploy
 * mid-test. It logs every request with the gzip size of what it sent, as a host serving
 * gzip would, so a test can count what a visit downloaded.
 */
import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

export interface Hit {
  path: string;
  gzip: number;
}

export interface DeployServer {
  origin: string;
  hits: Hit[];
  deploy(root: string): void;
  close(): Promise<void>;
}

export async function startDeployServer(root: string, cacheControl = 'max-age=600'): Promise<DeployServer> {
  let current = root;
  const hits: Hit[] = [];
  const server: Server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    let file = join(current, normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, ''));
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      hits.push({ path: pathname, gzip: gzipSync(body).length });
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': cacheControl,
      });
      res.end(body);
    } catch {
      hits.push({ path: pathname, gzip: 0 });
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': cacheControl });
      res.end(existsSync(join(current, '404.html')) ? readFileSync(join(current, '404.html')) : 'Not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://localhost:${port}`,
    hits,
    deploy: (next) => {
      current = next;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

const textFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(html|js|css|json)$/.test(name) ? [path] : [];
  });

/** The chunk of the CRA planner worksheet's island, as built. */
export function worksheetChunk(root = DIST): string {
  const html = readFileSync(join(root, 'en', 'worksheets', 'cra-planner', 'index.html'), 'utf8');
  const url = /component-url="(\/_astro\/CraPlanner\.[^"]+\.js)"/.exec(html)?.[1];
  if (!url) throw new Error('no CraPlanner chunk in the built worksheet page');
  return url;
}

export const RENAMED_CHUNK = '/_astro/CraPlanner.BUILD-B0.js';

/**
 * Build B: a copy of dist/ as the next deploy would look: the worksheet's island chunk is
 * changed and renamed (so the pages that load it change too), the English quick reference
 * changes, everything else is byte for byte the same; then its own service worker.
 */
export function makeBuildB(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ssm-build-b-'));
  cpSync(DIST, dir, { recursive: true });
  const old = worksheetChunk(dir);
  const chunk = readFileSync(join(dir, old), 'utf8');
  rmSync(join(dir, old));
  writeFileSync(join(dir, RENAMED_CHUNK), `${chunk}\n//# build B\n`);
  for (const file of textFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    let next = text.split(old).join(RENAMED_CHUNK);
    if (next !== text && file.endsWith('.html')) next = next.replace('<html ', '<html data-build="B" ');
    if (file === join(dir, 'en', 'reference', 'index.html')) next = next.replace('<html ', '<html data-build="B" ');
    if (next !== text) writeFileSync(file, next);
  }
  execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'write-service-worker.mjs'), dir]);
  return dir;
}
