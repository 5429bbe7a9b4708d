// Side by side with Starlight (issue 16): builds a Starlight site in a scratch folder whose
// one content page carries the same text as our stage 2 page, then runs Lighthouse (mobile)
// on both pages in alternating rounds, served the same way (gzip), and prints the medians
// and our page's ratio to Starlight's. Needs the built dist/ and the npm registry on the
// first run (the scratch site is installed once and kept in the system's temp folder).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChrome, lighthouseFigures, medians, serve } from './bench-lighthouse.mjs';

const root = join(import.meta.dirname, '..');
const site = join(tmpdir(), 'ssm-bench-starlight');
const OUR_PAGE = '/en/stages/identifying/';
const ROUNDS = Number(process.env.STARLIGHT_ROUNDS ?? 3);

/** Our stage page's main text as Markdown: headings, paragraphs and list items, in order. */
export function pageAsMarkdown(html) {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const text = (s) =>
    s
      .replace(/<[^>]+>/g, '')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/&nbsp;/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const blocks = [...main.matchAll(/<(h[1-4]|p|li)\b[^>]*>([\s\S]*?)<\/\1>/g)].map(([, tag, inner]) => ({
    tag,
    text: text(inner),
  }));
  const start = blocks.findIndex((b) => b.tag === 'h1');
  const title = blocks[start]?.text ?? 'Stage';
  const body = blocks
    .slice(start + 1)
    .filter((b) => b.text)
    .map((b) =>
      b.tag === 'li' ? `- ${b.text}` : b.tag[0] === 'h' ? `${'#'.repeat(Number(b.tag[1]))} ${b.text}` : b.text,
    );
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body.join('\n\n')}\n`;
}

function buildStarlight() {
  mkdirSync(join(site, 'src', 'content', 'docs'), { recursive: true });
  if (!existsSync(join(site, 'node_modules', '@astrojs', 'starlight'))) {
    writeFileSync(
      join(site, 'package.json'),
      JSON.stringify({
        name: 'ssm-bench-starlight',
        private: true,
        type: 'module',
        dependencies: { astro: '^7.3.5', '@astrojs/starlight': '^0.42.4' },
      }),
    );
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: site, stdio: 'ignore' });
  }
  writeFileSync(
    join(site, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n` +
      `export default defineConfig({ integrations: [starlight({ title: 'SSM Playbook' })] });\n`,
  );
  writeFileSync(
    join(site, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n` +
      `import { docsSchema } from '@astrojs/starlight/schema';\n` +
      `export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  writeFileSync(join(site, 'src', 'content', 'docs', 'index.md'), '---\ntitle: SSM Playbook\n---\n\nHome.\n');
  const ours = readFileSync(join(root, 'dist', OUR_PAGE, 'index.html'), 'utf8');
  writeFileSync(join(site, 'src', 'content', 'docs', 'stage.md'), pageAsMarkdown(ours));
  // Astro 7 needs Node >= 22.12: run it on the Node that runs this script (node@24 under npm).
  execFileSync(process.execPath, [join(site, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: site,
    stdio: 'ignore',
  });
}

export async function benchStarlight() {
  buildStarlight();
  const ourServer = await serve(4352, join(root, 'dist'));
  const theirServer = await serve(4353, join(site, 'dist'), '/stage/');
  const chrome = await launchChrome();
  const ours = [];
  const theirs = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      ours.push(await lighthouseFigures(`http://localhost:4352${OUR_PAGE}`, chrome.port));
      theirs.push(await lighthouseFigures('http://localhost:4353/stage/', chrome.port));
    }
  } finally {
    chrome.kill();
    ourServer.kill();
    theirServer.kill();
  }
  return { ours: medians(ours), theirs: medians(theirs), rounds: ROUNDS };
}

export function printStarlight({ ours, theirs, rounds }) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const ms = (n) => `${Math.round(n)} ms`;
  const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : '—');
  console.log(`\nSide by side with Starlight (same text; Lighthouse mobile, gzip; median of ${rounds} rounds):`);
  console.log(`  ${''.padEnd(12)}${'ours'.padStart(10)}${'Starlight'.padStart(12)}${'ratio'.padStart(8)}`);
  for (const [label, key, unit] of [
    ['performance', 'performance', String],
    ['FCP', 'fcp', ms],
    ['LCP', 'lcp', ms],
    ['TBT', 'tbt', ms],
    ['JS', 'js', kb],
    ['all bytes', 'bytes', kb],
  ])
    console.log(
      `  ${label.padEnd(12)}${unit(ours[key]).padStart(10)}${unit(theirs[key]).padStart(12)}${ratio(ours[key], theirs[key]).padStart(8)}`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) printStarlight(await benchStarlight());
