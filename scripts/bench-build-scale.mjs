// Build cost at scale: the site as it is, and with its role-identification cases copied 100
// times (about 1,460 pages), in a scratch copy of the project (nothing generated is kept).
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results']);

function timedBuild(dir) {
  const started = performance.now();
  execSync('npx astro build', { cwd: dir, stdio: 'ignore' });
  const seconds = (performance.now() - started) / 1000;
  const pages = Number(execSync('find dist -name "*.html" | wc -l', { cwd: dir }).toString().trim());
  return { seconds, pages };
}

export function benchBuildScale(times = 100) {
  const dir = mkdtempSync(join(tmpdir(), 'ssm-bench-scale-'));
  try {
    for (const name of readdirSync(root))
      if (!SKIP.has(name)) cpSync(join(root, name), join(dir, name), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const site = timedBuild(dir);
    for (const locale of ['en', 'zh-cn']) {
      const cases = join(dir, 'content', 'cases', locale);
      for (const file of readdirSync(cases)) {
        for (let i = 2; i <= times; i++)
          copyFileSync(join(cases, file), join(cases, file.replace(/\.ya?ml$/, `-copy-${i}.yaml`)));
      }
    }
    const scaled = timedBuild(dir);
    return { site, scaled, times };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printBuildScale({ site, scaled, times }) {
  const perPage = (b) => ((b.seconds * 1000) / b.pages).toFixed(1);
  console.log(
    `\nBuild scale (astro build only): site ${site.pages} pages in ${site.seconds.toFixed(1)} s (${perPage(site)} ms/page); cases × ${times}: ${scaled.pages} pages in ${scaled.seconds.toFixed(1)} s (${perPage(scaled)} ms/page)`,
  );
}

if (process.argv[1]?.endsWith('bench-build-scale.mjs')) printBuildScale(benchBuildScale());
