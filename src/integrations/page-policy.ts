/** After the build, every page's policy keeps only the hashes of its own inline elements. */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trimPagePolicy } from '../lib/page-policy';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

export function pagePolicy(): AstroIntegration {
  return {
    name: 'ssm-page-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const trimmed = trimPagePolicy(html);
          if (trimmed !== html) {
            await writeFile(file, trimmed);
            pages++;
          }
        }
        logger.info(`policy hashes cut to each page's own on ${pages} pages`);
      },
    },
  };
}
